import { NewerVersionError, parseStored, revisionOf } from './envelope.js';
import { onPageHidden } from './page-lifecycle.js';
import { canKeepUnsaved, canQuarantine, hasRevisions, type PlanStore } from './plan-store.js';
import { readKeptChange, recoveredPlan, type KeptChange } from './kept-change.js';
import { SaveQueue } from './save-queue.js';
import { notify, withTimeout } from './settle.js';
import { StorageError, toStorageError, type StorageErrorCode } from './storage-errors.js';
import { PlanError } from '../model/errors.js';
import type { Plan } from '../model/types.js';

export const DEFAULT_DEBOUNCE_MS = 250;
/** Waits between retries of a failed save: doubling from half a second to half a minute. */
const RETRY_MS = { first: 500, longest: 30_000 };
/** How often a save that keeps losing races with other tabs merges and tries again before it gives up for now. */
const CONFLICT_ROUNDS = 5;

export interface PlanPersistenceOptions {
  /** Quiet time after the last `schedule()` before saving; default 250 ms. */
  debounceMs?: number;
  /** A storage failure; called once per code until a save succeeds again. */
  onError: (error: StorageError) => void;
  /** A plan was durably saved (e.g. to tell other tabs). */
  onSaved?: (id: string, savedAt: string, plan: Plan) => void;
  /**
   * A save lost the race: another tab saved `stored` since this one's base. Returns the plan to save in its place
   * (this tab's changes merged into the stored plan). Without it, the newer stored plan is saved over.
   */
  onConflict?: (id: string, stored: Plan, mine: Plan) => Plan;
}

export interface ReadResult {
  /** The valid (migrated) stored plan. */
  plan?: Plan;
  /** Side key the invalid stored value was copied to. */
  quarantinedAs?: string;
  /** Why the stored value was refused (code `invalid-plan`). */
  error?: PlanError;
  /** The store could not be read: writes for the id are held until a read succeeds. */
  failed?: StorageError;
  /** A newer version of this component wrote the value: it is never written over. */
  newer?: NewerVersionError;
  /**
   * Set when `plan` is a change a page kept as it went away, recovered on top of what is stored: the plan in storage
   * (undefined when nothing was). The change is saved again.
   */
  recoveredOver?: Plan | undefined;
}

/**
 * Loads and saves the plans of one element: debounced saves, flushed on demand and when the page is hidden. Saves
 * are conditional on the revision they were based on, so two tabs never overwrite each other; a failed save is
 * kept and retried with backoff; an id whose stored value could not be read, or was written by a newer version, is
 * never written to. Failures are reported through `onError`; `flush()` rejects while changes are not durable.
 */
export class PlanPersistence {
  readonly #store: PlanStore;
  readonly #queue: SaveQueue<Plan>;
  readonly #options: PlanPersistenceOptions;
  readonly #reported = new Set<StorageErrorCode>();
  /** The revision each id's next save is based on. */
  readonly #revisions = new Map<string, number>();
  /** Ids never to write to (their stored value could not be read, set aside, or is from a newer version). */
  readonly #held = new Set<string>();
  /** Plans whose save failed or is held: kept, retried, and never dropped. */
  readonly #unsaved = new Map<string, Plan>();
  /** The plan stored under each id's known revision: what a change kept as the page goes away is based on. */
  readonly #stored = new Map<string, Plan>();
  /** Each id's newest plan while it is not durable yet (scheduled, being written, or failed). */
  readonly #latest = new Map<string, Plan>();
  /** Ids with a change kept in the store's side key by this page, to drop once a save covers it. */
  readonly #kept = new Set<string>();
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retryMs = RETRY_MS.first;
  #stopListening: (() => void) | undefined;

  constructor(store: PlanStore, options: PlanPersistenceOptions) {
    this.#store = store;
    this.#options = options;
    this.#queue = new SaveQueue((id, plan) => this.#write(id, plan), options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /**
   * The stored plan for `id`, or why there is none to show (see ReadResult). A read that does not answer within
   * `timeoutMs` counts as failed (the database may be blocked by another tab). Never writes over what it read, but
   * with `recover` (a page's first read of a plan), a change another page kept as it went away is shown on top of
   * what is stored and saved again (see `recoveredOver`).
   */
  async read(id: string, timeoutMs?: number, { recover = false }: { recover?: boolean } = {}): Promise<ReadResult> {
    let raw: unknown;
    let kept: KeptChange | undefined;
    // A page's own kept change is never recovered by it: it still holds that change, and maybe newer ones.
    const keptRead = recover && !this.#kept.has(id) ? readKeptChange(this.#store, id) : undefined;
    try {
      [raw, kept] = await withTimeout(
        Promise.all([this.#store.load(id), keptRead]),
        timeoutMs,
        () =>
          new StorageError(
            'storage-unavailable',
            `Storage did not answer within ${(timeoutMs ?? 0) / 1000} s when reading "${id}".`,
          ),
      );
    } catch (error) {
      this.#held.add(id);
      const failed = toStorageError(error);
      this.#report(failed);
      return { failed };
    }
    this.#revisions.set(id, revisionOf(raw));
    if (raw === undefined) {
      this.#release(id);
      this.#stored.delete(id);
      return kept ? this.#recover(id, kept, undefined) : {};
    }
    try {
      const plan = parseStored(raw);
      this.#release(id);
      this.#stored.set(id, plan);
      return kept ? this.#recover(id, kept, plan, revisionOf(raw)) : { plan };
    } catch (error) {
      if (error instanceof NewerVersionError) {
        this.#held.add(id);
        return { newer: error };
      }
      const planError = error as PlanError;
      const quarantinedAs = await this.#quarantine(id, raw);
      if (quarantinedAs !== undefined) this.#release(id);
      return quarantinedAs === undefined ? { error: planError } : { error: planError, quarantinedAs };
    }
  }

  /** The kept change on top of what is stored, scheduled for saving; its side key goes once that save is durable. */
  #recover(id: string, kept: KeptChange, stored: Plan | undefined, revision = 0): ReadResult {
    const plan = recoveredPlan(kept, stored, revision);
    this.#kept.add(id);
    this.schedule(id, plan);
    return { plan, recoveredOver: stored };
  }

  /** Saves `plan` under `id` once no other plan was scheduled for the debounce time. Never throws. */
  schedule(id: string, plan: Plan): void {
    this.#unsaved.delete(id);
    this.#latest.set(id, plan);
    this.#queue.schedule(id, plan);
  }

  /** Saves every pending plan now; rejects with a StorageError while any change is not durable. */
  async flush(): Promise<void> {
    for (const [id, plan] of this.#unsaved) if (!this.#held.has(id)) this.#queue.schedule(id, plan);
    await this.#queue.flush();
    this.#throwIfUnsaved();
  }

  /** Resolves when every scheduled save is done without hurrying the debounce; rejects while a change is not durable. */
  get saved(): Promise<void> {
    return this.#queue.idle.then(() => this.#throwIfUnsaved());
  }

  /** Whether a plan for `id` (or for any id) is scheduled, or failed to save, and is not written yet. */
  hasPending(id?: string): boolean {
    return this.#queue.has(id) || (id === undefined ? this.#unsaved.size > 0 : this.#unsaved.has(id));
  }

  /** Starts flushing on `pagehide` and when the document becomes hidden. */
  connect(): void {
    this.#stopListening ??= onPageHidden(() => {
      this.#keepUnsaved();
      void this.flush().catch(() => undefined);
    });
  }

  /**
   * The page may be going away: a save still to come, or under way, may never finish (it reads before it writes), so
   * each change not durable yet is also written to the store's side key, in one go, for the next page to recover.
   */
  #keepUnsaved(): void {
    const store = this.#store;
    if (!canKeepUnsaved(store)) return;
    for (const [id, plan] of this.#latest) {
      if (this.#held.has(id)) continue;
      const change = { plan, revision: this.#revisions.get(id) ?? 0, base: this.#stored.get(id) };
      if (store.keepUnsaved(id, change)) this.#kept.add(id);
    }
  }

  /** Stops listening to the page and saves whatever is pending. */
  disconnect(): Promise<void> {
    this.#stopListening?.();
    this.#stopListening = undefined;
    clearTimeout(this.#retryTimer);
    return this.flush().catch(() => undefined);
  }

  #throwIfUnsaved(): void {
    if (this.#unsaved.size === 0) return;
    const ids = [...this.#unsaved.keys()].map((id) => JSON.stringify(id)).join(', ');
    throw new StorageError('storage-unavailable', `Changes to ${ids} are not saved yet: they are kept and retried.`);
  }

  /**
   * A read succeeded: writes for the id may go ahead. What was held meanwhile is dropped here: the caller, which now
   * knows what is stored, schedules the plan that should be saved (merged with the stored one).
   */
  #release(id: string): void {
    if (this.#held.delete(id)) this.#unsaved.delete(id);
  }

  async #write(id: string, plan: Plan): Promise<void> {
    if (this.#held.has(id)) {
      this.#unsaved.set(id, plan);
      return;
    }
    let saved: Plan;
    try {
      saved = await this.#save(id, plan);
    } catch (error) {
      this.#unsaved.set(id, plan);
      this.#report(toStorageError(error));
      this.#retryLater();
      return;
    }
    this.#unsaved.delete(id);
    this.#stored.set(id, saved);
    if (this.#latest.get(id) === plan) {
      this.#latest.delete(id);
      this.#forgetKept(id);
    }
    this.#reported.clear();
    this.#retryMs = RETRY_MS.first;
    const onSaved = this.#options.onSaved;
    if (onSaved) notify(() => onSaved(id, new Date().toISOString(), saved));
  }

  /** Saves over the revision the plan was based on; when another tab saved first, merges with its plan and tries again. */
  async #save(id: string, plan: Plan): Promise<Plan> {
    const store = this.#store;
    if (!hasRevisions(store)) {
      await store.save(id, plan);
      return plan;
    }
    let mine = plan;
    for (let round = 0; round < CONFLICT_ROUNDS; round += 1) {
      const result = await store.saveIf(id, mine, this.#revisions.get(id));
      this.#revisions.set(id, result.revision);
      if (result.saved) return mine;
      const raw = await store.load(id);
      if (raw === undefined) {
        this.#revisions.set(id, 0); // deleted meanwhile (another tab cleared the database): save afresh
        continue;
      }
      const stored = parseStored(raw);
      mine = this.#options.onConflict ? this.#options.onConflict(id, stored, mine) : stored;
    }
    throw new StorageError(
      'storage-unavailable',
      `Another tab keeps saving "${id}" at the same moment; this tab's changes are kept and retried.`,
    );
  }

  /** Nothing newer than what was just saved is pending: a change kept for the id is covered by it. */
  #forgetKept(id: string): void {
    const store = this.#store;
    if (!this.#kept.delete(id) || !canKeepUnsaved(store)) return;
    // Should the page go away before this is done, the next page merges the kept change into a saved plan that
    // already holds it, which changes nothing.
    store.forgetUnsaved(id).catch(() => undefined);
  }

  #retryLater(): void {
    if (this.#retryTimer !== undefined) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MS.longest);
      void this.flush().catch(() => undefined);
    }, this.#retryMs);
  }

  async #quarantine(id: string, raw: unknown): Promise<string | undefined> {
    if (!canQuarantine(this.#store)) {
      this.#held.add(id); // nowhere to set it aside: never write over it
      return undefined;
    }
    try {
      return await this.#store.quarantine(id, raw);
    } catch (error) {
      this.#held.add(id);
      this.#report(error);
      return undefined;
    }
  }

  #report(error: unknown): void {
    const storageError = toStorageError(error);
    if (this.#reported.has(storageError.code)) return;
    this.#reported.add(storageError.code);
    notify(() => this.#options.onError(storageError));
  }
}
