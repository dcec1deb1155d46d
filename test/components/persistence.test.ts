import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent, MapErrorEvent, MapLoadEvent } from '../../src/events.js';
import { MemoryPlanStore, type PlanStore } from '../../src/io/plan-store.js';
import { set } from 'idb-keyval';
import { FailingStore, rawStore, samplePlan, freshIds } from '../io/storage-fixtures.js';
import { get } from 'idb-keyval';

const rawTitle = async (id: string) =>
  ((await get(id, rawStore)) as { plan?: { items: { title: string }[] } } | undefined)?.plan?.items[0]?.title;
import { dates } from '../support/plan-builders.js';
import { record } from '../support/input.js';

async function mount(planId: string, options: { src?: string; store?: PlanStore } = {}): Promise<MapTimeline> {
  const element = document.createElement('map-timeline');
  element.today = '2026-03-10';
  element.zoom = 'month';
  if (options.store) element.store = options.store;
  if (options.src) element.src = options.src;
  element.planId = planId;
  await fixture(html`<div style="width:1000px">${element}</div>`);
  // Loaded from storage or src (map-load), or found nothing stored: either way the load has finished then.
  await element.flush();
  return element;
}

describe('<map-timeline> storage', () => {
  const fresh = freshIds();

  it('keeps an edit across a reload (a new element on the same plan-id)', async () => {
    const id = fresh('reload');
    const first = await mount(id, {
      src: 'data:application/json,' + encodeURIComponent(JSON.stringify(samplePlan(id))),
    });
    first.updateItem('security-review', { title: 'Security review (SOC 2)' });
    await first.flush();
    first.remove();
    const second = await mount(id);
    expect(second.getPlan().items.find((item) => item.id === 'security-review')!.title).to.equal(
      'Security review (SOC 2)',
    );
  });

  it('announces where a plan came from: src first, storage after that', async () => {
    const id = fresh('load-source');
    const src = 'data:application/json,' + encodeURIComponent(JSON.stringify(samplePlan(id)));
    const element = document.createElement('map-timeline');
    const loads = record<MapLoadEvent>(element, 'map-load');
    element.src = src;
    element.planId = id;
    const loaded = oneEvent(element, 'map-load'); // listen first: the load may finish before the fixture resolves
    await fixture(html`<div>${element}</div>`);
    await loaded;
    await element.flush();
    expect(loads.map((event) => event.detail.from)).to.deep.equal(['src']);
    const again = await mount(id, { src });
    expect(again.getPlan().title).to.equal(samplePlan(id).title);
  });

  it('loses nothing when the page is hidden right after rapid edits', async () => {
    const id = fresh('pagehide');
    const element = await mount(id);
    element.plan = samplePlan(id);
    for (let days = 1; days <= 8; days += 1) element.updateItem('discovery', { title: `Discovery ${days}` });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await element.saved;
    element.remove();
    const reloaded = await mount(id);
    expect(reloaded.getPlan().items[0]!.title).to.equal('Discovery 8');
    expect(reloaded.getPlan().log!.length).to.equal(8);
  });

  it('keeps two elements on the same plan-id in sync, merging edits by step', async () => {
    const id = fresh('sync');
    const left = await mount(id);
    left.plan = samplePlan(id);
    await left.flush();
    const right = await mount(id);
    const remote = record<MapChangeEvent>(right, 'map-change');
    left.updateItem('discovery', { owner: 'Left' });
    await left.flush();
    await waitUntil(
      () => right.getPlan().items.find((item) => item.id === 'discovery')!.owner === 'Left',
      'the other element takes the saved edit',
    );
    const fromElsewhere = remote.filter((event) => event.detail.source === 'remote');
    expect(fromElsewhere.length).to.be.greaterThan(0);
    expect(fromElsewhere[0]!.detail.changes.map((change) => change.itemId)).to.include('discovery');

    right.updateItem('tailored-demo', { owner: 'Right' }); // pending, not yet saved
    left.updateItem('reference-call', { owner: 'Left again' });
    const owner = (element: MapTimeline, id: string) => element.getPlan().items.find((item) => item.id === id)!.owner;
    await left.flush();
    // The other element merges the saved edit into its own pending one, then saves both.
    await waitUntil(() => owner(right, 'reference-call') === 'Left again', 'the pending side takes the saved edit');
    await right.flush();
    await waitUntil(
      () =>
        [left, right].every(
          (element) => owner(element, 'tailored-demo') === 'Right' && owner(element, 'reference-call') === 'Left again',
        ),
      'both elements hold both edits',
    );
    for (const element of [left, right]) {
      const owners = Object.fromEntries(element.getPlan().items.map((item) => [item.id, item.owner]));
      expect(owners['tailored-demo']).to.equal('Right');
      expect(owners['reference-call']).to.equal('Left again');
    }
  });

  it('keeps a corrupt stored plan under a side key, reports it, and starts from src', async () => {
    const id = fresh('corrupt');
    const bad = {
      schema: 1,
      savedAt: '2026-03-01T00:00:00Z',
      plan: { ...samplePlan(id), items: [{ id: 'x', start: '2026-02-30' }] },
    };
    await set(id, bad, rawStore);
    const element = document.createElement('map-timeline');
    const errors = record<MapErrorEvent>(element, 'map-error');
    element.src = 'data:application/json,' + encodeURIComponent(JSON.stringify(samplePlan(id)));
    element.planId = id;
    const loaded = oneEvent(element, 'map-load');
    await fixture(html`<div>${element}</div>`);
    await loaded;
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-plan']);
    expect(errors[0]!.detail.message).to.match(/kept under ".*:corrupt:/);
    const { keys, get } = await import('idb-keyval');
    const side = (await keys(rawStore)).find((key) => String(key).startsWith(`${id}:corrupt:`));
    expect(await get(side!, rawStore)).to.deep.equal(bad);
    expect(element.getPlan().items.length).to.equal(samplePlan(id).items.length);
  });

  it('keeps editing in memory with one map-error when storage is unavailable', async () => {
    const store = new FailingStore(() => new DOMException('blocked', 'InvalidStateError'));
    const element = document.createElement('map-timeline');
    const errors = record<MapErrorEvent>(element, 'map-error');
    element.store = store;
    element.planId = 'anything';
    await fixture(html`<div>${element}</div>`);
    element.plan = samplePlan('anything');
    element.updateItem('discovery', { title: 'Still works' });
    element.updateItem('discovery', { title: 'Still works twice' });
    // Nothing is durable, and flush says so; the edits are kept (and retried) in memory.
    const failure = await element.flush().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).to.contain('not saved yet');
    await waitUntil(() => errors.length > 0, 'the failure is reported');
    expect(element.getPlan().items[0]!.title).to.equal('Still works twice');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['storage-unavailable']);
  });

  it('reports a missing src (404) and invalid JSON with their codes', async () => {
    for (const [src, code] of [
      ['/no-such-plan.json', 'fetch-failed'],
      ['data:application/json,{"version":1,', 'invalid-plan'],
    ] as const) {
      const element = document.createElement('map-timeline');
      element.store = new MemoryPlanStore();
      element.src = src;
      element.planId = `src-${code}`;
      setTimeout(() => fixture(html`<div>${element}</div>`));
      const error = (await oneEvent(element, 'map-error')) as MapErrorEvent;
      expect(error.detail.code).to.equal(code);
      expect(error.detail.message).to.contain(src.slice(0, 20));
    }
  });

  it('switching plan-id on a live element shows the stored plan and never overwrites it', async () => {
    const id = fresh('switch');
    const first = await mount(id);
    first.plan = samplePlan(id);
    first.updateItem('discovery', { title: 'Stored edit' });
    await first.flush();
    const element = await mount(fresh('other'));
    element.plan = { ...samplePlan('other'), title: 'Other plan' };
    await element.flush();
    const loaded = oneEvent(element, 'map-load');
    element.planId = id;
    element.plan = { ...samplePlan('other'), title: 'Set by the host' };
    await loaded;
    await element.updateComplete;
    await element.flush();
    expect(element.getPlan().items[0]!.title).to.equal('Stored edit');
    const again = await mount(id);
    expect(again.getPlan().items[0]!.title).to.equal('Stored edit');
  });

  it('keeps its undo history when it is moved in the page', async () => {
    const id = fresh('move');
    const element = await mount(id);
    element.plan = samplePlan(id);
    element.updateItem('discovery', { title: 'Before the move' });
    const loads = record<MapLoadEvent>(element, 'map-load');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(element);
    await element.updateComplete;
    await element.flush();
    expect(loads.length).to.equal(0);
    element.updateItem('discovery', { title: 'After the move' }); // positive control: it still edits and saves
    await element.flush();
    expect(await rawTitle(id)).to.equal('After the move');
    expect(element.undo()).to.equal(true);
    other.remove();
  });

  it('lets a host keep plans in its own store', async () => {
    const store = new MemoryPlanStore();
    const element = await mount('hosted', { store });
    element.plan = samplePlan('hosted');
    element.updateItem('discovery', { status: 'in-progress' });
    await element.flush();
    expect(store.keys()).to.deep.equal(['hosted']);
    expect(dates(((await store.load('hosted')) as { plan: never }).plan)).to.deep.equal(dates(element.getPlan()));
  });
});
