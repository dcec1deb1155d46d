import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { sellerAndBuyer, startOf } from '../support/collab-pages.js';
import { settle, shadow, stepNode } from '../support/element.js';

// A colleague's live edit redraws this page while someone here works with the keyboard.

const order = (element: MapTimeline) =>
  [...shadow(element).querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id'));

describe('keyboard focus while a live edit reorders a lane', () => {
  it('stays on the focused step when the edit moves its node, and is not taken when it was elsewhere', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    await settle(buyer);
    expect(order(buyer)).to.deep.equal(['a', 'c', 'b']);
    stepNode(buyer, 'a').focus();
    expect(shadow(buyer).activeElement?.getAttribute('data-item-id')).to.equal('a');

    seller.updateItem('a', { start: '2026-03-23', end: '2026-03-27' });
    await waitUntil(() => startOf(buyer, 'a') === '2026-03-23', 'the move reaches the buyer');
    await settle(buyer);
    // Positive control: the render did move the focused step's node (after "c" in its lane).
    expect(order(buyer)).to.deep.equal(['c', 'a', 'b']);
    expect(shadow(buyer).activeElement?.getAttribute('data-item-id')).to.equal('a');
    expect(document.activeElement === buyer, 'focus is in the buyer’s element').to.equal(true);

    // Focus outside the element stays there when the next edit moves the same node back.
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      seller.updateItem('a', { start: '2026-03-02', end: '2026-03-06' });
      await waitUntil(() => startOf(buyer, 'a') === '2026-03-02', 'the move back reaches the buyer');
      await settle(buyer);
      expect(order(buyer)).to.deep.equal(['a', 'c', 'b']);
      expect(document.activeElement === outside, 'focus stays on the outside button').to.equal(true);
    } finally {
      outside.remove();
    }
  });

  it('moves to the lane neighbour when the focused step is removed elsewhere, then to the timeline', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    await settle(buyer);
    stepNode(buyer, 'c').focus();
    // Positive control: focus is on the step that goes.
    expect(shadow(buyer).activeElement?.getAttribute('data-item-id')).to.equal('c');

    seller.removeItem('c');
    await waitUntil(() => !buyer.plan.items.some((item) => item.id === 'c'), 'the removal reaches the buyer');
    await settle(buyer);
    expect(shadow(buyer).activeElement?.getAttribute('data-item-id'), 'the step before it in the lane').to.equal('a');
    expect(document.activeElement === buyer, 'focus is in the buyer’s element').to.equal(true);

    // The buyer's seller lane has nothing left (the seller's memo is internal): focus stays on the timeline.
    seller.removeItem('a');
    await waitUntil(() => !buyer.plan.items.some((item) => item.id === 'a'), 'the second removal reaches the buyer');
    await settle(buyer);
    expect(shadow(buyer).activeElement?.classList.contains('scroller'), 'the timeline holds focus').to.equal(true);
    expect(document.activeElement === buyer).to.equal(true);
  });
});
