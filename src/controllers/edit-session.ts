import { MapChangeEvent, withPlanCopy, type ChangeSource } from '../events.js';
import { appendLog, type Edit } from '../model/edit.js';
import { History } from '../model/history.js';
import type { LogEntry, Plan } from '../model/types.js';

export interface EditSessionHost extends EventTarget {
  /** The plan currently shown. */
  readonly plan: Plan;
  /** Shows a committed plan (no validation: commands only produce valid plans). */
  showCommitted(plan: Plan, changes: LogEntry[], source: ChangeSource): void;
}

/**
 * The one path every committed change takes: it is logged in the plan, recorded for undo, shown, announced with
 * `map-change`, and handed to persistence by the host.
 */
export class EditSession {
  readonly history = new History();

  constructor(private readonly host: EditSessionHost) {}

  commit(edit: Edit, source: ChangeSource, coalesceKey?: string): Plan {
    if (edit.changes.length === 0) return this.host.plan;
    const before = this.host.plan;
    const plan = appendLog(edit.plan, edit.changes);
    this.history.record(before, { plan, changes: edit.changes }, coalesceKey);
    this.publish(plan, edit.changes, source);
    return plan;
  }

  undo(): boolean {
    const move = this.history.undo();
    if (!move) return false;
    this.publish(move.plan, move.changes, 'undo');
    return true;
  }

  redo(): boolean {
    const move = this.history.redo();
    if (!move) return false;
    this.publish(move.plan, move.changes, 'redo');
    return true;
  }

  /** A change made elsewhere (another tab): shown and announced, but not undoable here. */
  adoptRemote(plan: Plan, changes: LogEntry[]): void {
    this.history.clear();
    this.publish(plan, changes, 'remote');
  }

  private publish(plan: Plan, changes: LogEntry[], source: ChangeSource): void {
    this.host.showCommitted(plan, changes, source);
    this.host.dispatchEvent(new MapChangeEvent(withPlanCopy(plan, { changes, source })));
  }
}
