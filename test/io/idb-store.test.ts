import { expect } from '@open-wc/testing';
import { createStore, get, set } from 'idb-keyval';
import { IdbPlanStore } from '../../src/io/idb-store.js';
import { MemoryPlanStore } from '../../src/io/plan-store.js';
import { StorageError } from '../../src/io/storage-errors.js';
import { cleanUp, rawStore, samplePlan, uniqueId, withGlobal } from './storage-fixtures.js';

describe('IdbPlanStore', () => {
  const store = new IdbPlanStore();
  const ids: string[] = [];
  const newId = (): string => {
    const id = uniqueId('idb');
    ids.push(id);
    return id;
  };
  afterEach(async () => {
    await Promise.all(ids.splice(0).map(cleanUp));
  });

  it('does not open IndexedDB until it is used', async () => {
    const factory = indexedDB as IDBFactory & { open: IDBFactory['open'] };
    const open = factory.open;
    let opens = 0;
    factory.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      opens += 1;
      return open.apply(this, args);
    };
    try {
      const fresh = new IdbPlanStore();
      expect(opens).to.equal(0);
      await fresh.load(newId());
      expect(opens).to.equal(1);
      await fresh.load(newId());
      expect(opens).to.equal(1);
    } finally {
      delete (factory as Partial<IDBFactory>).open;
    }
  });

  it('round-trips a plan through real IndexedDB and removes it', async () => {
    const id = newId();
    const plan = samplePlan(id);
    expect(await store.load(id)).to.equal(undefined);
    await store.save(id, plan);
    const stored = (await store.load(id)) as { plan: unknown };
    expect(stored.plan).to.deep.equal(plan);
    await store.remove(id);
    expect(await store.load(id)).to.equal(undefined);
  });

  it('writes the envelope {schema: 1, savedAt, revision, plan} to the map-timeline/plans object store', async () => {
    const id = newId();
    const before = new Date().toISOString();
    await store.save(id, samplePlan(id));
    const onDisk = await get<Record<string, unknown>>(id, rawStore);
    expect(Object.keys(onDisk ?? {}).sort()).to.deep.equal(['plan', 'revision', 'savedAt', 'schema']);
    expect(onDisk?.['schema']).to.equal(1);
    expect(onDisk?.['revision']).to.equal(1);
    expect(onDisk?.['savedAt']).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((onDisk?.['savedAt'] as string) >= before).to.equal(true);
    expect((onDisk?.['plan'] as { version: number }).version).to.equal(1);
    expect(onDisk?.['plan']).to.deep.equal(samplePlan(id));
  });

  it('saves only over the revision a change was based on', async () => {
    const id = newId();
    expect(await store.saveIf(id, samplePlan(id), 0)).to.deep.equal({ saved: true, revision: 1 });
    expect(await store.saveIf(id, { ...samplePlan(id), title: 'Second' }, 1)).to.deep.equal({
      saved: true,
      revision: 2,
    });
    // A tab still based on revision 1 lost the race: nothing is written, and it learns the store is at 2.
    expect(await store.saveIf(id, { ...samplePlan(id), title: 'Stale' }, 1)).to.deep.equal({
      saved: false,
      revision: 2,
    });
    expect((await get<{ plan: { title: string } }>(id, rawStore))?.plan.title).to.equal('Second');
  });

  it('counts a stored revision that is not a safe count as 0, so two tabs still see each other’s saves', async () => {
    const id = newId();
    // At 2^53, revision + 1 === revision: a check on it would never see the other tab's save.
    await set(id, { schema: 1, revision: 2 ** 53, plan: samplePlan(id) }, rawStore);
    expect(await store.saveIf(id, { ...samplePlan(id), title: 'First tab' }, 0)).to.deep.equal({
      saved: true,
      revision: 1,
    });
    expect(await store.saveIf(id, { ...samplePlan(id), title: 'Second tab' }, 0)).to.deep.equal({
      saved: false,
      revision: 1,
    });
    expect((await get<{ plan: { title: string } }>(id, rawStore))?.plan.title).to.equal('First tab');
  });

  it('quarantines a value under a side key and leaves the original key alone', async () => {
    const id = newId();
    const bad = { schema: 1, plan: { version: 1, title: 42 } };
    await set(id, bad, rawStore);
    const key = await store.quarantine(id, bad);
    expect(key.startsWith(`${id}:corrupt:`)).to.equal(true);
    expect(await get(key, rawStore)).to.deep.equal(bad);
    expect(await get(id, rawStore)).to.deep.equal(bad);
  });

  it('rejects with storage-unavailable when IndexedDB is missing', async () => {
    await withGlobal('indexedDB', undefined, async () => {
      const error = await new IdbPlanStore().load('x').catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(StorageError);
      expect((error as StorageError).code).to.equal('storage-unavailable');
    });
  });

  it('rejects with storage-unavailable when the object store cannot be opened', async () => {
    const databaseName = uniqueId('map-timeline-test');
    await set('seed', 1, createStore(databaseName, 'other'));
    const error = await new IdbPlanStore(databaseName, 'plans').load('x').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).code).to.equal('storage-unavailable');
    indexedDB.deleteDatabase(databaseName);
  });
});

describe('MemoryPlanStore', () => {
  it('keeps copies in the same envelope and quarantines to a side key', async () => {
    const store = new MemoryPlanStore();
    const plan = samplePlan('memory');
    await store.save('memory', plan);
    plan.title = 'changed after saving';
    const stored = (await store.load('memory')) as { schema: number; plan: { title: string } };
    expect(stored.schema).to.equal(1);
    expect(stored.plan.title).to.not.equal('changed after saving');
    const key = await store.quarantine('memory', { bad: true });
    expect(store.keys()).to.deep.equal(['memory', key]);
    await store.remove('memory');
    expect(await store.load('memory')).to.equal(undefined);
    expect(await store.load(key)).to.deep.equal({ bad: true });
  });
});
