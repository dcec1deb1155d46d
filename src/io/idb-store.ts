import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { wrapPlan } from './envelope.js';
import { corruptKey, summarise, type ListingPlanStore, type QuarantiningPlanStore, type StoredPlanSummary } from './plan-store.js';
import { StorageError, toStorageError } from './storage-errors.js';
import type { Plan } from '../model/types.js';

export const DATABASE_NAME = 'map-timeline';
export const OBJECT_STORE_NAME = 'plans';

/**
 * Plans in IndexedDB (database `map-timeline`, object store `plans`, key = plan id), each wrapped in a
 * `StoredPlan` envelope. The database is opened on first use, so creating the store touches nothing.
 * Every failure is rejected as a StorageError.
 */
export class IdbPlanStore implements QuarantiningPlanStore, ListingPlanStore {
  #store: UseStore | undefined;

  constructor(
    readonly databaseName: string = DATABASE_NAME,
    readonly storeName: string = OBJECT_STORE_NAME,
  ) {}

  load(id: string): Promise<unknown | undefined> {
    return this.#run((store) => get<unknown>(id, store));
  }

  save(id: string, plan: Plan): Promise<void> {
    return this.#run((store) => set(id, wrapPlan(plan), store));
  }

  remove(id: string): Promise<void> {
    return this.#run((store) => del(id, store));
  }

  async list(): Promise<StoredPlanSummary[]> {
    return summarise(await this.#run((store) => entries(store)));
  }

  async quarantine(id: string, raw: unknown): Promise<string> {
    const key = corruptKey(id);
    await this.#run((store) => set(key, raw, store));
    return key;
  }

  async #run<T>(operation: (store: UseStore) => Promise<T>): Promise<T> {
    try {
      return await operation(this.#open());
    } catch (error) {
      throw toStorageError(error);
    }
  }

  #open(): UseStore {
    if (typeof indexedDB === 'undefined') {
      throw new StorageError('storage-unavailable', 'IndexedDB is not available in this browser context');
    }
    this.#store ??= createStore(this.databaseName, this.storeName);
    return this.#store;
  }
}
