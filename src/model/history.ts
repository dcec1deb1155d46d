import { appendLog, fieldsDiff, type Edit } from './edit.js';
import { replayChange, replayedChanges } from './rebase.js';
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
  /** Steps passed over first because others had since changed all they did (the user is told). */
  passedOver?: number;
}

const invert = (change: LogEntry): LogEntry => {
  const inverse: LogEntry = { ...change, before: change.after, after: change.before };
  const opposite: Partial<Record<LogEntry['op'], LogEntry['op']>> = {
    add: 'remove',
    remove: 'add',
    'party-add': 'party-remove',
    'party-remove': 'party-add',
  };
  inverse.op = opposite[change.op] ?? change.op;
  if (inverse.before === undefined) delete inverse.before;
  if (inverse.after === undefined) delete inverse.after;
  return inverse;
};

/**
 * Merges the changes of two consecutive edits so one step shows the first "before" and the last "after". A field
 * changed and changed back is no change, and a step whose fields all came back has no entry.
 */
function mergeChanges(first: LogEntry[], second: LogEntry[]): LogEntry[] {
  const merged: (LogEntry | undefined)[] = [...first];
  // Where each step's first update entry is, so a cascade over thousands of steps merges in one pass.
  const updates = new Map<string | undefined, number>();
  first.forEach((earlier, index) => {
    if (earlier.op === 'update' && !updates.has(earlier.itemId)) updates.set(earlier.itemId, index);
  });
  for (const change of second) {
    const index = change.op === 'update' ? updates.get(change.itemId) : undefined;
    const earlier = index === undefined ? undefined : merged[index];
    if (index === undefined) {
      if (change.op === 'update') updates.set(change.itemId, merged.length);
      merged.push(change);
    } else if (!earlier) {
      merged[index] = change; // the step's fields had all come back: this change starts from where it began
    } else {
      const diff = fieldsDiff({ ...change.before, ...earlier.before }, { ...earlier.after, ...change.after });
      merged[index] = diff && { ...change, ...diff };
    }
  }
  return merged.filter((change) => change !== undefined);
}

/**
 * A step replayed onto a plan others changed since, logged after their changes with what it really changed there.
 * Undefined when the others' edits conflict with it.
 */
function replayed(from: Plan, to: Plan, current: Plan, changes: LogEntry[]): HistoryMove | undefined {
  const plan = replayChange(from, to, current);
  if (!plan) return undefined;
  const actual = replayedChanges(current, plan, changes);
  return { plan: appendLog(plan, actual), changes: actual };
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
      // Edits that came back to where the step began leave nothing to undo.
      if (last.changes.length === 0) this.done.pop();
      return;
    }
    this.done.push({
      before,
      after: edit.plan,
      changes: edit.changes,
      ...(coalesceKey !== undefined ? { coalesceKey } : {}),
    });
    if (this.done.length > this.limit) this.done.shift();
  }

  /**
   * The plan before the last step, while that step is open to edits with `coalesceKey` and `current` is the plan it
   * made: what a value typed again is worked out from, so it replaces the value before it with all that one did.
   */
  openBefore(coalesceKey: string, current: Plan): Plan | undefined {
    const last = this.done[this.done.length - 1];
    return last?.coalesceKey === coalesceKey && last.after === current ? last.before : undefined;
  }

  /** Stops the last step from absorbing the next edit with the same coalesce key. */
  seal(): void {
    const last = this.done[this.done.length - 1];
    if (last) delete last.coalesceKey;
  }

  /**
   * The last step undone. When `current` is still the plan that step made, the plan before it comes back exactly;
   * when others changed the plan since, only what the step changed is set back, and their edits stay; a step they
   * changed all of is passed over. Undefined when there is nothing to undo, or the others' edits conflict with undoing
   * it (the step is kept then).
   */
  undo(current?: Plan): HistoryMove | undefined {
    // A step whose every change someone else has changed since has nothing left to undo: it is passed over.
    let passedOver = 0;
    for (let step = this.done.at(-1); step; step = this.done.at(-1)) {
      const changes = step.changes.map(invert).reverse();
      const move =
        current === undefined || current === step.after
          ? { plan: step.before, changes }
          : replayed(step.after, step.before, current, changes);
      if (!move) return undefined;
      this.done.pop();
      if (move.changes.length === 0) {
        passedOver += 1;
        continue;
      }
      this.undone.push(step);
      return passedOver > 0 ? { ...move, passedOver } : move;
    }
    return undefined;
  }

  redo(current?: Plan): HistoryMove | undefined {
    let passedOver = 0;
    for (let step = this.undone.at(-1); step; step = this.undone.at(-1)) {
      const move =
        current === undefined || current === step.before
          ? { plan: step.after, changes: step.changes }
          : replayed(step.before, step.after, current, step.changes);
      if (!move) return undefined;
      this.undone.pop();
      if (move.changes.length === 0) {
        passedOver += 1;
        continue;
      }
      this.done.push(step);
      delete step.coalesceKey;
      return passedOver > 0 ? { ...move, passedOver } : move;
    }
    return undefined;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
