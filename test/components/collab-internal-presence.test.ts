import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { SECRET_TITLE, dealPlan, join, live, newRoom, othersShown, recordSockets } from '../support/collab-pages.js';
import { settle, stepNode } from '../support/element.js';
import { center, drag, frame } from '../support/input.js';

// Internal steps' presence travels in the seller-only room: a colleague sees it, the buyer's connection never does.

const ANN_GREEN = 'rgb(22, 163, 74)';
const mark = (page: MapTimeline, kind: 'outline' | 'ghost') =>
  page.shadowRoot!.querySelector<HTMLElement>(`.presence-overlay .peer-${kind}[data-person="Ann Seller"]`);

/** Two sellers live in a new room: Ann, who seeded it with the deal, and Ben, once he holds its internal step too. */
async function twoSellers(room: string): Promise<[MapTimeline, MapTimeline]> {
  const ann = await join({ room, side: 'seller', plan: dealPlan(), name: 'Ann Seller', color: '#16a34a' });
  await live(ann);
  const ben = await join({ room, side: 'seller', name: 'Ben Seller' });
  await live(ben);
  await waitUntil(() => ben.plan.items.length === 4, 'the colleague gets the internal step too');
  return [ann, ben];
}

describe('presence on internal steps', () => {
  it('shows a seller’s selection and drag of an internal step to another seller, and never to the buyer', async () => {
    const room = newRoom();
    const [ann, ben] = await twoSellers(room);
    const sockets = recordSockets(); // sockets opened from here on are the buyer's
    try {
      const buyer = await join({ room, side: 'buyer' });
      await live(buyer);
      await waitUntil(() => othersShown(ben).length === 2, 'the colleague sees both others');

      ann.selectedIds = ['memo'];
      await waitUntil(() => mark(ben, 'outline'), 'the colleague sees the outline on the internal step');
      const outline = mark(ben, 'outline')!.getBoundingClientRect();
      const memo = stepNode(ben, 'memo').getBoundingClientRect();
      expect(mark(ben, 'outline')!.style.borderColor).to.equal(ANN_GREEN);
      expect(outline.left).to.be.closeTo(memo.left - 3, 1);
      expect(outline.top).to.be.closeTo(memo.top - 3, 1);
      expect(outline.width).to.be.closeTo(memo.width + 6, 1);
      // One avatar per person, though each seller is in both rooms.
      expect(othersShown(ben)).to.have.members(['Ann Seller', 'Bea Buyer']);
      expect(othersShown(ben)).to.have.length(2);
      expect(othersShown(ann)).to.have.members(['Ben Seller', 'Bea Buyer']);
      expect(othersShown(ann)).to.have.length(2);

      // Selecting opened the step panel beside the timeline (its code loads on first use): press where the step is
      // once the panel is drawn, not where it was before.
      await settle(ann);
      const [x, y] = center(stepNode(ann, 'memo'));
      await drag(ann, [x, y], [x + 60, y], { release: false });
      try {
        // The ghost may first arrive from the press, before the step moved: wait for it to follow the drag.
        const moved = () =>
          (mark(ben, 'ghost')?.getBoundingClientRect().left ?? -Infinity) >
          stepNode(ben, 'memo').getBoundingClientRect().left;
        await waitUntil(moved, 'the colleague sees the drag ghost where the step is dragged', { timeout: 5000 });
        const ghost = mark(ben, 'ghost')!;
        expect(ghost.style.borderColor).to.equal(ANN_GREEN);
        expect(ghost.textContent).to.equal('Ann Seller');
      } finally {
        await sendMouse({ type: 'up' });
      }

      // Positive control: a shared step's selection does reach the buyer, over the same connection.
      ann.selectedIds = ['a'];
      await waitUntil(() => mark(buyer, 'outline'), 'the buyer sees the selection of a shared step');
      const text = sockets.received.join('\n');
      expect(text).to.contain('"selected":["a"]');
      expect(text).not.to.contain('"memo"');
      expect(text).not.to.contain(SECRET_TITLE);
      expect(buyer.shadowRoot!.querySelectorAll('.presence-overlay > *')).to.have.length(1);
    } finally {
      sockets.stop();
    }
  });

  /** Ann holds a drag of step a while `meanwhile` happens; Ben must still see her drag after it. */
  async function dragShownThrough(meanwhile: (ann: MapTimeline, ben: MapTimeline) => Promise<void>): Promise<void> {
    const [ann, ben] = await twoSellers(newRoom());
    const [x, y] = center(stepNode(ann, 'a'));
    await drag(ann, [x, y], [x + 60, y], { release: false });
    try {
      const ghost = () => ben.shadowRoot!.querySelector('.presence-overlay .peer-ghost[data-person="Ann Seller"]');
      await waitUntil(ghost, 'the colleague sees the drag', { timeout: 5000 });
      await meanwhile(ann, ben);
      await frame();
      await frame();
      await frame();
      expect(ghost(), 'the drag is still shown').to.exist;
    } finally {
      await sendMouse({ type: 'up' });
    }
  }

  it('draws the others’ selection over the steps but under the lane heads and axis, where scrolled steps go', async () => {
    const [ann, ben] = await twoSellers(newRoom());
    ann.selectedIds = ['a'];
    await waitUntil(() => ben.shadowRoot!.querySelector('.peer-outline[data-person="Ann Seller"]'), 'the selection');
    const layer = (selector: string) => Number(getComputedStyle(ben.shadowRoot!.querySelector(selector)!).zIndex);
    const outline = layer('.peer-outline');
    expect(outline, 'over the steps').to.be.greaterThan(0);
    expect(outline, 'under the lane heads').to.be.lessThan(layer('.heads'));
    expect(outline, 'under the axis').to.be.lessThan(layer('.axis'));
  });

  it('keeps showing a drag to the others when the selection changes during it', () =>
    dragShownThrough(async (ann, ben) => {
      ann.selectedIds = ['a', 'b']; // a selection made while the drag goes on, as a key or an API call may make
      await waitUntil(() => ben.shadowRoot!.querySelector('.peer-outline[data-person="Ann Seller"]'), 'the selection');
    }));

  it('keeps showing a drag to the others when someone else’s edit arrives during it', () =>
    dragShownThrough(async (ann, ben) => {
      ben.updateItem('c', { title: 'Renamed by Ben' });
      await waitUntil(() => ann.plan.items.find((item) => item.id === 'c')?.title === 'Renamed by Ben', 'the edit');
    }));
});
