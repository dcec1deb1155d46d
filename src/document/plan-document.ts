import { appendLog, updateEntries, type Edit } from '../model/edit.js';
import { deepFreeze, freezePlan } from '../model/freeze.js';
import { PlanError } from '../model/errors.js';
import { History, type HistoryMove } from '../model/history.js';
import { plansEqual } from '../model/plain-data.js';
import { validatePlan } from '../model/validate.js';
import type { LogEntry, Plan } from '../model/types.js';
import { samePlanContent, withHostFields } from './host-fields.js';

export type ChangeSource = 'user' | 'api' | 'undo' | 'redo' | 'remote';
export type LoadSource = 'storage' | 'property' | 'src' | 'room';

/** What a spoke hears: a committed change, or a whole plan loaded in place of the last one. */
export type DocumentEvent =
  | {
      type: 'change';
      plan: Plan;
      previous: Plan;
      changes: LogEntry[];
      source: ChangeSource;
      /** An undo or redo that first passed over steps others had since changed all of (see `History.undo`). */
      passedOver?: number;
    }
  | { type: 'load'; plan: Plan; previous: Plan; from: LoadSource }
  | { type: 'reset'; plan: Plan; previous: Plan };

export type DocumentListener = (event: DocumentEvent) => void;

/** How many plans given out in changes are remembered for recognising a host's late echo of one of them. */
const ECHOES_KEPT = 100;

/** The placeholder shown before any plan is given. */
export const EMPTY_PLAN: Plan = freezePlan({ version: 1, id: 'empty', title: 'Untitled plan', parties: [], items: [] });

/**
 * The one owner of the plan shown and of its undo history, with no DOM. Every change comes in as a command with a
 * source; every reader (the view, persistence, the tab channel, announcements, events, live sharing) is a spoke that
 * subscribes. Remote changes merge in and keep the undo of this user's own changes.
 */
export class PlanDocument {
  #plan: Plan = EMPTY_PLAN;
  readonly #history = new History();
  readonly #listeners = new Set<DocumentListener>();
  /** The plans given out in changes since the host last set the plan shown, oldest first: a host behind on them may still echo them. */
  readonly #unechoed: Plan[] = [];

  /** @param clock stamps log entries (ISO time); injected so the model never reads a clock of its own. */
  constructor(private readonly clock: () => string = () => new Date().toISOString()) {}

  get plan(): Plan {
    return this.#plan;
  }

  /** Whether a plan was given (property, storage or src), as opposed to the empty placeholder. */
  get hasPlan(): boolean {
    return this.#plan !== EMPTY_PLAN;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  subscribe(listener: DocumentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Runs a command on the current plan and commits its result; throws the command's PlanError, changing nothing.
   * `again`: the command is run on the plan before the open undo step of `coalesceKey` instead (see `reopened`), so
   * a date typed again replaces the one before it, and the steps that one pushed come back. Only for commands that
   * change steps, not their list: what it changes from the plan shown is worked out step by step.
   */
  apply(run: (plan: Plan) => Edit, source: 'user' | 'api', coalesceKey?: string, again = false): Plan {
    const base = again && coalesceKey !== undefined ? this.reopened(coalesceKey) : undefined;
    if (!base) return this.commit(run(this.#plan), source, coalesceKey);
    const edit = run(base);
    const current = this.#plan;
    const plan: Plan = { ...edit.plan };
    if (current.log) plan.log = current.log;
    else delete plan.log;
    const typed = edit.changes.flatMap((change) => (change.itemId === undefined ? [] : [change.itemId]));
    return this.commit({ plan, changes: updateEntries(current.items, plan.items, {}, typed) }, source, coalesceKey);
  }

  /** The plan before the last undo step while it is open to edits with `coalesceKey` and nothing came after it. */
  reopened(coalesceKey: string): Plan | undefined {
    return this.#history.openBefore(coalesceKey, this.#plan);
  }

  /** Why this page may not make an edit, when it may not (see PageRights): refused before anything changes. */
  refuses: (edit: Edit, plan: Plan) => string | undefined = () => undefined;

  /** Commits an edit computed from the current plan (a gesture computes it once and commits it on release). */
  commit(edit: Edit, source: 'user' | 'api', coalesceKey?: string): Plan {
    if (edit.changes.length === 0) return this.#plan;
    const refusal = this.refuses(edit, this.#plan);
    if (refusal) throw new PlanError('invalid-value', refusal);
    const at = this.clock();
    const changes = Object.freeze(
      edit.changes.map((change) => deepFreeze(change.at ? change : { ...change, at })),
    ) as LogEntry[];
    const before = this.#plan;
    const plan = freezePlan(appendLog(edit.plan, changes));
    this.#history.record(before, { plan, changes }, coalesceKey);
    this.#publish({ type: 'change', plan, previous: before, changes, source });
    return plan;
  }

  /** Ends coalescing: the next edit with the same key starts a new undo step. */
  seal(): void {
    this.#history.seal();
  }

  undo(): boolean {
    return this.#move(this.#history.undo(this.#plan), 'undo');
  }

  redo(): boolean {
    return this.#move(this.#history.redo(this.#plan), 'redo');
  }

  /** A whole plan from storage, the property or `src`: shown in place of the current one, with a fresh history. */
  load(plan: Plan, from: LoadSource): void {
    const previous = this.#plan;
    this.#plan = freezePlan(plan);
    this.#history.clear();
    this.#publish({ type: 'load', plan: this.#plan, previous, from });
  }

  /** Back to the empty placeholder (the plan shown belonged to an id the element no longer shows). */
  reset(): void {
    const previous = this.#plan;
    this.#plan = EMPTY_PLAN;
    this.#history.clear();
    this.#publish({ type: 'reset', plan: EMPTY_PLAN, previous });
  }

  /**
   * A plan the host set through the property: validated (a copy is read through any proxy), then loaded in place of
   * the one shown, with a fresh history. Hosts that feed the plan from map-change back in (React state, Vue refs, a
   * server's answer) must not lose the user's undo history or later edits, so three plans are not loaded:
   * - the plan shown, also with fields of the host's own added or changed, which are taken over;
   * - a plan given out in an earlier change, while a later one is shown: the host's echo arriving late (a round trip
   *   to a server), which would take back what the user did since;
   * - nothing (`undefined` or `null`, as `plan={data?.plan}` gives while the data loads): the plan shown stays, and
   *   so do its history and the edits made to it, wherever they are stored.
   * Returns why a plan was refused, leaving the plan shown as it was.
   */
  loadFromHost(value: unknown): PlanError | undefined {
    if (value === undefined || value === null) return undefined;
    let plan: Plan;
    try {
      plan = validatePlan(value);
    } catch (error) {
      return error instanceof PlanError ? error : new PlanError('invalid-plan', String(error));
    }
    if (!this.hasPlan) {
      this.load(plan, 'property');
    } else if (samePlanContent(plan, this.#plan)) {
      this.#unechoed.length = 0;
      if (!plansEqual(plan, this.#plan)) this.#plan = freezePlan(withHostFields(this.#plan, plan));
    } else {
      const late = this.#unechoed.findIndex((given) => samePlanContent(given, plan));
      if (late >= 0) this.#unechoed.splice(0, late + 1);
      else this.load(plan, 'property');
    }
    return undefined;
  }

  /** A change made elsewhere (another tab, another person): shown at once; this user's own undo steps are kept. */
  applyRemote(plan: Plan, changes: LogEntry[]): void {
    const previous = this.#plan;
    this.#plan = freezePlan(plan);
    this.#publish({ type: 'change', plan: this.#plan, previous, changes, source: 'remote' });
  }

  #move(move: HistoryMove | undefined, source: 'undo' | 'redo'): boolean {
    if (!move) return false;
    const previous = this.#plan;
    this.#plan = freezePlan(move.plan);
    const { changes, passedOver } = move;
    this.#publish({
      type: 'change',
      plan: this.#plan,
      previous,
      changes,
      source,
      ...(passedOver ? { passedOver } : {}),
    });
    return true;
  }

  #publish(event: DocumentEvent): void {
    this.#plan = event.plan;
    if (event.type !== 'change') this.#unechoed.length = 0;
    else if (this.#unechoed.push(event.plan) > ECHOES_KEPT) this.#unechoed.shift();
    for (const listener of [...this.#listeners]) listener(event);
  }
}
