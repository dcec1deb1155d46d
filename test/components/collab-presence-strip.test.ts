import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { dealPlan, join, live, newRoom, othersShown } from '../support/collab-pages.js';

describe('the presence strip', () => {
  it('stays inside the title bar of a narrow element, names giving way to avatars', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan(), name: 'Samantha Seller-Whitfield' });
    seller.style.width = '760px';
    await live(seller);
    const strip = () => seller.shadowRoot!.querySelector('.presence')!.getBoundingClientRect();
    const bar = () => seller.shadowRoot!.querySelector('.titlebar')!.getBoundingClientRect();
    for (const name of ['Beatrice Buyer-Montgomery', 'Bartholomew Buyer']) {
      await live(await join({ room, side: 'buyer', name }));
    }
    await waitUntil(() => othersShown(seller).length === 2, 'both others are shown');
    expect(strip().right, 'the strip ends inside the title bar').to.be.at.most(bar().right);
    const avatars = [...seller.shadowRoot!.querySelectorAll('.presence .avatar')];
    expect(avatars).to.have.length(2);
    for (const avatar of avatars) expect(avatar.getBoundingClientRect().width, 'each avatar is whole').to.equal(22);
    const names = [...seller.shadowRoot!.querySelectorAll('.presence .name')];
    expect(names.map((name) => name.getBoundingClientRect().width).filter((width) => width > 0)).to.have.length(2);
    for (const name of names)
      expect(name.getBoundingClientRect().width, 'a name shows more than a letter').to.be.at.least(30);
  });

  it('keeps the other person whole in the title bar at every width, wrapping it when there is no room', async () => {
    const room = newRoom();
    const plan = {
      ...dealPlan(),
      title: 'Acme Logistics × Northwind — Fleet Analytics rollout',
      status: 'verbal' as const,
      targetDate: '2026-03-13', // the plan finishes on 20 Mar: "5 days late" joins the title bar
    };
    const seller = await join({ room, side: 'seller', plan });
    await live(seller);
    await live(await join({ room, side: 'buyer', name: 'Bea (buyer)' }));
    await waitUntil(() => othersShown(seller).length === 1, 'the buyer is shown');
    for (const width of [600, 660, 700, 740, 780, 820, 900]) {
      seller.style.width = `${width}px`;
      await seller.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const bar = seller.shadowRoot!.querySelector('.titlebar')!.getBoundingClientRect();
      const avatar = seller.shadowRoot!.querySelector('.presence .avatar')!.getBoundingClientRect();
      const name = seller.shadowRoot!.querySelector<HTMLElement>('.presence .name')!.getBoundingClientRect();
      expect(avatar.right, `the avatar is inside at ${width} px`).to.be.at.most(bar.right);
      expect(name.right, `the name is inside at ${width} px`).to.be.at.most(bar.right);
      expect(name.width, `some of the name shows at ${width} px`).to.be.at.least(30);
    }
  });

  it('shows a name in full beside a long title while the title can still wrap', async () => {
    const room = newRoom();
    const plan = { ...dealPlan(), title: 'Acme Logistics × Northwind — Fleet Analytics rollout' };
    const seller = await join({ room, side: 'seller', plan });
    seller.style.width = '820px';
    await live(seller);
    await live(await join({ room, side: 'buyer', name: 'Bea (buyer)' }));
    await waitUntil(() => othersShown(seller).length === 1, 'the buyer is shown');
    const name = seller.shadowRoot!.querySelector<HTMLElement>('.presence .name')!;
    expect(name.scrollWidth, 'the name is not cut short').to.be.at.most(name.clientWidth);
    const title = seller.shadowRoot!.querySelector('.plan-title')!.getBoundingClientRect();
    expect(title.height, 'the title wraps instead').to.be.greaterThan(30);
  });
});

describe('leaving a shared plan', () => {
  it('takes the page out of the room for good when its element leaves the page, even if it updates after', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    const buyer = await join({ room, side: 'buyer' });
    await live(buyer);
    await waitUntil(() => othersShown(buyer).join() === 'Sam Seller', 'the buyer sees the seller');

    const stage = seller.parentElement!;
    seller.remove();
    await waitUntil(() => othersShown(buyer).length === 0, 'the seller has left', { timeout: 8000 });
    // A late update of the element that left (a save finishing, a property set by its host) must not rejoin.
    seller.requestUpdate();
    await seller.updateComplete;
    seller.title = 'changed after leaving';
    await seller.updateComplete;

    // The control: back on the page it rejoins, once.
    stage.append(seller);
    await waitUntil(() => othersShown(buyer).join() === 'Sam Seller', 'the seller is back', { timeout: 8000 });
    seller.remove();
    await waitUntil(() => othersShown(buyer).length === 0, 'and gone again', { timeout: 8000 });
    const stranger = await join({ room, side: 'seller', name: 'Ann Other' });
    await live(stranger);
    await waitUntil(() => othersShown(buyer).includes('Ann Other'), 'a new person is seen');
    expect(othersShown(buyer), 'no one left behind a ghost').to.deep.equal(['Ann Other']);
  });
});
