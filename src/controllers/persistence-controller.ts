import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MapErrorEvent, type MapErrorCode } from '../events.js';
import type { DocumentEvent, PlanDocument } from '../document/plan-document.js';
import { IdbPlanStore } from '../io/idb-store.js';
import { PlanChannel } from '../io/plan-channel.js';
import { fetchPlan } from '../io/fetch-plan.js';
import { PlanPersistence } from '../io/plan-persistence.js';
import type { PlanStore } from '../io/plan-store.js';
import { updateEntries } from '../model/edit.js';
import { mergeOrKeep } from '../model/merge.js';
import { plansEqual } from '../model/plain-data.js';
import type { Plan } from '../model/types.js';
export type { PlanStore } from '../io/plan-store.js';

/** How long a read of the stored plan may take before the element shows `src` or the host's plan instead. */
const LOAD_TIMEOUT_MS = 4000;
const RETRY_READ_MS = 1000;

export interface PersistenceHost extends ReactiveControllerHost, EventTarget {
  readonly planId?: string | undefined;
  readonly src?: string | undefined;
  readonly store: PlanStore;
  /** A collaboration server: the plan then lives in its room (and the room's offline copy), not in `store`. */
  readonly collab?: string | undefined;
}

/**
 * Where plans come from and go to, as a spoke of the plan document. On `plan-id`: the stored plan, else `src`, else a
 * plan given through the property for that id. Every committed change is saved under the id it was made for
 * (debounced, flushed when the page hides); saves from other tabs merge in by step.
 *
 * Hosts set `plan`, `plan-id`, `src` and `store` in whatever order their framework uses, so the decision waits for
 * the element's update: a plan set in the same task as a new `plan-id` belongs to that id, and no plan is ever saved
 * under an id it was not shown for.
 */
export class PersistenceController implements ReactiveController {
  #persistence?: PlanPersistence;
  #persistenceStore?: PlanStore;
  #channel?: PlanChannel;
  #unsubscribe?: () => void;
  /** The id and src last loaded, and the store they were loaded from. */
  #loadedKey?: string;
  #loadedStore?: PlanStore;
  /** The id whose plan is shown, once its load has finished: the only id edits are saved under. */
  #boundId?: string;
  /** A plan the host set through the property and that storage has not placed yet. */
  #propertyPlan?: Plan;
  /** The plan as last read from or written to storage: the base for merging remote saves. */
  #synced?: Plan;
  /** The plan shown when the stored one could not be read: the base for merging it in once it can be. */
  #unread?: Plan;
  #loads = 0;
  readonly #newerReported = new Set<string>();
  loading?: Promise<void>;

  constructor(
    private readonly host: PersistenceHost,
    private readonly document: PlanDocument,
  ) {
    host.addController(this);
    document.subscribe((event) => this.#onDocument(event));
  }

  hostConnected(): void {
    // Moved in the DOM: listen again, but do not reload (that would drop the undo history).
    if (this.#boundId && this.#loadedKey === this.#key()) this.#listen(this.#boundId);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const channel = this.#channel;
    this.#channel = undefined;
    // The last saves still tell the other tabs; then the channel is closed so it can be collected.
    void (this.#persistence?.disconnect() ?? Promise.resolve()).then(() => channel?.close());
  }

  /** Runs before each render: by now every property the host set in this task is in place. */
  hostUpdate(): void {
    const key = this.#key();
    const keyChanged = key !== this.#loadedKey || this.host.store !== this.#loadedStore;
    if (keyChanged && this.host.collab && this.host.planId) {
      this.#loadedKey = key;
      this.#loadedStore = this.host.store;
      this.#loads++; // a read under way no longer decides anything
      this.#boundId = undefined;
      return;
    }
    if (keyChanged && (this.host.planId || this.host.src)) {
      this.#loadedKey = key;
      this.#loadedStore = this.host.store;
      this.loading = this.#load();
      return;
    }
    // The same id, a new plan from the host: it replaces the stored one. While the id still loads, the load decides.
    const given = this.#propertyPlan;
    if (!given || !this.#boundId || this.#boundId !== this.host.planId) return;
    this.#propertyPlan = undefined;
    this.#save(this.#boundId, given);
  }

  /** Resolves when every committed change is durable. */
  async flush(): Promise<void> {
    await this.host.updateComplete;
    await this.loading;
    await this.#persistence?.flush();
  }

  get saved(): Promise<void> {
    return Promise.resolve(this.host.updateComplete)
      .then(() => this.loading)
      .then(() => this.#persistence?.saved);
  }

  #key(): string {
    return `${this.host.collab ? 'room' : ''}\u0000${this.host.planId ?? ''}\u0000${this.host.src ?? ''}`;
  }

  #onDocument(event: DocumentEvent): void {
    if (event.type === 'load') {
      if (event.from === 'property') this.#propertyPlan = event.plan;
      return;
    }
    if (event.type !== 'change') return;
    // Edits made on a plan the host just set belong with it, wherever it ends up being saved.
    if (this.#propertyPlan) this.#propertyPlan = event.plan;
    if (event.source === 'remote' || !this.#boundId || this.#boundId !== this.host.planId) return;
    this.#propertyPlan = undefined;
    this.#save(this.#boundId, event.plan);
  }

  /** Reads the plan for the new id: stored, else `src`, else the plan the host set for it (with the edits made since). */
  async #load(): Promise<void> {
    const load = ++this.#loads;
    const current = () => load === this.#loads;
    this.#boundId = undefined;
    const id = this.host.planId;
    if (id) {
      const stored = await this.#bind(id).read(id, LOAD_TIMEOUT_MS, { recover: true });
      if (!current()) return;
      if (stored.error) {
        const aside = stored.quarantinedAs
          ? ` It was kept under "${stored.quarantinedAs}".`
          : ' It is left as it is in the store.';
        this.#error(
          'invalid-plan',
          `The stored plan "${id}" is invalid and was not loaded.${aside} ${stored.error.message}`,
          stored.error,
        );
      }
      if (stored.newer) this.#reportNewer(id, stored.newer);
      if (stored.plan) {
        this.#propertyPlan = undefined; // a stored plan wins over one set through the property
        // A recovered change is shown but not stored yet: remote saves merge relative to what storage holds.
        this.#synced = 'recoveredOver' in stored ? stored.recoveredOver : stored.plan;
        this.#boundId = id;
        this.document.load(stored.plan, 'storage');
        return;
      }
      if (stored.failed || stored.newer) {
        // Never write over what could not be read: show src or the host's plan meanwhile; edits are kept, not saved.
        await this.#showFallback(current);
        if (!current()) return;
        this.#boundId = id;
        this.#unread = this.document.plan;
        if (stored.failed) this.#retryRead(id, load);
        return;
      }
    }
    const plan = await this.#showFallback(current);
    if (!current() || !id) return;
    this.#boundId = id;
    if (plan) this.#save(id, plan);
    else if (this.document.hasPlan) this.document.reset(); // the plan shown belongs to another id: never save it here
  }

  /** `src`, else the plan the host set (with the edits made since): shown, and returned for saving. */
  async #showFallback(current: () => boolean): Promise<Plan | undefined> {
    const fetched = this.host.src ? await this.#fetchSrc(this.host.src) : undefined;
    if (!current()) return undefined;
    const plan = fetched ?? this.#propertyPlan;
    this.#propertyPlan = undefined;
    if (fetched) this.document.load(fetched, 'src');
    return plan;
  }

  /** Reads again, waiting longer each time; once it answers, the edits made meanwhile merge into what is stored. */
  #retryRead(id: string, load: number, wait = RETRY_READ_MS): void {
    setTimeout(async () => {
      const persistence = this.#persistence;
      if (load !== this.#loads || !persistence || this.#boundId !== id) return;
      const stored = await persistence.read(id);
      if (load !== this.#loads || this.#boundId !== id) return;
      if (stored.failed) return this.#retryRead(id, load, Math.min(wait * 2, 30_000));
      const base = this.#unread;
      this.#unread = undefined;
      const local = this.document.plan;
      if (!stored.plan || !base) {
        if (!stored.newer) this.#save(id, local);
        return;
      }
      this.#synced = stored.plan;
      const merged = mergeOrKeep(base, local, stored.plan);
      if (!plansEqual(merged, local)) this.document.applyRemote(merged, updateEntries(local.items, merged.items, {}));
      if (!plansEqual(merged, stored.plan)) this.#save(id, merged);
    }, wait);
  }

  #save(id: string, plan: Plan): void {
    this.#persistence?.schedule(id, plan);
  }

  #bind(id: string): PlanPersistence {
    if (!this.#persistence || this.#persistenceStore !== this.host.store) {
      void this.#persistence?.disconnect();
      this.#persistenceStore = this.host.store;
      this.#persistence = new PlanPersistence(this.host.store, {
        onError: (error) => this.#error(error.code, error.message, error),
        onSaved: (savedId, savedAt, plan) => {
          if (savedId === this.#boundId) this.#synced = plan;
          this.#channel?.post(savedId, { savedAt });
        },
        // Another tab saved first: this tab's changes since the plan both had go on top of that tab's plan.
        onConflict: (conflictId, stored, mine) => {
          const merged = mergeOrKeep(this.#synced ?? stored, mine, stored);
          if (conflictId === this.#boundId) {
            this.#synced = stored;
            const shown = this.document.plan;
            if (!plansEqual(merged, shown))
              this.document.applyRemote(mergeOrKeep(mine, shown, merged), updateEntries(shown.items, merged.items, {}));
          }
          return merged;
        },
      });
    }
    this.#persistence.connect();
    this.#listen(id);
    return this.#persistence;
  }

  #listen(id: string): void {
    this.#channel ??= new PlanChannel();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#channel.subscribe(id, () => void this.#pullRemote(id));
  }

  /**
   * Another tab saved this plan: take its changes, keeping this tab's changes since the plan both had (scheduled,
   * being saved, or already saved under a revision the other tab had not seen); those are saved again on top.
   */
  async #pullRemote(id: string): Promise<void> {
    const persistence = this.#persistence;
    if (id !== this.#boundId || !persistence) return;
    const { plan: remote, newer } = await persistence.read(id);
    if (newer) this.#reportNewer(id, newer);
    if (!remote || id !== this.#boundId) return;
    const local = this.document.plan;
    const next = this.#synced ? mergeOrKeep(this.#synced, local, remote) : remote;
    if (!plansEqual(next, remote)) this.#save(id, next);
    const base = this.#synced;
    this.#synced = remote;
    if (plansEqual(next, local)) return;
    // The other tab's new log entries, when its log grew from the one both had; else what changed here, step by step.
    const baseLength = base?.log?.length ?? 0;
    const grew = (remote.log?.length ?? 0) > baseLength;
    this.document.applyRemote(next, grew ? remote.log!.slice(baseLength) : updateEntries(local.items, next.items, {}));
  }

  async #fetchSrc(src: string): Promise<Plan | undefined> {
    const fetched = await fetchPlan(src);
    if ('plan' in fetched) return fetched.plan;
    this.#error(fetched.code, fetched.message, fetched.cause);
    return undefined;
  }

  /** Once per id: a newer version of this component saved it; this tab never writes over it from now on. */
  #reportNewer(id: string, error: Error): void {
    if (this.#newerReported.has(id)) return;
    this.#newerReported.add(id);
    this.#error(
      'newer-version',
      `The stored plan "${id}" was saved by a newer version of map-timeline and is left as it is. ${error.message} This tab keeps its plan in memory only.`,
      error,
    );
  }

  #error(code: MapErrorCode, message: string, cause: unknown): void {
    this.host.dispatchEvent(new MapErrorEvent({ code, message, cause }));
  }
}

/** The store used unless the host supplies its own: IndexedDB, database `map-timeline`, object store `plans`. */
export const defaultStore = (): PlanStore => new IdbPlanStore();
