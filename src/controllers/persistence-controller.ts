import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MapErrorEvent, type ChangeSource, type LoadSource, type MapErrorCode } from '../events.js';
import { IdbPlanStore } from '../io/idb-store.js';
import { PlanChannel } from '../io/plan-channel.js';
import { PlanPersistence } from '../io/plan-persistence.js';
import type { PlanStore } from '../io/plan-store.js';
import { updateEntries } from '../model/edit.js';
import { mergeByStep } from '../model/merge.js';
import type { LogEntry, Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';

export interface PersistenceHost extends ReactiveControllerHost, EventTarget {
  readonly planId?: string | undefined;
  readonly src?: string | undefined;
  readonly store: PlanStore;
  /** The plan set through the property, if any, before storage answered. */
  readonly plan: Plan;
  readonly hasPlan: boolean;
  loadPlan(plan: Plan, from: LoadSource): void;
  adoptRemote(plan: Plan, changes: LogEntry[]): void;
}

/**
 * Where plans come from and go to: on `plan-id` the stored plan, else `src`, else the `plan` property; every committed
 * change saved (debounced, flushed when the page hides); saves from other tabs merged in by step id.
 */
export class PersistenceController implements ReactiveController {
  private persistence?: PlanPersistence;
  private channel?: PlanChannel;
  private unsubscribe?: () => void;
  private loadedKey?: string;
  /** The plan as last read from or written to storage: the base for merging remote saves. */
  private synced?: Plan;
  loading?: Promise<void>;

  constructor(private readonly host: PersistenceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the DOM: listen again, but do not reload (that would drop the undo history).
    if (this.persistence && this.host.planId && this.loadedKey === this.keyNow()) this.bind(this.host.planId);
  }

  private keyNow(): string {
    return `${this.host.planId ?? ''}\u0000${this.host.src ?? ''}`;
  }

  hostUpdate(): void {
    const key = this.keyNow();
    if (key === this.loadedKey || (!this.host.planId && !this.host.src)) return;
    this.loadedKey = key;
    this.loading = this.load();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const channel = this.channel;
    this.channel = undefined;
    // The last saves still tell the other tabs; then the channel is closed so it can be collected.
    void (this.persistence?.disconnect() ?? Promise.resolve()).then(() => channel?.close());
  }

  /** A change was committed: save it (changes from another tab are already stored). */
  committed(plan: Plan, _changes: LogEntry[], source: ChangeSource): void {
    const id = this.host.planId;
    if (!id || source === 'remote' || !this.persistence) return;
    this.persistence.schedule(id, plan);
  }

  /** A plan set through the property while a `plan-id` is bound is stored too. */
  replaced(plan: Plan): void {
    const id = this.host.planId;
    // A plan-id that has not been read yet is left alone: its stored plan wins at load, and must not be overwritten.
    if (id && this.persistence && !this.loadingNow && this.loadedKey === this.keyNow()) this.persistence.schedule(id, plan);
  }

  get saved(): Promise<void> {
    return (this.loading ?? Promise.resolve()).then(() => this.persistence?.saved);
  }

  flush(): Promise<void> {
    return (this.loading ?? Promise.resolve()).then(() => this.persistence?.flush());
  }

  private loadingNow = false;

  private async load(): Promise<void> {
    this.loadingNow = true;
    try {
      const id = this.host.planId;
      if (id) {
        this.bind(id);
        const stored = await this.persistence!.read(id);
        if (stored.error) {
          const aside = stored.quarantinedAs ? ` It was kept under "${stored.quarantinedAs}".` : ' It is left as it is in the store.';
          this.error('invalid-plan', `The stored plan "${id}" is invalid and was not loaded.${aside} ${stored.error.message}`, stored.error);
        }
        if (stored.plan) {
          this.synced = stored.plan;
          this.host.loadPlan(stored.plan, 'storage');
          return;
        }
      }
      const fetched = this.host.src ? await this.fetchSrc(this.host.src) : undefined;
      const plan = fetched ?? (this.host.hasPlan ? this.host.plan : undefined);
      if (fetched) this.host.loadPlan(fetched, 'src');
      if (plan && id) {
        this.persistence!.schedule(id, plan);
        this.synced = plan;
      }
    } finally {
      this.loadingNow = false;
    }
  }

  private bind(id: string): void {
    this.persistence ??= new PlanPersistence(this.host.store, {
      onError: (error) => this.error(error.code, error.message, error),
      onSaved: (savedId, savedAt, plan) => {
        if (savedId === this.host.planId) this.synced = plan;
        this.channel?.post(savedId, { savedAt });
      },
    });
    this.persistence.connect();
    this.channel ??= new PlanChannel();
    this.unsubscribe?.();
    this.unsubscribe = this.channel.subscribe(id, () => void this.pullRemote(id));
  }

  /** Another tab saved this plan: take its steps, keeping the ones changed here and not yet saved. */
  private async pullRemote(id: string): Promise<void> {
    if (id !== this.host.planId || !this.persistence) return;
    const { plan: remote } = await this.persistence.read(id);
    if (!remote) return;
    const local = this.host.plan;
    let next = remote;
    if (this.persistence.hasPending(id) && this.synced) {
      try {
        next = validatePlan(mergeByStep(this.synced, local, remote));
      } catch {
        next = local; // the two sides' edits conflict: this side's pending save wins as a whole
      }
      this.persistence.schedule(id, next);
    }
    const base = this.synced;
    this.synced = remote;
    if (JSON.stringify(next) === JSON.stringify(local)) return;
    // The other tab's new log entries, when its log grew from the one both had; else what changed here, step by step.
    const baseLength = base?.log?.length ?? 0;
    const grew = (remote.log?.length ?? 0) > baseLength;
    this.host.adoptRemote(next, grew ? remote.log!.slice(baseLength) : updateEntries(local.items, next.items, {}));
  }

  private async fetchSrc(src: string): Promise<Plan | undefined> {
    let text: string;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      this.error('fetch-failed', `Could not load the plan from ${src}: ${(error as Error).message}`, error);
      return undefined;
    }
    try {
      return validatePlan(text);
    } catch (error) {
      this.error('invalid-plan', `The plan at ${src} is invalid: ${(error as Error).message}`, error);
      return undefined;
    }
  }

  private error(code: MapErrorCode, message: string, cause: unknown): void {
    this.host.dispatchEvent(new MapErrorEvent({ code, message, cause }));
  }
}

/** The store used unless the host supplies its own: IndexedDB, database `map-timeline`, object store `plans`. */
export const defaultStore = (): PlanStore => new IdbPlanStore();
