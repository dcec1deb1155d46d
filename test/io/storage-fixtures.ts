import { createStore, delMany, keys } from 'idb-keyval';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import type { Plan } from '../../src/model/types.js';
import type { PlanStore } from '../../src/io/plan-store.js';

/** The same database and object store the IdbPlanStore writes to, for looking at what is on disk. */
export const rawStore = createStore('map-timeline', 'plans');

export const uniqueId = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`;

export const samplePlan = (id: string): Plan => ({ ...enterprisePlan('2026-03-02'), id });

/** Removes `id` and every side key made for it. */
export async function cleanUp(id: string): Promise<void> {
  const all = await keys<IDBValidKey>(rawStore);
  await delMany(
    all.filter((key) => typeof key === 'string' && (key === id || key.startsWith(`${id}:`))),
    rawStore,
  );
}

/** Wraps a store and records every save. */
export class CountingStore implements PlanStore {
  readonly saves: Array<{ id: string; plan: Plan }> = [];
  constructor(readonly inner: PlanStore) {}
  load(id: string): Promise<unknown> {
    return this.inner.load(id);
  }
  async save(id: string, plan: Plan): Promise<void> {
    this.saves.push({ id, plan });
    await this.inner.save(id, plan);
  }
  remove(id: string): Promise<void> {
    return this.inner.remove(id);
  }
}

/** A store whose every method rejects with the error `fail()` returns at that moment. */
export class FailingStore implements PlanStore {
  calls = 0;
  constructor(public fail: () => unknown) {}
  load(): Promise<unknown> {
    return this.#reject();
  }
  save(): Promise<void> {
    return this.#reject();
  }
  remove(): Promise<void> {
    return this.#reject();
  }
  #reject(): Promise<never> {
    this.calls += 1;
    return Promise.reject(this.fail());
  }
}

/** Replaces a global (e.g. `indexedDB`) for the duration of `body`. */
export async function withGlobal(name: string, value: unknown, body: () => Promise<void> | void): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  try {
    await body();
  } finally {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Fresh plan ids for one `describe`, each removed from storage (side copies too) after its tests. */
export function freshIds(): (prefix: string) => string {
  const ids: string[] = [];
  after(async () => {
    for (const id of ids) await cleanUp(id);
  });
  return (prefix) => {
    const id = uniqueId(prefix);
    ids.push(id);
    return id;
  };
}
