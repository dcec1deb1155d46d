import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { connection, dealPlan, join, live, newRoom, notice, sellerAndBuyer, token } from '../support/collab-pages.js';
import { offlineCopyName } from '../../src/collab/session.js';
import { shadow } from '../support/element.js';

// When the seller stops sharing, a buyer's page open on the room keeps the plan, read-only. A buyer who reloads then
// gets the same: the plan this browser kept of the room, not an empty page waiting for a plan that will never come.

const ENDED = 'The seller stopped sharing this plan: it stays here as it was, read-only.';

async function endSharing(room: string): Promise<void> {
  const seller = await token({ room, side: 'seller' });
  const answer = await fetch(`/collab/end?room=${encodeURIComponent(room)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${seller}` },
  });
  expect(answer.ok, 'the server ends the room').to.equal(true);
}

/** Deletes a database once the pages that had it open have let it go. */
const deleted = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

const titles = (element: MapTimeline) => element.plan.items.map((item) => item.title);

describe('a buyer in a room whose sharing ended', () => {
  afterEach(() => fixtureCleanup());

  it('shows the plan kept in this browser, read-only, after a reload', async () => {
    const { room, seller, buyer } = await sellerAndBuyer();
    seller.collab = undefined;
    await endSharing(room);
    await waitUntil(() => notice(buyer) === ENDED, 'the open page is told');
    expect(buyer.readonly).to.equal(true);

    // The reload: the page goes, and a new one opens the same room.
    buyer.remove();
    const again = await join({ room, side: 'buyer' });
    await waitUntil(() => connection(again) === 'Not shared', 'the server refuses the new page');
    await waitUntil(() => again.plan.items.length === 3, 'the plan kept in this browser shows');
    expect(titles(again)).to.deep.equal(['A', 'B', 'C']);
    expect(again.readonly).to.equal(true);
    expect(notice(again)).to.equal(ENDED);
    expect(shadow(again).textContent).not.to.contain('Waiting for the shared plan');
  });
  it('says sharing ended, and not that a plan is on its way, when this browser kept no copy', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    seller.remove();
    await endSharing(room);
    await deleted(offlineCopyName(room));
    const buyer = await join({ room, side: 'buyer' });
    await waitUntil(() => notice(buyer) === ENDED, 'the page is told');
    expect(buyer.plan.items).to.deep.equal([]);
    expect(shadow(buyer).textContent).not.to.contain('Waiting for the shared plan');
  });
});
