import { del, delMany, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { STORAGE_SCHEMA, revisionOf, wrapPlan } from './envelope.js';
import {
  corruptKey,
  summarise,
  unsavedKey,
  type KeepingPlanStore,
  type UnsavedChange,
  type ListingPlanStore,
  type QuarantiningPlanStore,
  type RevisionedPlanStore,
  type SaveResult,
  type StoredPlanSummary,
} from './plan-store.js';
import { StorageError, toStorageError } from './storage-errors.js';
import type { Plan } from '../model/types.js';

export const DATABASE_NAME = 'map-timeline';
export const OBJECT_STORE_NAME = 'plans';

/**
 * Plans in IndexedDB (database `map-timeline`, object store `plans`, key = plan id), each wrapped in a
 * `StoredPlan` envelope with a revision. The database is opened on first use and closed whenever another tab needs
 * it to be (a deletion or an upgrade: `versionchange`); the next operation opens it again. Every failure is
 * rejected as a StorageError.
 */
export class IdbPlanStore implements QuarantiningPlanStore, ListingPlanStore, RevisionedPlanStore, KeepingPlanStore {
  #database: Promise<IDBDatabase> | undefined;
  /** The open connection, for a write that cannot wait for one (see `keepUnsaved`). */
  #connection: IDBDatabase | undefined;

  constructor(
    readonly databaseName: string = DATABASE_NAME,
    readonly storeName: string = OBJECT_STORE_NAME,
  ) {}

  load(id: string): Promise<unknown | undefined> {
    return this.#run((store) => get<unknown>(id, store));
  }

  save(id: string, plan: Plan): Promise<void> {
    return this.#run(async (store) => {
      await this.saveIf(id, plan, undefined, store);
    });
  }

  /**
   * Saves only when the stored revision is still `expected` (undefined: whatever is stored), in one transaction, so
   * two tabs can never both save over the same base: the second learns it lost and merges first.
   */
  saveIf(id: string, plan: Plan, expected: number | undefined, using?: UseStore): Promise<SaveResult> {
    const write = (store: UseStore) =>
      store('readwrite', async (objects) => {
        const current = revisionOf(await promisifyRequest(objects.get(id)));
        if (expected !== undefined && current !== expected) return { saved: false as const, revision: current };
        const revision = current + 1;
        objects.put(wrapPlan(plan, { revision }), id);
        await promisifyRequest(objects.transaction);
        return { saved: true as const, revision };
      });
    return using ? write(using) : this.#run(write);
  }

  /** Removes the plan, and a change kept for it (see `keepUnsaved`), which would otherwise bring it back. */
  remove(id: string): Promise<void> {
    return this.#run((store) => delMany([id, unsavedKey(id)], store));
  }

  /**
   * Writes the change in a transaction started and committed now, in one go: a page being unloaded runs no more
   * script, so a save that first reads the stored revision (as `saveIf` does) never gets to write.
   */
  keepUnsaved(id: string, change: UnsavedChange): boolean {
    if (!this.#connection) return false;
    try {
      const transaction = this.#connection.transaction(this.storeName, 'readwrite');
      transaction.objectStore(this.storeName).put(change, unsavedKey(id));
      transaction.commit();
      return true;
    } catch {
      return false;
    }
  }

  loadUnsaved(id: string): Promise<unknown | undefined> {
    return this.#run((store) => get<unknown>(unsavedKey(id), store));
  }

  forgetUnsaved(id: string): Promise<void> {
    return this.#run((store) => del(unsavedKey(id), store));
  }

  async list(): Promise<StoredPlanSummary[]> {
    return summarise(await this.#run((store) => entries(store)));
  }

  /** Sets a bad value aside under a key made from its content, so the same bad value is kept once, however often read. */
  async quarantine(id: string, raw: unknown): Promise<string> {
    const key = corruptKey(id, raw);
    await this.#run(async (store) => {
      if ((await get(key, store)) === undefined) await set(key, raw, store);
    });
    return key;
  }

  async #run<T>(operation: (store: UseStore) => Promise<T>): Promise<T> {
    try {
      return await operation(this.#store);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** An idb-keyval store over the connection this object owns (idb-keyval's own never closes). */
  readonly #store: UseStore = (mode, callback) =>
    this.#open().then((database) => callback(database.transaction(this.storeName, mode).objectStore(this.storeName)));

  #open(): Promise<IDBDatabase> {
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(
        new StorageError('storage-unavailable', 'IndexedDB is not available in this browser context'),
      );
    }
    this.#database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(this.databaseName);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(this.storeName)) request.result.createObjectStore(this.storeName);
      };
      request.onsuccess = () => {
        const database = request.result;
        // Another tab deletes or upgrades the database: let it, and open again when next needed.
        database.onversionchange = () => {
          database.close();
          this.#database = this.#connection = undefined;
        };
        database.onclose = () => (this.#database = this.#connection = undefined);
        this.#connection = database;
        resolve(database);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () =>
        reject(new StorageError('storage-unavailable', 'The plan database is blocked by another tab'));
    }).catch((error) => {
      this.#database = undefined;
      throw error;
    });
    return this.#database;
  }
}

export { STORAGE_SCHEMA };
