import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import {
  SECRET_TITLE,
  collabServer,
  connection,
  dealPlan,
  itemOf,
  join,
  live,
  newRoom,
  notice,
  recordSockets,
  sellerAndBuyer,
  sellerAndViewer,
  startOf,
  storedText,
  token,
} from '../support/collab-pages.js';
import { planOf } from '../support/plan-builders.js';

// Two pages' elements in one test page, each with its own connection, against a real collaboration server that the
// test runner starts (scripts/collab-test-server.mjs).

let serverUrl: string;
before(async () => {
  serverUrl = await collabServer();
});

describe('live collaboration with a real server', () => {
  it('seeds an empty room from the seller; the buyer sees the plan without the internal step, anywhere', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    // Record what the buyer's connection receives (sockets opened from here on are the buyer's).
    const sockets = recordSockets();
    const { received } = sockets;
    try {
      const buyer = await join({ room, side: 'buyer' });
      await live(buyer);
      await waitUntil(() => buyer.plan.items.length === 3, 'the buyer gets the shared steps');
      expect(buyer.plan.items.map((item) => item.title)).to.deep.equal(['A', 'B', 'C']);
      expect(JSON.stringify(buyer.plan)).not.to.contain(SECRET_TITLE);
      // Live edits after the buyer joined (this page's elements share the room's offline copy, so the first plan
      // may come from there): a shared step's new title reaches the buyer's connection, the internal one's never.
      seller.updateItem('a', { title: 'Kickoff renamed' });
      seller.updateItem('memo', { title: 'Memo v2 secret' });
      await waitUntil(() => itemOf(buyer, 'a')?.title === 'Kickoff renamed', 'the rename reaches the buyer');
      expect(received.join('\n')).to.contain('Kickoff renamed'); // positive control: the messages carry the plan
      expect(received.join('\n')).not.to.contain(SECRET_TITLE);
      expect(received.join('\n')).not.to.contain('Memo v2 secret');
      expect(JSON.stringify(buyer.plan)).not.to.contain('Memo v2 secret');
      const buyerCopy = await storedText(`map-timeline-room:${room}`);
      expect(buyerCopy).to.contain('Seller Inc');
      expect(buyerCopy).not.to.contain(SECRET_TITLE);
      expect(buyerCopy).not.to.contain('Memo v2 secret');
      // Positive control: the seller has it, in the plan and in the internal room's offline copy.
      expect(itemOf(seller, 'memo')?.title).to.equal('Memo v2 secret');
      expect(await storedText(`map-timeline-room:${room}#internal`)).to.contain('Memo v2 secret');
      // Presence: each sees the other's name, as text.
      await waitUntil(
        () => seller.shadowRoot!.querySelector('.presence .name')?.textContent === 'Bea Buyer',
        'the seller sees the buyer',
      );
      expect(seller.exportSVG(), 'presence is never exported').not.to.contain('Bea Buyer');
    } finally {
      sockets.stop();
    }
  });

  it('keeps both of two concurrent moves of different steps, on both pages', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    seller.updateItem('a', { start: '2026-03-03', end: '2026-03-07' });
    buyer.updateItem('c', { start: '2026-03-18', end: '2026-03-24' });
    for (const page of [seller, buyer])
      await waitUntil(
        () => startOf(page, 'a') === '2026-03-03' && startOf(page, 'c') === '2026-03-18',
        'both moves arrive',
      );
    expect(itemOf(buyer, 'c')?.end).to.equal('2026-03-24');
    expect(itemOf(seller, 'a')?.end).to.equal('2026-03-07');
  });

  it('converges on one value when both move the same step at once, and tells the one whose move lost', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    // In one task: neither page has heard of the other's move when it makes its own.
    seller.updateItem('b', { start: '2026-03-10', end: '2026-03-16' });
    buyer.updateItem('b', { start: '2026-03-11', end: '2026-03-17' });
    await waitUntil(() => startOf(seller, 'b') === startOf(buyer, 'b'), 'both pages show the same dates');
    const sellerWon = startOf(seller, 'b') === '2026-03-10';
    expect(itemOf(seller, 'b')?.end).to.equal(sellerWon ? '2026-03-16' : '2026-03-17');
    const [loser, winner] = sellerWon ? [buyer, 'Sam Seller'] : [seller, 'Bea Buyer'];
    await waitUntil(() => notice(loser).includes(winner), 'the losing page is told who won');
    expect(notice(loser)).to.contain('"B" at the same time as you');
  });

  it('undoes only this page’s own change', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    seller.updateItem('a', { start: '2026-03-03', end: '2026-03-07' });
    buyer.updateItem('c', { start: '2026-03-18', end: '2026-03-24' });
    await waitUntil(() => startOf(seller, 'c') === '2026-03-18' && startOf(buyer, 'a') === '2026-03-03');
    expect(seller.undo()).to.equal(true);
    await waitUntil(() => startOf(buyer, 'a') === '2026-03-02', 'the undo reaches the buyer');
    expect(startOf(seller, 'a')).to.equal('2026-03-02');
    expect(startOf(seller, 'c')).to.equal('2026-03-18');
    expect(startOf(buyer, 'c')).to.equal('2026-03-18');
    await seller.updateComplete;
    expect(notice(seller), 'an undo that passed nothing over says nothing of it').not.to.contain('Undo went back');
  });

  it('says so when someone else deletes a step this page had selected, its details open', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    seller.selectedIds = ['b'];
    await seller.updateComplete;
    expect(seller.shadowRoot!.querySelector('.inspector'), 'the details are open').to.exist;
    // The control: deleting a step the seller had not selected is no news on the message line.
    buyer.removeItem('c');
    await waitUntil(() => !itemOf(seller, 'c'), 'the first deletion arrives');
    await seller.updateComplete;
    expect(notice(seller)).to.equal('');
    buyer.removeItem('b');
    await waitUntil(() => !itemOf(seller, 'b'), 'the second deletion arrives');
    await seller.updateComplete;
    // A deletion carries no author in the room (Yjs records who wrote, not who deleted).
    expect(notice(seller)).to.equal('Someone else deleted "B", which you had selected.');
    expect(seller.shadowRoot!.querySelector('.inspector'), 'its details closed').to.equal(null);
  });

  it('says so when Undo passes over a change someone else has since changed all of', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    seller.updateItem('a', { start: '2026-03-03', end: '2026-03-07' });
    seller.updateItem('b', { owner: 'Sam' });
    await waitUntil(() => itemOf(buyer, 'b')?.owner === 'Sam', 'the buyer has the owner');
    buyer.updateItem('b', { owner: 'Bea' });
    await waitUntil(() => itemOf(seller, 'b')?.owner === 'Bea', 'the seller has the buyer’s owner');
    expect(seller.undo()).to.equal(true);
    await seller.updateComplete;
    expect(startOf(seller, 'a'), 'the change before it is what was undone').to.equal('2026-03-02');
    expect(itemOf(seller, 'b')?.owner, 'the buyer’s owner stays').to.equal('Bea');
    expect(notice(seller)).to.equal(
      'Someone else has since changed all that your last change did, so there was nothing of it to undo: Undo went back to the one before. Undone: A moved to 2 Mar.',
    );
  });

  it('keeps the room’s plan when the page sets another plan while it is shared, and says why', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    const errors: string[] = [];
    seller.addEventListener('map-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code));
    // A sample reset, or a host passing stale state: a plan of two steps in place of the room's four.
    seller.plan = planOf({ x: ['2026-04-01', '2026-04-03'], y: ['2026-04-06', '2026-04-08'] });
    await waitUntil(() => errors.includes('shared-live'), 'the page hears why');
    await waitUntil(() => itemOf(seller, 'a') !== undefined, 'the room’s plan is shown again');
    expect(
      seller
        .getPlan()
        .items.map((item) => item.id)
        .sort(),
    ).to.deep.equal(['a', 'b', 'c', 'memo']);
    await seller.updateComplete;
    expect(notice(seller)).to.contain('This plan is shared live');
    // Nothing of it reached the room: the buyer still has the shared plan, and both go on editing it together.
    expect(
      buyer
        .getPlan()
        .items.map((item) => item.id)
        .sort(),
    ).to.deep.equal(['a', 'b', 'c']);
    seller.updateItem('b', { owner: 'Sam' });
    await waitUntil(() => itemOf(buyer, 'b')?.owner === 'Sam', 'the pages still share one plan');
  });

  it('turns a page with a read-only token read-only, and the server keeps its edits out of the plan', async () => {
    const { room, seller, viewer } = await sellerAndViewer();
    expect(viewer.readonly).to.equal(true);
    viewer.updateItem('b', { title: 'Changed by a viewer' });
    // Positive control: a writer's edit made after the viewer's arrives; the viewer's never does.
    const buyer = await join({ room, side: 'buyer' });
    await live(buyer);
    await waitUntil(() => buyer.plan.items.length === 3);
    buyer.updateItem('c', { title: 'Changed by the buyer' });
    await waitUntil(() => itemOf(seller, 'c')?.title === 'Changed by the buyer', 'the writer’s edit arrives');
    expect(itemOf(seller, 'b')?.title).to.equal('B');
    expect(itemOf(buyer, 'b')?.title).to.equal('B');
  });

  it('refuses a token signed with another secret, and an expired one, leaving the plan as it was', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    const cases = [
      {
        token: await token({ room, side: 'buyer', secret: 'another-secret-that-is-long-enough-0123456789' }),
        code: 'token-bad-signature',
      },
      { token: await token({ room, side: 'buyer', exp: Math.floor(Date.now() / 1000) - 60 }), code: 'token-expired' },
    ];
    for (const { token: refused, code } of cases) {
      const own = planOf({ x: ['2026-03-02', '2026-03-04'] });
      const element = await fixture<MapTimeline>(html`<map-timeline today="2026-03-10"></map-timeline>`);
      const errors: string[] = [];
      element.addEventListener('map-error', (event) => errors.push(`${event.detail.code} ${event.detail.message}`));
      element.collab = serverUrl;
      element.planId = room;
      element.collabToken = refused;
      element.plan = own;
      await waitUntil(() => errors.length > 0, 'the page is told it was refused', { timeout: 8000 });
      expect(errors[0]).to.match(new RegExp(`^access-refused .*${code}`));
      expect(connection(element)).to.equal('Not shared');
      expect(element.plan.items.map((item) => item.id)).to.deep.equal(['x']);
    }
    // The room is untouched: the seller still has its plan, and a new writer still joins it.
    expect(seller.plan.items.map((item) => item.id)).to.have.members(['a', 'b', 'c', 'memo']);
  });

  it('keeps an edit made offline across a reload, and shares it once the page reconnects', async () => {
    const room = newRoom();
    const sellerToken = await token({ room, side: 'seller' });
    const first = await join({ room, side: 'seller', plan: dealPlan(), token: sellerToken });
    await live(first);
    first.remove();
    // Offline: nothing listens at this address; the page shows the room's offline copy and edits it.
    const offline = await join({ room, side: 'seller', token: sellerToken, url: 'ws://127.0.0.1:9' });
    await waitUntil(() => offline.plan.items.length === 4, 'the offline copy shows the plan', { timeout: 8000 });
    await waitUntil(() => connection(offline) === 'Offline · saving locally', 'the page says it is offline');
    offline.updateItem('b', { title: 'Edited offline', start: '2026-03-10', end: '2026-03-16' });
    await waitUntil(
      async () => (await storedText(`map-timeline-room:${room}`)).includes('Edited offline'),
      'kept locally',
    );
    offline.remove();
    // The reload, online again: the edit is still there and reaches the buyer.
    const reloaded = await join({ room, side: 'seller', token: sellerToken });
    await live(reloaded);
    expect(itemOf(reloaded, 'b')?.title).to.equal('Edited offline');
    const buyer = await join({ room, side: 'buyer' });
    await live(buyer);
    await waitUntil(() => itemOf(buyer, 'b')?.title === 'Edited offline', 'the offline edit reaches the buyer');
    expect(startOf(buyer, 'b')).to.equal('2026-03-10');
  });
});
