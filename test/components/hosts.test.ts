import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
// The full build of Vue, with its template compiler, as an app that writes templates uses it.
import { createApp, reactive, ref } from 'vue/dist/vue.cjs.js';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent } from '../../src/events.js';
import type { Plan } from '../../src/model/types.js';
import { cleanUp, rawStore, samplePlan, uniqueId, freshIds } from '../io/storage-fixtures.js';
import { get } from 'idb-keyval';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { record } from '../support/input.js';

const storedTitle = async (id: string): Promise<string | undefined> =>
  ((await get(id, rawStore)) as { plan?: Plan } | undefined)?.plan?.title;
const deal = (id: string, title: string): Plan => ({ ...samplePlan(id), title });

describe('<map-timeline> keyed steps', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('Delete after a horizontal scroll removes the focused step, and focus stays on it while it is scrolled away', async () => {
    // Thirty steps a week apart: at day zoom most of them are culled out of the DOM at any scroll position.
    const steps: Record<string, [string, string]> = {};
    for (let index = 0; index < 30; index += 1) {
      const day = String(1 + (index % 4) * 7).padStart(2, '0');
      steps[`s${index}`] = [
        `2026-${String(1 + Math.floor(index / 4)).padStart(2, '0')}-${day}`,
        `2026-${String(1 + Math.floor(index / 4)).padStart(2, '0')}-${day}`,
      ];
    }
    const element = await timelineWith(planOf(steps), { zoom: 'day', width: 900 });
    stepNode(element, 's1').focus();
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('s1');
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollLeft = scroller.scrollWidth / 2;
    await waitUntil(
      () => !shadow(element).querySelector('[data-item-id="s0"]'),
      'the first step is culled once scrolled away',
    );
    expect(shadow(element).activeElement?.getAttribute('data-item-id'), 'focus is still on the same step').to.equal(
      's1',
    );
    await sendKeys({ press: 'Delete' });
    await settle(element);
    const ids = element.getPlan().items.map((item) => item.id);
    expect(ids).to.not.include('s1');
    expect(ids).to.have.length(29);
  });
});

describe('<map-timeline> property order', () => {
  const fresh = freshIds();

  async function live(id: string, title: string): Promise<MapTimeline> {
    const element = document.createElement('map-timeline');
    element.planId = id;
    element.plan = deal(id, title);
    await fixture(html`<div style="width:900px;height:500px">${element}</div>`);
    await element.flush();
    expect(await storedTitle(id)).to.equal(title);
    return element;
  }

  for (const order of ['plan, then plan-id', 'plan-id, then plan']) {
    it(`${order} on a live element leaves the first deal intact and stores the second under its own id`, async () => {
      const first = fresh('first');
      const second = fresh('second');
      const element = await live(first, 'Acme deal');
      if (order === 'plan, then plan-id') {
        element.plan = deal(second, 'Globex deal');
        element.planId = second;
      } else {
        element.planId = second;
        element.plan = deal(second, 'Globex deal');
      }
      await element.flush();
      expect(element.getPlan().title).to.equal('Globex deal');
      expect(await storedTitle(first)).to.equal('Acme deal');
      expect(await storedTitle(second)).to.equal('Globex deal');
      element.updateItem('discovery', { title: 'Edited on Globex' });
      await element.flush();
      expect(((await get(second, rawStore)) as { plan: Plan }).plan.items[0]!.title).to.equal('Edited on Globex');
      expect(((await get(first, rawStore)) as { plan: Plan }).plan.items[0]!.title).to.equal('Discovery workshops');
    });
  }

  it('never saves the shown deal under a new plan-id that has nothing stored', async () => {
    const first = fresh('first');
    const empty = fresh('empty');
    const element = await live(first, 'Acme deal');
    element.planId = empty;
    await element.flush();
    expect(await storedTitle(empty)).to.equal(undefined);
    expect(element.getPlan().items).to.have.length(0);
    expect(await storedTitle(first), 'positive control: the first deal is still stored').to.equal('Acme deal');
  });

  it('from a React host that switches deals in one render', async () => {
    const first = fresh('react-a');
    const second = fresh('react-b');
    const box = document.createElement('div');
    box.style.cssText = 'width:900px;height:500px';
    document.body.append(box);
    const root = createRoot(box);
    try {
      const show = (id: string, title: string) =>
        flushSync(() => root.render(createElement('map-timeline', { 'plan-id': id, plan: deal(id, title) })));
      show(first, 'Acme deal');
      const element = box.querySelector<MapTimeline>('map-timeline')!;
      await element.flush();
      show(second, 'Globex deal');
      await element.flush();
      expect(await storedTitle(first)).to.equal('Acme deal');
      expect(await storedTitle(second)).to.equal('Globex deal');
    } finally {
      root.unmount();
      box.remove();
    }
  });

  it('from a Vue template that switches deals', async () => {
    const first = fresh('vue-a');
    const second = fresh('vue-b');
    const box = document.createElement('div');
    document.body.append(box);
    const current = ref({ id: first, plan: deal(first, 'Acme deal') });
    const app = createApp({
      template:
        '<div style="width:900px;height:500px"><map-timeline :plan-id="current.id" :plan="current.plan"></map-timeline></div>',
      setup: () => ({ current }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'map-timeline';
    app.mount(box);
    try {
      const element = box.querySelector<MapTimeline>('map-timeline')!;
      await element.flush();
      current.value = { id: second, plan: deal(second, 'Globex deal') };
      await waitUntil(() => element.getPlan().title === 'Globex deal');
      await element.flush();
      expect(await storedTitle(first)).to.equal('Acme deal');
      expect(await storedTitle(second)).to.equal('Globex deal');
    } finally {
      app.unmount();
      box.remove();
    }
  });
});

describe('<map-timeline> plans held in proxies', () => {
  it('renders and edits a Vue reactive() plan bound in a template', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const plan = reactive(deal('vue-reactive', 'Reactive deal'));
    const changes: MapChangeEvent[] = [];
    const app = createApp({
      template:
        '<div style="width:900px;height:500px"><map-timeline :plan="plan" @map-change="changed"></map-timeline></div>',
      setup: () => ({ plan, changed: (event: MapChangeEvent) => changes.push(event) }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'map-timeline';
    app.mount(box);
    try {
      const element = box.querySelector<MapTimeline>('map-timeline')!;
      await settle(element);
      expect(element.getPlan().title).to.equal('Reactive deal');
      expect(shadow(element).querySelectorAll('[data-item-id]').length).to.be.greaterThan(5);
      element.updateItem('discovery', { title: 'Edited' });
      expect(changes).to.have.length(1);
      expect(element.getPlan().items[0]!.title).to.equal('Edited');
      expect(plan.items[0]!.title, "the host's own object is never written to").to.equal('Discovery workshops');
    } finally {
      app.unmount();
      box.remove();
    }
  });

  it('accepts any data-like view: a proxy with traps, a frozen copy', async () => {
    const source = deal('proxy', 'Proxied deal');
    const trap = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (object, key) => {
          const value = Reflect.get(object, key);
          return typeof value === 'object' && value !== null ? trap(value) : value;
        },
      });
    const element = await timelineWith(trap(source));
    expect(element.getPlan().title).to.equal('Proxied deal');
    element.plan = Object.freeze(structuredClone({ ...source, title: 'Frozen deal' }));
    expect(element.getPlan().title).to.equal('Frozen deal');
  });

  it('refuses a plan that cannot be plan data with a map-error naming the path, keeping the old plan', async () => {
    const element = await timelineWith(deal('kept', 'Kept deal'));
    const errors = record<CustomEvent>(element, 'map-error');
    const circular = deal('circular', 'Circular') as Plan & { self?: unknown };
    circular.self = circular;
    const throwing = deal('throwing', 'Throwing');
    Object.defineProperty(throwing, 'title', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    for (const bad of [circular, throwing, { ...deal('big', 'Big'), size: 10n }]) element.plan = bad as Plan;
    expect(errors.map((event) => event.detail.message)).to.deep.equal([
      'self: refers back to itself (a circular reference)',
      'title: could not be read (Error: boom)',
      'size: 10n is a BigInt, which JSON cannot hold (use a number or a string)',
    ]);
    expect(element.getPlan().title).to.equal('Kept deal');
    element.plan = deal('good', 'Positive control');
    expect(element.getPlan().title).to.equal('Positive control');
  });
});

describe('<map-timeline> changes from another tab', () => {
  it("keep the undo of this tab's own change, and undo never undoes the other tab's", async () => {
    const id = uniqueId('remote-undo');
    try {
      const mount = async () => {
        const element = document.createElement('map-timeline');
        element.planId = id;
        const loaded = oneEvent(element, 'map-load');
        await fixture(html`<div style="width:900px;height:400px">${element}</div>`);
        await loaded;
        return element;
      };
      const seed = document.createElement('map-timeline');
      seed.planId = id;
      seed.plan = samplePlan(id);
      await fixture(html`<div>${seed}</div>`);
      await seed.flush();
      seed.remove();
      const mine = await mount();
      const theirs = await mount();
      mine.updateItem('discovery', { owner: 'Mine' });
      await mine.flush();
      await waitUntil(() => theirs.getPlan().items[0]!.owner === 'Mine', 'the other tab sees my change');
      const remote = oneEvent(mine, 'map-change');
      theirs.updateItem('tailored-demo', { owner: 'Theirs' });
      await theirs.flush();
      expect(((await remote) as MapChangeEvent).detail.source).to.equal('remote');
      expect(mine.canUndo, 'my undo step survives the remote change').to.equal(true);
      expect(mine.undo()).to.equal(true);
      const plan = mine.getPlan();
      expect(plan.items.find((item) => item.id === 'discovery')!.owner).to.equal('Maya Chen');
      expect(plan.items.find((item) => item.id === 'tailored-demo')!.owner, 'their change stays').to.equal('Theirs');
    } finally {
      await cleanUp(id);
    }
  });
});
