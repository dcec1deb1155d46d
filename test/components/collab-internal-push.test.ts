import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import '../../src/index.js';
import { offlineCopyName } from '../../src/collab/session.js';
import { nextWorkday } from '../../src/model/calendar.js';
import { addDays } from '../../src/model/dates.js';
import type { Plan } from '../../src/model/types.js';
import { dealPlan, itemOf, join, live, notice, sellerAndBuyer, startOf } from '../support/collab-pages.js';
import { stepNode } from '../support/element.js';
import { center, chord, drag } from '../support/input.js';

// The buyer's page pushes what it shows when the buyer drags a step later. The seller's internal steps that wait for
// it, and the shared steps that wait for those, are pushed by the seller's page.

/** What a room's offline copy in this browser holds, as one update. */
async function readCopy(name: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(name, doc);
  await copy.whenSynced;
  const state = Y.encodeStateAsUpdate(doc);
  await copy.destroy();
  return state;
}

/** Puts a room's offline copy back to `state`, in place of whatever it holds. */
async function writeCopy(name: string, state: Uint8Array): Promise<void> {
  const old = new IndexeddbPersistence(name, new Y.Doc());
  await old.whenSynced;
  await old.clearData();
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(name, doc);
  await copy.whenSynced;
  Y.applyUpdate(doc, state);
  await copy.destroy();
}

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

describe("a buyer's drag in a plan shared live, and its undo", () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it("pushes the seller's internal step that waits for the dragged step, and the shared step after it", async () => {
    const { seller, buyer } = await sellerAndBuyer({}, chainedDeal());
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
      /^"Discount approval memo" \(and 1 step after it\) moved to \d+ Mar: it waits for "A", which Bea Buyer moved\.$/,
    );
    expect(notice(buyer)).not.to.contain('Discount');

    // The buyer takes the drag back: the seller's page moves the memo and C back where they were.
    stepNode(buyer, 'a').focus();
    await chord(['Control'], 'z');
    await waitUntil(() => startOf(seller, 'memo') === '2026-03-09', "the seller's page moves the memo back");
    await waitUntil(() => startOf(buyer, 'c') === '2026-03-16', 'the buyer sees C back');
    expect(startOf(seller, 'a')).to.equal('2026-03-02');
    expect(notice(seller)).to.match(
      /^"Discount approval memo" \(and 1 step after it\) moved back to 9 Mar: "A", which it waits for, moved back\.$/,
    );
  });
  it('tells the seller when the buyer moves a step before an internal step it waits for, which the buyer cannot see', async () => {
    const { seller, buyer } = await sellerAndBuyer({}, chainedDeal());

    // A week earlier, from the keyboard: C starts on 9 Mar, while the memo it waits for ends on the 11th.
    buyer.scrollToDate('2026-03-16');
    await waitUntil(() => stepNode(buyer, 'c'), 'C is drawn');
    stepNode(buyer, 'c').focus();
    await chord(['Alt', 'Shift'], 'ArrowLeft');
    const start = startOf(buyer, 'c')!;
    expect(start).to.equal('2026-03-09');
    await waitUntil(() => startOf(seller, 'c') === start, "the seller's page gets the move");
    await waitUntil(() => notice(seller).startsWith('Changed by Bea Buyer:'), 'the seller is told');
    expect(notice(seller)).to.equal(
      'Changed by Bea Buyer: C now starts before Discount approval memo ends (11 Mar 2026): its arrow turns red, and the projected finish still waits for it.',
    );
    expect(startOf(seller, 'memo'), 'the memo stays').to.equal('2026-03-09');
    expect(notice(buyer)).not.to.contain('Discount');
  });
  it('pushes them when the seller next opens the plan, if the buyer dragged while no seller page was open', async () => {
    const { room, seller, buyer } = await sellerAndBuyer({}, chainedDeal());
    const copies = [offlineCopyName(room), offlineCopyName(room + '#internal')];
    seller.remove(); // the seller closes the tab
    // The seller's browser keeps the room as she left it; the buyer's page, here in the same browser, would write
    // the buyer's change into those copies too: they are put back afterwards, as in a browser of the seller's own.
    const left = await Promise.all(copies.map(readCopy));

    buyer.scrollToDate('2026-03-02');
    await waitUntil(() => stepNode(buyer, 'a'), 'A is drawn');
    stepNode(buyer, 'a').focus();
    await chord(['Alt', 'Shift'], 'ArrowRight');
    await chord(['Alt', 'Shift'], 'ArrowRight');
    expect(itemOf(buyer, 'a')?.end, 'A now ends two weeks later').to.equal('2026-03-20');
    // Through the server: a page opened now gets the move.
    const check = await join({ room, side: 'buyer', write: false });
    await live(check);
    await waitUntil(() => itemOf(check, 'a')?.end === '2026-03-20', 'the server has the move');
    buyer.remove();
    check.remove();
    await Promise.all(copies.map((name, index) => writeCopy(name, left[index]!)));

    const back = await join({ room, side: 'seller' });
    await live(back);
    await waitUntil(() => itemOf(back, 'a')?.end === '2026-03-20', 'the seller gets the move');
    await waitUntil(() => startOf(back, 'memo') === '2026-03-21', "the seller's page pushes the memo on opening");
    expect(startOf(back, 'c'), 'and C after it').to.equal('2026-03-24');
    expect(notice(back)).to.equal(
      '"Discount approval memo" (and 1 step after it) moved to 21 Mar: it waits for "A", which someone else moved.',
    );
    const again = await join({ room, side: 'buyer' });
    await live(again);
    await waitUntil(() => startOf(again, 'c') === '2026-03-24', 'the buyer sees C pushed');
  });
});
