import { parseStored } from './envelope.js';
import { onPageHidden } from './page-lifecycle.js';
import { canQuarantine, type PlanStore } from './plan-store.js';
import { SaveQueue } from './save-queue.js';
import { toStorageError, type StorageError, type StorageErrorCode } from './storage-errors.js';
import { PlanError } from '../model/errors.js';
import type { Plan } from '../model/types.js';

export const DEFAULT_DEBOUNCE_MS = 250;

export interface PlanPersistenceOptions {
  /** Quiet time after the last `schedule()` before saving; default 250 ms. */
  debounceMs?: number;
  /** A storage failure; called once per code until a save succeeds again. */
  onError: (error: StorageError) => void;
  /** A plan was durably saved (e.g. to tell other tabs). */
  onSaved?: (id: string, savedAt: string, plan: Plan) => void;
}

export interface ReadResult {
  /** The valid (migrated) stored plan. */
  plan?: Plan;
  /** Side key the invalid stored value was copied to. */
  quarantinedAs?: string;
  /** Why the stored value was refused (code `invalid-plan`). */
  error?: PlanError;
}

/**
 * Loads and saves the plans of one element: debounced saves (last plan wins), flushed on demand and when the
 * page is hidden. Storage failures never reach the caller: they are reported through `onError` and the plan
 * simply stays in memory.
 */
export class PlanPersistence {
  readonly #store: PlanStore;
  readonly #queue: SaveQueue<Plan>;
  readonly #onError: (error: StorageError) => void;
  readonly #onSaved: ((id: string, savedAt: string, plan: Plan) => void) | undefined;
  readonly #reported = new Set<StorageErrorCode>();
  /** Ids whose invalid stored value could not be set aside: never written to, so it is not lost. */
  readonly #held = new Set<string>();
  #stopListening: (() => void) | undefined;

  constructor(store: PlanStore, options: PlanPersistenceOptions) {
    this.#store = store;
    this.#queue = new SaveQueue((id, plan) => this.#write(id, plan), options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    this.#onError = options.onError;
    this.#onSaved = options.onSaved;
  }

  /**
   * The stored plan for `id`: `{}` when nothing is stored (or storage failed, reported via `onError`),
   * `{plan}` when it is valid, `{error, quarantinedAs?}` when it is not. An invalid value is copied to a side key
   * when the store can do that; it is never overwritten by this method.
   */
  async read(id: string): Promise<ReadResult> {
    let raw: unknown;
    try {
      raw = await this.#store.load(id);
    } catch (error) {
      this.#report(error);
      return {};
    }
    if (raw === undefined) return {};
    try {
      const plan = parseStored(raw);
      this.#held.delete(id);
      return { plan };
    } catch (error) {
      const planError = error as PlanError;
      const quarantinedAs = await this.#quarantine(id, raw);
      return quarantinedAs === undefined ? { error: planError } : { error: planError, quarantinedAs };
    }
  }

  /** Saves `plan` under `id` once no other plan was scheduled for the debounce time. Never throws. */
  schedule(id: string, plan: Plan): void {
    this.#queue.schedule(id, plan);
  }

  /** Saves every pending plan now; resolves when all scheduled saves are done (even when storage failed). */
  flush(): Promise<void> {
    return this.#queue.flush();
  }

  /** Resolves when every scheduled save is done, without hurrying the debounce. */
  get saved(): Promise<void> {
    return this.#queue.idle;
  }

  /** Whether a plan for `id` (or for any id) is scheduled but not written yet. */
  hasPending(id?: string): boolean {
    return this.#queue.has(id);
  }

  /** Starts flushing on `pagehide` and when the document becomes hidden. */
  connect(): void {
    this.#stopListening ??= onPageHidden(() => void this.flush());
  }

  /** Stops listening to the page and saves whatever is pending. */
  disconnect(): Promise<void> {
    this.#stopListening?.();
    this.#stopListening = undefined;
    return this.flush();
  }

  async #write(id: string, plan: Plan): Promise<void> {
    if (this.#held.has(id)) return;
    try {
      await this.#store.save(id, plan);
    } catch (error) {
      this.#report(error);
      return;
    }
    this.#reported.clear();
    const onSaved = this.#onSaved;
    if (onSaved) notify(() => onSaved(id, new Date().toISOString(), plan));
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
    notify(() => this.#onError(storageError));
  }
}

/** Runs a host callback; if it throws, the error is rethrown on its own so it cannot break saving. */
function notify(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
