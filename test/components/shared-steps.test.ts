import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { newItemId } from '../../src/model/new-item.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

const internalBox = (element: MapTimeline) => shadow(element).querySelector('.inspector [name="internal"]');

describe('<map-timeline> steps in a plan others share', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('offers the Internal box in the seller’s view only: a buyer would take a shared step from everyone', async () => {
    const plan = () => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13', 'a'] });
    const seller = await timelineWith(plan(), { zoom: 'week' });
    await click(seller, stepNode(seller, 'b'));
    expect(shadow(seller).querySelector('.inspector [name="title"]'), 'the panel is open').to.exist;
    expect(internalBox(seller), 'the control: the seller can hide a step').to.exist;

    const buyer = await timelineWith(plan(), { zoom: 'week', audience: 'buyer' });
    await click(buyer, stepNode(buyer, 'b'));
    expect(shadow(buyer).querySelector('.inspector [name="title"]'), 'the panel is open').to.exist;
    expect(internalBox(buyer) === null, 'no Internal box for the buyer').to.equal(true);
  });

  it('gives a step added to a live plan an id no one else picks for the same title', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'] });
    expect(newItemId(plan, 'New step'), 'the control: a plan kept alone gets readable ids').to.equal('new-step');
    const ids = new Set(Array.from({ length: 200 }, () => newItemId(plan, 'New step', { shared: true })));
    expect(ids.size, 'each pick is its own').to.equal(200);
    for (const id of ids) expect(id).to.match(/^new-step-[0-9a-z]{6}$/);

    // The element's own additions, once it is given a room to share the plan in (no server is needed to pick ids).
    const element = await timelineWith(plan, { zoom: 'week' });
    element.collab = 'ws://127.0.0.1:9/';
    element.planId = 'shared-ids';
    element.collabToken = 'token';
    await settle(element);
    const added = element.addItem({ title: 'Security review', partyId: 'buyer', start: '2026-03-09' });
    expect(added.id).to.match(/^security-review-[0-9a-z]{6}$/);
    element.collab = undefined;
    await settle(element);
    expect(element.addItem({ title: 'Security review', partyId: 'buyer' }).id, 'alone again').to.equal(
      'security-review',
    );
  });
});
