import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { PlanError } from '../../src/model/errors.js';
import { sellerAndBuyer } from '../support/collab-pages.js';
import { settle, shadow } from '../support/element.js';
import { click } from '../support/input.js';

// The agreement and the seller's own lanes are the seller's. A buyer's page that removed the seller's lane moved the
// seller's internal steps, which it does not show, into another lane; one that set the agreement spoke for the seller.

const refusalOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error.message;
    throw error;
  }
  return 'nothing refused';
};

/** Clicks a node of the buyer's element, scrolled into the window first: the two pages' elements stand one above the other. */
async function press(element: MapTimeline, selector: string): Promise<void> {
  const node = shadow(element).querySelector(selector)!;
  node.scrollIntoView({ block: 'center' });
  await click(element, node);
  await settle(element);
}

const panelText = (element: MapTimeline) =>
  shadow(element).querySelector('.inspector')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the agreement and the seller’s lanes in a plan shared live', () => {
  it('are refused to the buyer’s page, which may still change its own lane', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    const before = seller.getPlan();
    const sellerLane = 'Only the seller changes, moves or removes it in a plan shared live.';
    expect(refusalOf(() => buyer.setAgreement('written'))).to.equal(
      'Only the seller changes the agreement of a plan shared live.',
    );
    expect(refusalOf(() => buyer.updatePlan({ status: 'verbal' }))).to.contain('Only the seller changes the agreement');
    expect(refusalOf(() => buyer.removeParty('seller', { moveStepsTo: 'buyer' }))).to.contain(sellerLane.slice(5));
    expect(refusalOf(() => buyer.updateParty('seller', { name: 'Renamed' }))).to.contain('is the seller’s lane');
    expect(refusalOf(() => buyer.moveParty('seller', 1))).to.contain('is the seller’s lane');
    expect(refusalOf(() => buyer.updateParty('buyer', { side: 'seller' }))).to.contain('make a lane the seller’s');
    await settle(buyer);
    expect(seller.getPlan().status ?? 'vague').to.equal(before.status ?? 'vague');
    expect(seller.getPlan().parties).to.deep.equal(before.parties);
    expect(seller.getPlan().items.find((item) => item.id === 'memo')?.partyId).to.equal('seller');

    // The controls: the buyer renames its own lane, and the seller changes the agreement; each page sees the other's.
    buyer.updateParty('buyer', { name: 'Globex procurement' });
    await waitUntil(() => seller.getPlan().parties.some((party) => party.name === 'Globex procurement'));
    seller.setAgreement('verbal');
    await waitUntil(() => buyer.getPlan().status === 'verbal', 'the buyer sees the agreement');
  });

  it('shows the buyer the seller’s lane and the agreement without the controls that change them', async () => {
    const { buyer } = await sellerAndBuyer();
    await press(buyer, '[data-party-head="seller"] .party-name');
    expect(panelText(buyer)).to.contain('is the seller’s lane');
    expect(shadow(buyer).querySelector('.inspector button.danger'), 'no Remove lane').to.equal(null);
    // The control: the buyer's own lane has them.
    await press(buyer, '[data-party-head="buyer"] .party-name');
    expect(shadow(buyer).querySelector('.inspector button.danger'), panelText(buyer)).to.not.equal(null);

    await press(buyer, '.plan-title button');
    expect(shadow(buyer).querySelector('.inspector select[name="status"]')).to.equal(null);
    expect(panelText(buyer)).to.contain('Only the seller changes the agreement of a plan shared live.');
  });
});
