import { expect } from '@open-wc/testing';
import { get } from 'idb-keyval';
import { IdbPlanStore } from '../../src/io/idb-store.js';
import { PlanPersistence } from '../../src/io/plan-persistence.js';
import { MemoryPlanStore } from '../../src/io/plan-store.js';
import type { StorageError } from '../../src/io/storage-errors.js';
import type { Plan } from '../../src/model/types.js';
import { cleanUp, CountingStore, rawStore, samplePlan, uniqueId } from './storage-fixtures.js';

const titled = (plan: Plan, title: string): Plan => ({ ...plan, title });
const storedTitle = async (id: string): Promise<unknown> => (await get<{ plan: Plan }>(id, rawStore))?.plan.title;

describe('PlanPersistence saving', () => {
  const ids: string[] = [];
  let errors: StorageError[];
  let store: CountingStore;
  let persistence: PlanPersistence;
  const newId = (): string => {
    const id = uniqueId('save');
    ids.push(id);
    return id;
  };
  const create = (options: { debounceMs?: number } = {}): PlanPersistence =>
    (persistence = new PlanPersistence(store, { ...options, onError: (error) => errors.push(error) }));
  beforeEach(() => {
    errors = [];
    store = new CountingStore(new IdbPlanStore());
  });
  afterEach(async () => {
    await persistence.disconnect();
    await Promise.all(ids.splice(0).map(cleanUp));
  });

  it('coalesces rapid schedules into one save; flush makes the last plan durable', async () => {
    create(); // the default debounce
    const id = newId();
    for (const title of ['one', 'two', 'three', 'four']) persistence.schedule(id, titled(samplePlan(id), title));
    // Meanwhile a persistence with a short debounce saves by itself; ours is still waiting for its quiet time.
    const quickStore = new CountingStore(new MemoryPlanStore());
    const quick = new PlanPersistence(quickStore, { debounceMs: 1, onError: (error) => errors.push(error) });
    quick.schedule(id, titled(samplePlan(id), 'quick'));
    await quick.saved;
    expect(quickStore.saves.map((save) => save.plan.title)).to.deep.equal(['quick']);
    expect(store.saves).to.have.length(0);
    expect(persistence.hasPending(id)).to.equal(true);
    await persistence.flush();
    expect(store.saves.map((save) => save.plan.title)).to.deep.equal(['four']);
    expect(await storedTitle(id)).to.equal('four');
    expect(persistence.hasPending()).to.equal(false);
  });

  it('saves by itself after the debounce time; `saved` resolves once it is durable', async () => {
    create({ debounceMs: 30 });
    const id = newId();
    persistence.schedule(id, titled(samplePlan(id), 'a'));
    persistence.schedule(id, titled(samplePlan(id), 'b'));
    await persistence.saved;
    expect(store.saves.map((save) => save.plan.title)).to.deep.equal(['b']);
    expect(persistence.hasPending()).to.equal(false);
    expect(await storedTitle(id)).to.equal('b');
  });

  it('keeps the order of saves: a plan scheduled while another is being written wins', async () => {
    create({ debounceMs: 5 });
    const id = newId();
    persistence.schedule(id, titled(samplePlan(id), 'first'));
    const first = persistence.flush();
    persistence.schedule(id, titled(samplePlan(id), 'second'));
    const second = persistence.flush();
    await Promise.all([first, second, persistence.saved]);
    expect(store.saves.map((save) => save.plan.title)).to.deep.equal(['first', 'second']);
    expect(await storedTitle(id)).to.equal('second');
  });

  it('flushes on pagehide once connected, and stops after disconnect', async () => {
    create({ debounceMs: 60_000 });
    const id = newId();
    persistence.connect();
    persistence.schedule(id, titled(samplePlan(id), 'before pagehide'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await persistence.saved;
    expect(store.saves).to.have.length(1);
    expect(await storedTitle(id)).to.equal('before pagehide');

    await persistence.disconnect();
    persistence.schedule(id, titled(samplePlan(id), 'after disconnect'));
    // Another persistence, still connected, flushes on the same pagehide.
    const connected = new PlanPersistence(store, { debounceMs: 60_000, onError: (error) => errors.push(error) });
    connected.connect();
    const otherId = newId();
    connected.schedule(otherId, titled(samplePlan(otherId), 'still connected'));
    try {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      // Listeners run during dispatchEvent, and a flush takes the pending plans at once.
      expect(connected.hasPending(otherId)).to.equal(false);
      expect(persistence.hasPending(id)).to.equal(true);
      await connected.saved;
      expect(await storedTitle(otherId)).to.equal('still connected');
      expect(store.saves.map((save) => save.plan.title)).to.deep.equal(['before pagehide', 'still connected']);
      expect(await storedTitle(id)).to.equal('before pagehide');
    } finally {
      await connected.disconnect();
    }
  });

  it('flushes when the document becomes hidden', async () => {
    create({ debounceMs: 60_000 });
    const id = newId();
    persistence.connect();
    persistence.schedule(id, titled(samplePlan(id), 'hidden'));
    // Listeners run during dispatchEvent, and a flush takes the pending plans at once: still pending means no flush.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(document.visibilityState).to.equal('visible');
    expect(persistence.hasPending(id)).to.equal(true);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(persistence.hasPending(id)).to.equal(false);
    await persistence.saved;
    expect(store.saves.map((save) => save.plan.title)).to.deep.equal(['hidden']);
    expect(await storedTitle(id)).to.equal('hidden');
  });

  it('tells onSaved after the save is durable', async () => {
    const id = newId();
    const memory = new MemoryPlanStore();
    const seen: Array<{ id: string; savedAt: string; stored: unknown }> = [];
    let told!: () => void;
    const wasTold = new Promise<void>((resolve) => (told = resolve));
    persistence = new PlanPersistence(memory, {
      onError: (error) => errors.push(error),
      // What the store holds at the moment onSaved is called.
      onSaved: (savedId, savedAt) => {
        const stored = memory.load(savedId);
        void stored.then((value) => seen.push({ id: savedId, savedAt, stored: value })).then(told);
      },
    });
    persistence.schedule(id, samplePlan(id));
    await persistence.flush();
    await wasTold;
    expect(seen).to.have.length(1);
    expect(seen[0]?.id).to.equal(id);
    expect(seen[0]?.savedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect((seen[0]?.stored as { plan: Plan }).plan).to.deep.equal(samplePlan(id));
  });
});
