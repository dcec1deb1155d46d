import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { nextWorkday } from '../../src/model/calendar.js';
import { addDays } from '../../src/model/dates.js';
import type { Plan } from '../../src/model/types.js';
import { dealPlan, itemOf, join, live, newRoom, notice, startOf } from '../support/collab-pages.js';
import { stepNode } from '../support/element.js';
import { center, drag } from '../support/input.js';

// The buyer's page pushes what it shows when the buyer drags a step later. The seller's internal steps that wait for
// it, and the shared steps that wait for those, are pushed by the seller's page.

/** The deal, with the internal memo waiting for A and the shared C waiting for the memo. */
function chainedDeal(): Plan {
  const plan = dealPlan();
  const items = plan.items.map((item) =>
    item.id === 'memo'
      ? { ...item, start: '2026-03-09', end: '2026-03-11', dependsOn: ['a'] }
      : item.id === 'c'
        ? { ...item, dependsOn: ['memo'] }
        : item,
  );
  return { ...plan, items };
}

describe("a buyer's drag in a plan shared live", () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it("pushes the seller's internal step that waits for the dragged step, and the shared step after it", async () => {
    const room = newRoom();
    const seller = await join({ room, side: 'seller', plan: chainedDeal() });
    await live(seller);
    const buyer = await join({ room, side: 'buyer' });
    await live(buyer);
    await waitUntil(() => buyer.plan.items.length === 3, 'the buyer gets the shared steps');
    expect(itemOf(buyer, 'memo'), 'the memo stays internal').to.equal(undefined);

    const [x, y] = center(stepNode(buyer, 'a'));
    await drag(buyer, [x, y], [x + 400, y]);
    const end = itemOf(buyer, 'a')!.end;
    expect(end >= '2026-03-16', `A dragged far enough that the pushed memo reaches into C (ends ${end})`).to.equal(
      true,
    );

    // Just late enough: on the first working day after A now ends.
    const after = nextWorkday(addDays(end, 1), seller.plan.calendar);
    await waitUntil(() => startOf(seller, 'memo') === after, "the seller's page pushes the memo");
    const memoEnd = itemOf(seller, 'memo')!.end;
    await waitUntil(() => startOf(buyer, 'c')! > memoEnd, 'the buyer sees C pushed after the memo');
    expect(startOf(seller, 'c')).to.equal(startOf(buyer, 'c'));
    expect(notice(seller)).to.match(
      /^"Discount approval memo" \(and 1 step after it\) moved to \d+ Mar: it waits for a step Bea Buyer moved\.$/,
    );
    expect(notice(buyer)).not.to.contain('Discount');
  });
});
