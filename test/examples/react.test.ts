import { expect } from '@open-wc/testing';
import type { LogEntry, MapTimeline, Plan } from 'map-timeline';
import { createElement } from 'react';
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
});
