import type { Edit } from './edit.js';
import type { LogEntry, Plan } from './types.js';

interface Step {
  before: Plan;
  after: Plan;
  changes: LogEntry[];
  coalesceKey?: string;
}

/** A committed step back or forward: the plan to show and the changes that lead to it. */
export interface HistoryMove {
  plan: Plan;
  changes: LogEntry[];
}

const invert = (change: LogEntry): LogEntry => {
  const inverse: LogEntry = { ...change, before: change.after, after: change.before };
  const opposite: Partial<Record<LogEntry['op'], LogEntry['op']>> = { add: 'remove', remove: 'add', 'party-add': 'party-remove', 'party-remove': 'party-add' };
  inverse.op = opposite[change.op] ?? change.op;
  if (inverse.before === undefined) delete inverse.before;
  if (inverse.after === undefined) delete inverse.after;
  return inverse;
};

/** Merges the changes of two consecutive edits so one step shows the first "before" and the last "after". */
function mergeChanges(first: LogEntry[], second: LogEntry[]): LogEntry[] {
  const merged = [...first];
  for (const change of second) {
    const index = merged.findIndex((earlier) => earlier.op === 'update' && change.op === 'update' && earlier.itemId === change.itemId);
    const earlier = merged[index];
    if (!earlier) merged.push(change);
    else merged[index] = { ...change, before: { ...change.before, ...earlier.before }, after: { ...earlier.after, ...change.after } };
  }
  return merged;
}

/**
 * Undo and redo over immutable plans. Plans are kept whole, so undoing restores exactly the plan before the edit.
 * Edits recorded with the same `coalesceKey` one after the other become one undo step (e.g. repeated nudges).
 */
export class History {
  private done: Step[] = [];
  private undone: Step[] = [];

  constructor(private readonly limit = 500) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  record(before: Plan, edit: Edit, coalesceKey?: string): void {
    if (edit.changes.length === 0) return;
    this.undone = [];
    const last = this.done[this.done.length - 1];
    if (coalesceKey !== undefined && last?.coalesceKey === coalesceKey && last.after === before) {
      last.after = edit.plan;
      last.changes = mergeChanges(last.changes, edit.changes);
      return;
    }
    this.done.push({ before, after: edit.plan, changes: edit.changes, ...(coalesceKey !== undefined ? { coalesceKey } : {}) });
    if (this.done.length > this.limit) this.done.shift();
  }

  /** Stops the last step from absorbing the next edit with the same coalesce key. */
  seal(): void {
    const last = this.done[this.done.length - 1];
    if (last) delete last.coalesceKey;
  }

  undo(): HistoryMove | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.undone.push(step);
    return { plan: step.before, changes: step.changes.map(invert).reverse() };
  }

  redo(): HistoryMove | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.done.push(step);
    delete step.coalesceKey;
    return { plan: step.after, changes: step.changes };
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
