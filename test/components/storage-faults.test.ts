import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { get, keys, set } from 'idb-keyval';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapErrorEvent } from '../../src/events.js';
import { IdbPlanStore } from '../../src/io/idb-store.js';
import { CHANNEL_NAME } from '../../src/io/plan-channel.js';
import { MemoryPlanStore, type PlanStore } from '../../src/io/plan-store.js';
import type { Plan } from '../../src/model/types.js';
import { cleanUp, rawStore, samplePlan, uniqueId, freshIds } from '../io/storage-fixtures.js';
import { record } from '../support/input.js';

const titled = (plan: Plan, title: string): Plan => ({ ...plan, title });
const asSrc = (plan: Plan) => `data:application/json,${encodeURIComponent(JSON.stringify(plan))}`;
const ownerOf = (plan: Plan, id: string) => plan.items.find((item) => item.id === id)?.owner;

async function mount(
  planId: string,
  options: { store?: PlanStore; src?: string; errors?: MapErrorEvent[] } = {},
): Promise<MapTimeline> {
  const element = document.createElement('map-timeline');
  element.today = '2026-03-10';
  if (options.store) element.store = options.store;
  if (options.src) element.src = options.src;
  element.planId = planId;
  if (options.errors) element.addEventListener('map-error', (event) => options.errors!.push(event));
  await fixture(html`<div style="width:900px;height:400px">${element}</div>`);
  await element.flush().catch(() => undefined);
  return element;
}

describe('<map-timeline> storage faults', () => {
  const fresh = freshIds();

  it('a read that fails once never overwrites the stored plan, and the edits made meanwhile merge into it', async () => {
    const id = fresh('read-once');
    const store = new MemoryPlanStore();
    await store.save(id, titled(samplePlan(id), 'Stored deal'));
    const load = store.load.bind(store);
    let failures = 1;
    store.load = (key) => (failures-- > 0 ? Promise.reject(new DOMException('unreadable', 'UnknownError')) : load(key));
    const errors: MapErrorEvent[] = [];
    const element = await mount(id, { store, src: asSrc(titled(samplePlan(id), 'From src')), errors });
    expect(element.getPlan().title, 'src is shown meanwhile').to.equal('From src');
    element.updateItem('discovery', { owner: 'Edited meanwhile' });
    await element.flush().catch(() => undefined);
    expect(((await load(id)) as { plan: Plan }).plan.title, 'the unread plan is not written over').to.equal(
      'Stored deal',
    );
    await waitUntil(() => element.getPlan().title === 'Stored deal', 'the stored plan arrives once readable', {
      timeout: 5000,
    });
    expect(ownerOf(element.getPlan(), 'discovery')).to.equal('Edited meanwhile');
    await element.flush();
    const stored = ((await load(id)) as { plan: Plan }).plan;
    expect(stored.title).to.equal('Stored deal');
    expect(ownerOf(stored, 'discovery')).to.equal('Edited meanwhile');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['storage-unavailable']);
  });

  it('edits made during an outage are kept, retried, and there at reload', async () => {
    const id = fresh('outage');
    const store = new MemoryPlanStore();
    const save = store.saveIf.bind(store);
    let down = false;
    store.saveIf = (key, plan, expected) =>
      down ? Promise.reject(new DOMException('gone', 'InvalidStateError')) : save(key, plan, expected);
    const errors: MapErrorEvent[] = [];
    const element = await mount(id, { store, errors });
    element.plan = samplePlan(id);
    await element.flush();
    down = true;
    element.updateItem('discovery', { owner: 'During the outage' });
    element.updateItem('tailored-demo', { owner: 'Also during it' });
    const failure = await element.flush().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message, 'flush says the edits are not durable').to.contain('not saved yet');
    down = false;
    await waitUntil(
      async () => ownerOf(((await store.load(id)) as { plan: Plan }).plan, 'tailored-demo') === 'Also during it',
      'the retry saves them',
      { timeout: 5000 },
    );
    await element.flush();
    element.parentElement!.remove();
    const reloaded = await mount(id, { store });
    expect(ownerOf(reloaded.getPlan(), 'discovery')).to.equal('During the outage');
    expect(ownerOf(reloaded.getPlan(), 'tailored-demo')).to.equal('Also during it');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['storage-unavailable']);
  });

  it('another tab deleting the database is not blocked, and later edits are saved whole into the new one', async () => {
    const database = `map-timeline-faults-${crypto.randomUUID()}`;
    const id = 'deal';
    const errors: MapErrorEvent[] = [];
    const element = await mount(id, { store: new IdbPlanStore(database), errors });
    element.plan = samplePlan(id);
    element.updateItem('discovery', { owner: 'Before the deletion' });
    await element.flush();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(database);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("the deletion was blocked by the element's open connection"));
    });
    element.updateItem('tailored-demo', { owner: 'After the deletion' });
    await element.flush();
    const reloaded = await mount(id, { store: new IdbPlanStore(database) });
    expect(ownerOf(reloaded.getPlan(), 'discovery')).to.equal('Before the deletion');
    expect(ownerOf(reloaded.getPlan(), 'tailored-demo')).to.equal('After the deletion');
    expect(errors).to.have.length(0);
  });

  it("leaves a newer version's plan in storage alone, reporting it once", async () => {
    const id = fresh('newer');
    const newer = {
      schema: 2,
      savedAt: '2030-01-01T00:00:00.000Z',
      revision: 7,
      plan: { ...samplePlan(id), version: 2 },
    };
    await set(id, newer, rawStore);
    const errors: MapErrorEvent[] = [];
    const element = await mount(id, { src: asSrc(titled(samplePlan(id), 'Kept in memory')), errors });
    expect(element.getPlan().title).to.equal('Kept in memory');
    element.updateItem('discovery', { owner: 'Not written over the newer plan' });
    await element.flush().catch(() => undefined);
    expect(await get(id, rawStore)).to.deep.equal(newer);
    expect((await keys(rawStore)).filter((key) => String(key).startsWith(`${id}:`))).to.deep.equal([]);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['newer-version']);
    expect(ownerOf(element.getPlan(), 'discovery'), 'the edit is kept in memory').to.equal(
      'Not written over the newer plan',
    );
  });

  it("leaves a newer version's save announced on the channel alone, reporting it once however often it is announced", async () => {
    const id = fresh('newer-channel');
    const errors: MapErrorEvent[] = [];
    const element = await mount(id, { errors });
    element.plan = samplePlan(id);
    await element.flush();
    const newer = {
      schema: 2,
      savedAt: '2030-01-01T00:00:00.000Z',
      revision: 9,
      plan: { ...samplePlan(id), version: 2 },
    };
    await set(id, newer, rawStore);
    const otherTab = new BroadcastChannel(CHANNEL_NAME);
    for (let round = 0; round < 2; round += 1)
      otherTab.postMessage({ planId: id, savedAt: newer.savedAt, sender: 'newer-tab' });
    otherTab.close();
    await waitUntil(() => errors.length > 0, 'the newer save is noticed');
    element.updateItem('discovery', { owner: 'Kept here only' });
    await element.flush().catch(() => undefined);
    expect(await get(id, rawStore)).to.deep.equal(newer);
    expect((await keys(rawStore)).filter((key) => String(key).includes(':corrupt:'))).to.deep.equal([]);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['newer-version']);
  });

  for (const withSrc of [true, false]) {
    it(`keeps one side copy of a corrupt value ${withSrc ? 'and starts from src' : 'with nothing to fall back to'}, however often it is read`, async () => {
      const id = fresh(withSrc ? 'corrupt-src' : 'corrupt');
      const bad = {
        schema: 1,
        savedAt: '2026-03-01T00:00:00Z',
        plan: { ...samplePlan(id), items: [{ id: 'x', start: '2026-02-30' }] },
      };
      await set(id, bad, rawStore);
      for (let reload = 0; reload < 3; reload += 1) {
        const errors: MapErrorEvent[] = [];
        const element = await mount(id, { errors });
        expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-plan']);
        expect(element.getPlan().items).to.have.length(0);
        element.parentElement!.remove();
      }
      expect(await get(id, rawStore)).to.deep.equal(bad);
      expect((await keys(rawStore)).filter((key) => String(key).startsWith(`${id}:corrupt:`))).to.have.length(1);
      if (withSrc) {
        const errors: MapErrorEvent[] = [];
        const element = await mount(id, { src: asSrc(samplePlan(id)), errors });
        expect(element.getPlan().items.length, 'src is shown and saved in its place').to.equal(
          samplePlan(id).items.length,
        );
        expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-plan']);
        expect((await keys(rawStore)).filter((key) => String(key).startsWith(`${id}:corrupt:`))).to.have.length(1);
      }
    });
  }
});

describe('<map-timeline> two tabs on one plan', () => {
  async function pair(id: string): Promise<[MapTimeline, MapTimeline]> {
    const first = await mount(id);
    first.plan = samplePlan(id);
    await first.flush();
    const second = await mount(id);
    return [first, second];
  }
  const storedPlan = async (id: string) => ((await get(id, rawStore)) as { plan: Plan }).plan;

  it('never loses an edit when both tabs edit different steps and flush at once (20 rounds)', async function () {
    this.timeout(60_000);
    const id = uniqueId('race');
    try {
      const [first, second] = await pair(id);
      for (let round = 0; round < 20; round += 1) {
        first.updateItem('discovery', { owner: `First ${round}` });
        second.updateItem('tailored-demo', { owner: `Second ${round}` });
        await Promise.all([first.flush(), second.flush()]);
        const expected = (plan: Plan) =>
          ownerOf(plan, 'discovery') === `First ${round}` && ownerOf(plan, 'tailored-demo') === `Second ${round}`;
        await waitUntil(
          () => expected(first.getPlan()) && expected(second.getPlan()),
          `round ${round}: both tabs hold both edits`,
        );
        expect(expected(await storedPlan(id)), `round ${round}: storage holds both edits`).to.equal(true);
      }
      // Undo still works after the other tab's changes, and undoes only this tab's own.
      expect(first.undo()).to.equal(true);
      expect(ownerOf(first.getPlan(), 'discovery')).to.equal('First 18');
      expect(ownerOf(first.getPlan(), 'tailored-demo')).to.equal('Second 19');
    } finally {
      await cleanUp(id);
    }
  });

  it('merges edits of the same step field by field, and the tabs converge (10 rounds)', async function () {
    this.timeout(60_000);
    const id = uniqueId('race-same');
    try {
      const [first, second] = await pair(id);
      for (let round = 0; round < 10; round += 1) {
        first.updateItem('discovery', { owner: `Owner ${round}` });
        second.updateItem('discovery', { title: `Title ${round}` });
        await Promise.all([first.flush(), second.flush()]);
        const expected = (plan: Plan) => {
          const step = plan.items.find((item) => item.id === 'discovery')!;
          return step.owner === `Owner ${round}` && step.title === `Title ${round}`;
        };
        await waitUntil(
          () => expected(first.getPlan()) && expected(second.getPlan()),
          `round ${round}: both tabs hold both fields`,
        );
        expect(expected(await storedPlan(id))).to.equal(true);
      }
    } finally {
      await cleanUp(id);
    }
  });
});

describe('<map-timeline> what hosts are handed', () => {
  it("cannot reach the element's state through detail.changes, detail.plan, el.plan or getPlan()", async () => {
    const element = await mount(uniqueId('mutation'));
    element.plan = samplePlan('mutation');
    const changes = record<CustomEvent>(element, 'map-change');
    element.updateItem('discovery', { owner: 'Dana Lee' });
    const detail = changes[0]!.detail;
    expect(() => {
      detail.changes[0].after.owner = 'Hacked';
    }).to.throw(TypeError);
    expect(() => detail.changes.push({ at: '', op: 'update' })).to.throw(TypeError);
    detail.plan.title = 'Changed in the event';
    detail.plan.items.pop();
    expect(() => element.plan.log!.push({ at: '12345', op: 'update' })).to.throw(TypeError);
    expect(() => {
      (element.plan.items[0] as { title: string }).title = 'x';
    }).to.throw(TypeError);
    const copy = element.getPlan();
    copy.items.length = 0;
    copy.log!.length = 0;
    const plan = element.getPlan();
    expect(plan.title).to.equal(samplePlan('mutation').title);
    expect(plan.items).to.have.length(samplePlan('mutation').items.length);
    expect(plan.log!.at(-1)!.after).to.deep.equal({ owner: 'Dana Lee' });
    expect(JSON.parse(element.exportJSON()).items[0].owner).to.equal('Dana Lee');
    element.updateItem('discovery', { owner: 'Positive control' }); // later edits still validate and apply
    expect(element.undo()).to.equal(true);
    expect(ownerOf(element.getPlan(), 'discovery')).to.equal('Dana Lee');
  });
});
