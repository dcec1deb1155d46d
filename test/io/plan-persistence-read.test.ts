import { expect } from '@open-wc/testing';
import { get, set } from 'idb-keyval';
import { IdbPlanStore } from '../../src/io/idb-store.js';
import { PlanPersistence } from '../../src/io/plan-persistence.js';
import { MemoryPlanStore, type QuarantiningPlanStore } from '../../src/io/plan-store.js';
import type { StorageError } from '../../src/io/storage-errors.js';
import { PlanError } from '../../src/model/errors.js';
import { cleanUp, rawStore, samplePlan, uniqueId } from './storage-fixtures.js';

describe('PlanPersistence.read', () => {
  const ids: string[] = [];
  let errors: StorageError[];
  let persistence: PlanPersistence;
  const newId = (): string => {
    const id = uniqueId('read');
    ids.push(id);
    return id;
  };
  beforeEach(() => {
    errors = [];
    persistence = new PlanPersistence(new IdbPlanStore(), { onError: (error) => errors.push(error) });
  });
  afterEach(async () => {
    await Promise.all(ids.splice(0).map(cleanUp));
  });

  it('returns nothing when nothing is stored', async () => {
    expect(await persistence.read(newId())).to.deep.equal({});
  });

  it('reads back what it saved through real IndexedDB', async () => {
    const id = newId();
    persistence.schedule(id, samplePlan(id));
    await persistence.flush();
    expect(await persistence.read(id)).to.deep.equal({ plan: samplePlan(id) });
    expect(errors).to.deep.equal([]);
  });

  it('accepts a bare Plan object and Plan JSON text written by a host', async () => {
    const id = newId();
    await set(id, samplePlan(id), rawStore);
    expect((await persistence.read(id)).plan).to.deep.equal(samplePlan(id));
    await set(id, JSON.stringify(samplePlan(id)), rawStore);
    expect((await persistence.read(id)).plan).to.deep.equal(samplePlan(id));
  });

  it('refuses an invalid stored plan, copies it to a side key and never overwrites it on read', async () => {
    const id = newId();
    const bad = {
      schema: 1,
      savedAt: '2026-03-02T09:00:00.000Z',
      plan: { ...samplePlan(id), items: [{ id: 'x', start: '2026-02-30' }] },
    };
    await set(id, bad, rawStore);

    const result = await persistence.read(id);
    expect(result.plan).to.equal(undefined);
    expect(result.error).to.be.instanceOf(PlanError);
    expect(result.error?.code).to.equal('invalid-plan');
    expect(result.error?.message).to.contain('items[0].start: "2026-02-30" is not a date');
    expect(result.quarantinedAs).to.match(new RegExp(`^${id}:corrupt:[0-9a-f]{8}$`));
    expect(await get(result.quarantinedAs!, rawStore)).to.deep.equal(bad);
    expect(await get(id, rawStore)).to.deep.equal(bad);
    expect(errors).to.deep.equal([]);

    persistence.schedule(id, samplePlan(id));
    await persistence.flush();
    expect((await get<{ plan: unknown }>(id, rawStore))?.plan).to.deep.equal(samplePlan(id));
    expect(await get(result.quarantinedAs!, rawStore)).to.deep.equal(bad);
  });

  it('refuses stored text that is not JSON', async () => {
    const id = newId();
    await set(id, '{"version": 1, "id": ', rawStore);
    const result = await persistence.read(id);
    expect(result.error?.code).to.equal('invalid-plan');
    expect(result.error?.message).to.contain('not valid JSON');
    expect(await get(result.quarantinedAs!, rawStore)).to.equal('{"version": 1, "id": ');
  });

  it('leaves an envelope of a newer storage schema alone: not corrupt, not set aside, never written over', async () => {
    const id = newId();
    const newer = { schema: 2, savedAt: '2030-01-01T00:00:00.000Z', plan: samplePlan(id) };
    await set(id, newer, rawStore);
    const result = await persistence.read(id);
    expect(result.newer?.message).to.contain('storage schema 2');
    expect(result.error).to.equal(undefined);
    expect(result.quarantinedAs).to.equal(undefined);
    persistence.schedule(id, samplePlan(id));
    await persistence.flush().catch(() => undefined);
    expect(await get(id, rawStore)).to.deep.equal(newer);
    const { keys } = await import('idb-keyval');
    expect((await keys(rawStore)).filter((key) => String(key).startsWith(`${id}:`))).to.deep.equal([]);
  });

  it('keeps one side copy per distinct bad value, however often it is read', async () => {
    const id = newId();
    await set(id, { schema: 1, savedAt: '2026-03-02T09:00:00.000Z', plan: { version: 1 } }, rawStore);
    const first = await persistence.read(id);
    const second = await persistence.read(id);
    expect(second.quarantinedAs).to.equal(first.quarantinedAs);
    const { keys } = await import('idb-keyval');
    expect((await keys(rawStore)).filter((key) => String(key).startsWith(`${id}:corrupt:`))).to.have.length(1);
    await set(id, { schema: 1, savedAt: '2026-03-02T09:00:00.000Z', plan: { version: 1, id: 'other' } }, rawStore);
    await persistence.read(id); // positive control: a different bad value gets a copy of its own
    expect((await keys(rawStore)).filter((key) => String(key).startsWith(`${id}:corrupt:`))).to.have.length(2);
  });

  it('never writes under an id whose bad value could not be set aside', async () => {
    const bad = { version: 1, id: 'held' };
    const saves: string[] = [];
    const store: QuarantiningPlanStore = {
      load: async (id) => (id === 'held' ? bad : undefined),
      save: async (id) => void saves.push(id),
      remove: async () => undefined,
      quarantine: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    const held = new PlanPersistence(store, { onError: (error) => errors.push(error) });
    const result = await held.read('held');
    expect(result.error?.code).to.equal('invalid-plan');
    expect(result.quarantinedAs).to.equal(undefined);
    expect(errors.map((error) => error.code)).to.deep.equal(['storage-quota']);
    held.schedule('held', samplePlan('held'));
    held.schedule('other', samplePlan('other'));
    // The held plan is kept, not dropped, and flush says it is not durable.
    const failure = await held.flush().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).to.contain('"held"');
    expect(saves).to.deep.equal(['other']);
  });

  it('reports a failing load once, says it failed, and holds writes for that id until a read succeeds', async () => {
    const store = new MemoryPlanStore();
    await store.save('x', samplePlan('x'));
    const load = store.load.bind(store);
    let failing = true;
    store.load = (id) => (failing ? Promise.reject(new DOMException('private mode', 'InvalidStateError')) : load(id));
    const persistence = new PlanPersistence(store, { onError: (error) => errors.push(error) });
    expect((await persistence.read('x')).failed?.code).to.equal('storage-unavailable');
    expect((await persistence.read('x')).failed?.code).to.equal('storage-unavailable');
    expect(errors.map((error) => error.code)).to.deep.equal(['storage-unavailable']);
    persistence.schedule('x', { ...samplePlan('x'), title: 'Written over the unread plan' });
    await persistence.flush().catch(() => undefined);
    failing = false;
    expect(
      ((await load('x')) as { plan: { title: string } }).plan.title,
      'what could not be read is not written over',
    ).to.equal(samplePlan('x').title);
    expect((await persistence.read('x')).plan?.title).to.equal(samplePlan('x').title);
    persistence.schedule('x', { ...samplePlan('x'), title: 'Saved once readable' });
    await persistence.flush();
    expect(((await load('x')) as { plan: { title: string } }).plan.title).to.equal('Saved once readable');
  });
});
