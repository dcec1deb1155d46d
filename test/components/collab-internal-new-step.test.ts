import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { SECRET_TITLE, dealPlan, join, live, newRoom, recordSockets, sellerAndBuyer } from '../support/collab-pages.js';
import { settle, shadow, stepNode } from '../support/element.js';
import { chord, click, typeNewTitle } from '../support/input.js';

// In a plan shared live, every keystroke of a shared step's title reaches the buyer. A step the seller means to keep
// internal has to be internal before its title is typed, not ticked Internal after.

const titleField = (element: MapTimeline) =>
  shadow(element).querySelector<HTMLInputElement>('.inspector [name="title"]');
const titled = (element: MapTimeline, title: string) => element.plan.items.find((item) => item.title === title);

describe('new steps in a plan shared live', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('Shift+N adds an internal step whose title never reaches the buyer; N after it adds another', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    const sockets = recordSockets(); // sockets opened from here on are the buyer's
    try {
      const buyer = await join({ room, side: 'buyer' });
      await live(buyer);
      await waitUntil(() => buyer.plan.items.length === 3, 'the buyer gets the shared steps');

      stepNode(seller, 'a').focus();
      await chord(['Shift'], 'N');
      await typeNewTitle(seller, 'Walk-away price');
      expect(titled(seller, 'Walk-away price')?.internal, 'internal from the start').to.equal(true);

      // N after an internal step: internal too.
      stepNode(seller, titled(seller, 'Walk-away price')!.id).focus();
      await sendKeys({ press: 'n' });
      await typeNewTitle(seller, 'Margin sign-off');
      expect(titled(seller, 'Margin sign-off')?.internal).to.equal(true);

      // The control: N after a shared step adds a shared step, which reaches the buyer as it is typed.
      stepNode(seller, 'c').focus();
      await sendKeys({ press: 'n' });
      await typeNewTitle(seller, 'Joint go-live');
      expect(titled(seller, 'Joint go-live')?.internal).to.equal(undefined);
      await waitUntil(() => titled(buyer, 'Joint go-live'), 'the buyer sees the shared step');
      // Equal plans serialise equally on every page, the one that added the step too.
      expect(JSON.stringify(titled(seller, 'Joint go-live'))).to.equal(JSON.stringify(titled(buyer, 'Joint go-live')));
      const heard = sockets.received.join('\n');
      expect(heard).to.contain('Joint go-live');
      expect(heard).not.to.contain('Walk-away');
      expect(heard).not.to.contain('Margin sign-off');
      expect(buyer.plan.items.map((item) => item.title)).to.have.members(['A', 'B', 'C', 'Joint go-live']);
    } finally {
      sockets.stop();
    }
  });

  it('tells the seller, at the Internal box of a shared step, that the buyer has already seen it', async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: dealPlan() });
    await live(seller);
    await click(seller, stepNode(seller, 'a'));
    const hint = () => shadow(seller).querySelector('.inspector #internal-note')?.textContent?.replace(/\s+/g, ' ');
    expect(hint()).to.contain("The buyer's page already shows this step");
    expect(hint()).to.contain('Shift + N adds a step that is internal from the start');
    const box = shadow(seller).querySelector('.inspector [name="internal"]');
    expect(box?.getAttribute('aria-describedby'), 'read with the box').to.equal('internal-note');

    // No such word on an internal step, nor once the plan is no longer shared.
    await click(seller, stepNode(seller, 'memo'));
    expect(titleField(seller)?.value, 'the memo’s panel is open').to.equal(SECRET_TITLE);
    expect(hint(), 'on an internal step').to.equal(undefined);
    seller.collab = undefined;
    await settle(seller);
    await click(seller, stepNode(seller, 'a'));
    expect(titleField(seller)?.value).to.equal('A');
    expect(hint(), 'in a plan kept alone').to.equal(undefined);
  });

  it('on the buyer’s page, Shift+N adds a shared step and no Internal box is offered: a buyer cannot hide a step', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    stepNode(buyer, 'b').focus();
    await chord(['Shift'], 'N');
    await typeNewTitle(buyer, 'Budget holder sign-off');
    expect(titled(buyer, 'Budget holder sign-off')?.internal).to.equal(undefined);
    await waitUntil(() => titled(seller, 'Budget holder sign-off'), 'the seller gets the buyer’s step');
    await click(buyer, stepNode(buyer, 'b'));
    expect(titleField(buyer)?.value, 'the panel is open').to.equal('B');
    expect(shadow(buyer).querySelector('.inspector [name="internal"]') === null, 'no Internal box').to.equal(true);
  });
});
