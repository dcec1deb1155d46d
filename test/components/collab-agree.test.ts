import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { PlanError } from '../../src/model/errors.js';
import { itemOf, sellerAndBuyer } from '../support/collab-pages.js';
import { settle } from '../support/element.js';

// Agreeing makes every step's dates its agreed ones. Only the seller's page holds every step: a buyer's agreement
// would leave the seller's internal steps measured against the old dates.

describe('agreeing a plan shared live', () => {
  it('is refused on the buyer’s page, and agrees every step, internal ones too, from the seller’s', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    const before = buyer.getPlan();

    let refusal: unknown;
    try {
      buyer.agree('Bea Buyer');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).to.be.instanceOf(PlanError);
    expect((refusal as PlanError).message).to.equal(
      'Only the seller can agree a plan shared live: it holds steps this page does not show.',
    );
    await settle(buyer);
    expect(buyer.getPlan()).to.deep.equal(before);
    expect(itemOf(seller, 'memo')?.baseline).to.equal(undefined);

    // The control: the seller's page may, and the buyer sees the shared steps agreed.
    seller.agree('Sam Seller');
    expect(itemOf(seller, 'memo')?.baseline, 'the internal step is agreed too').to.deep.include({
      start: itemOf(seller, 'memo')!.start,
    });
    await waitUntil(() => itemOf(buyer, 'a')?.baseline !== undefined, 'the buyer sees the agreed dates');
    expect(buyer.getPlan().status).to.equal('written');
  });
});
