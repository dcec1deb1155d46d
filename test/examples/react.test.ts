import { expect, waitUntil } from '@open-wc/testing';
import type { LogEntry, MapTimeline, Plan } from 'map-timeline';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { PlanTimeline } from '../../examples/react/PlanTimeline.js';
import { settle } from '../support/element.js';
import { acmePlan, container } from './acme.js';

describe('examples/react/PlanTimeline.tsx', () => {
  let box: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    box = container();
    root = createRoot(box);
  });
  afterEach(() => {
    root.unmount();
    box.remove();
  });

  it('passes the plan as a property, draws its steps, and reports an edit through onChange', async () => {
    const plan = await acmePlan();
    const calls: Array<[Plan, LogEntry[]]> = [];
    flushSync(() => root.render(createElement(PlanTimeline, { plan, onChange: (...args) => calls.push(args) })));
    const element = box.querySelector<MapTimeline>('map-timeline')!;
    await settle(element);
    expect(element.hasAttribute('plan')).to.equal(false);
    expect(element.getPlan().title).to.equal(plan.title);
    expect(element.audience).to.equal('seller');
    expect(element.shadowRoot!.querySelectorAll('[data-item-id]')).to.have.length(plan.items.length);

    element.updateItem('demo', { title: 'Tailored demo (on site)' });
    expect(calls).to.have.length(1);
    const [next, changes] = calls[0]!;
    expect(next.items.find((item) => item.id === 'demo')!.title).to.equal('Tailored demo (on site)');
    expect(changes.map((entry) => [entry.op, entry.itemId])).to.deep.equal([['update', 'demo']]);
  });

  it('follows new props: audience, and a new onChange replacing the old listener', async () => {
    const plan = await acmePlan();
    const first: Plan[] = [];
    const second: Plan[] = [];
    flushSync(() => root.render(createElement(PlanTimeline, { plan, onChange: (next) => first.push(next) })));
    flushSync(() =>
      root.render(createElement(PlanTimeline, { plan, audience: 'buyer', onChange: (next) => second.push(next) })),
    );
    const element = box.querySelector<MapTimeline>('map-timeline')!;
    await settle(element);
    expect(element.audience).to.equal('buyer');
    element.updateItem('sow', { owner: 'Dana Lee' });
    expect(first).to.have.length(0);
    expect(second.map((next) => next.items.find((item) => item.id === 'sow')!.owner)).to.deep.equal(['Dana Lee']);
  });

  it('keeps edits and undo when the plan from onChange is passed back; a different plan is loaded afresh', async () => {
    const plan = await acmePlan();
    const render = (shown: Plan) =>
      flushSync(() => root.render(createElement(PlanTimeline, { plan: shown, onChange: () => {} })));
    render(plan);
    const element = box.querySelector<MapTimeline>('map-timeline')!;
    element.updateItem('sow', { owner: 'Dana Lee' });
    render(plan);
    expect(element.getPlan().items.find((item) => item.id === 'sow')!.owner).to.equal('Dana Lee');
    render(element.getPlan()); // the usual state round trip: an equal plan is ignored
    expect(element.undo()).to.equal(true);
    expect(element.getPlan().items.find((item) => item.id === 'sow')!.owner).to.equal(
      plan.items.find((item) => item.id === 'sow')!.owner,
    );
    render({ ...plan, title: 'Another deal' });
    expect(element.getPlan().title).to.equal('Another deal');
    expect(element.undo()).to.equal(false);
  });

  it('lets a map-load or map-error handler set state on the first mount, without a React error', async () => {
    const plan = await acmePlan();
    function Loaded({ shown }: { shown: unknown }) {
      const [heard, setHeard] = useState('nothing');
      return createElement(
        'div',
        null,
        createElement('map-timeline', {
          plan: shown,
          'onmap-load': (event: CustomEvent<{ from: string }>) => setHeard(`load from ${event.detail.from}`),
          'onmap-error': (event: CustomEvent<{ code: string }>) => setHeard(`error ${event.detail.code}`),
        }),
        createElement('output', null, heard),
      );
    }
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      for (const [shown, said] of [
        [plan, 'load from property'],
        [{ ...plan, version: 7 }, 'error invalid-plan'],
      ] as const) {
        flushSync(() => root.render(createElement(Loaded, { shown, key: said })));
        const element = box.querySelector<MapTimeline>('map-timeline')!;
        await settle(element);
        await waitUntil(() => box.querySelector('output')!.textContent === said, `the handler said "${said}"`);
      }
    } finally {
      console.error = error;
    }
    expect(logged).to.deep.equal([]);
  });
});
