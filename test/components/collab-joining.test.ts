import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent, MapLoadEvent } from '../../src/events.js';
import {
  collabServer,
  dealPlan,
  itemOf,
  join,
  live,
  newRoom,
  notice,
  sellerAndViewer,
  token,
} from '../support/collab-pages.js';

// What a page shows and says when it joins a shared plan, and when it may only read it (real server).

const announced = (element: MapTimeline): string =>
  element.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';

describe('joining a shared plan', () => {
  it('shows the room’s plan to a buyer who joins as a load, not as an edit by the seller', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    const buyer = await fixture<MapTimeline>(html`<map-timeline today="2026-03-10"></map-timeline>`);
    const heard: string[] = [];
    buyer.addEventListener('map-load', (event) => heard.push(`load ${(event as MapLoadEvent).detail.from}`));
    buyer.addEventListener('map-change', (event) => heard.push(`change ${(event as MapChangeEvent).detail.source}`));
    buyer.collab = await collabServer();
    buyer.planId = room;
    buyer.collabToken = await token({ room, side: 'buyer' });
    buyer.user = { name: 'Bea Buyer', color: '#db2777' };
    await live(buyer);
    await waitUntil(() => buyer.plan.items.length === 3, 'the buyer has the plan');
    await buyer.updateComplete;
    expect(heard).to.deep.equal(['load room']);
    expect(buyer.plan.log ?? []).to.deep.equal([]);
    expect(announced(buyer)).to.equal('');
    // Positive control: the seller's next edit is a change, announced and logged as the seller's.
    seller.updateItem('b', { start: '2026-03-10', end: '2026-03-16' });
    await waitUntil(() => itemOf(buyer, 'b')?.start === '2026-03-10', 'the edit arrives');
    await buyer.updateComplete;
    expect(heard).to.deep.equal(['load room', 'change remote']);
    expect(announced(buyer)).to.match(/^Changed elsewhere: B moved to /);
    expect(buyer.plan.log?.map((entry) => `${entry.op} ${entry.itemId} ${entry.by}`)).to.deep.equal([
      'update b Sam Seller',
    ]);
  });

  it('undoes an edit on a page with a read-only token at once and says why; nobody else sees it', async () => {
    const { seller, viewer } = await sellerAndViewer();
    expect(viewer.readonly).to.equal(true);
    viewer.updateItem('b', { title: 'Changed by a viewer' });
    await waitUntil(() => itemOf(viewer, 'b')?.title === 'B', 'the viewer’s edit is undone');
    await viewer.updateComplete;
    expect(notice(viewer)).to.equal('You can view this plan but not change it: your change was undone.');
    // Positive control: the viewer still follows the room, and the seller never had the viewer's title.
    seller.updateItem('c', { title: 'Changed by the seller' });
    await waitUntil(() => itemOf(viewer, 'c')?.title === 'Changed by the seller', 'the seller’s edit arrives');
    expect(itemOf(viewer, 'b')?.title).to.equal('B');
    expect(itemOf(seller, 'b')?.title).to.equal('B');
  });

  it('waits, read-only, for the seller’s plan when a buyer opens the room first', async () => {
    const room = newRoom();
    const buyer = await join({ room, side: 'buyer' });
    const root = buyer.shadowRoot!;
    await buyer.updateComplete;
    // Before the server has answered, the room may hold a plan: the page says it is opening it, not waiting for it.
    expect(root.querySelector('.empty')?.textContent).to.contain('Opening the shared plan');
    await live(buyer);
    await buyer.updateComplete;
    expect(root.querySelector('.empty')?.textContent).to.contain('Waiting for the shared plan');
    expect(root.querySelector('.add-lane'), 'no lane to add meanwhile').to.equal(null);

    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    await waitUntil(() => buyer.plan.items.length === 3, 'the seller’s plan arrives');
    await buyer.updateComplete;
    // The control: with the plan there, the buyer edits, and the seller sees it.
    expect(root.querySelector('.empty'), 'no waiting card').to.equal(null);
    expect(root.querySelector('.add-lane'), 'lanes can be added').to.not.equal(null);
    buyer.updateItem('b', { title: 'Renamed by the buyer' });
    await waitUntil(() => itemOf(seller, 'b')?.title === 'Renamed by the buyer', 'the buyer’s edit reaches the seller');
  });
});
