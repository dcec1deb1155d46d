import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { ZOOM_PRESETS } from '../../src/render/scale.js';
import { itemOf, notice, sellerAndBuyer } from '../support/collab-pages.js';
import { settle, stepNode } from '../support/element.js';
import { center, drag } from '../support/input.js';

// The pages are drawn at the day zoom (see join).
const DAY = ZOOM_PRESETS.day;

/** Starts dragging `id` on the page three days later, the button still down. */
async function holdDragged(element: MapTimeline, id: string): Promise<void> {
  stepNode(element, id).scrollIntoView({ block: 'center', inline: 'center' });
  await settle(element);
  const [x, y] = center(stepNode(element, id));
  await drag(element, [x, y], [x + 3 * DAY, y], { release: false });
}

describe('a step dragged on one page while another page changes it', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('lets the drag go, keeps the other person’s change and says so', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    await holdDragged(buyer, 'b');
    seller.updateItem('b', { start: '2026-03-16', end: '2026-03-20' });
    await waitUntil(() => itemOf(buyer, 'b')?.start === '2026-03-16', 'the buyer gets the seller’s move');
    await settle(buyer);
    expect(notice(buyer)).to.contain('Sam Seller changed "B" while you were dragging it');
    await sendMouse({ type: 'up' });
    await settle(buyer);
    // The release drops nothing: the seller's dates stand on both pages, without the buyer's three days on top.
    expect(itemOf(buyer, 'b')).to.deep.include({ start: '2026-03-16', end: '2026-03-20' });
    await settle(seller);
    expect(itemOf(seller, 'b')).to.deep.include({ start: '2026-03-16', end: '2026-03-20' });
  });

  it('goes on when the other page changes another step (the control)', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    await holdDragged(buyer, 'b');
    seller.updateItem('a', { title: 'Kick-off' });
    await waitUntil(() => itemOf(buyer, 'a')?.title === 'Kick-off', 'the buyer gets the seller’s rename');
    await sendMouse({ type: 'up' });
    await settle(buyer);
    expect(itemOf(buyer, 'b')).to.deep.include({ start: '2026-03-12', end: '2026-03-16' });
    await waitUntil(() => itemOf(seller, 'b')?.start === '2026-03-12', 'the seller gets the buyer’s drop');
  });
});
