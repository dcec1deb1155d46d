import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { SECRET_TITLE, itemOf, sellerAndBuyer } from '../support/collab-pages.js';
import { settle, shadow } from '../support/element.js';

// Importing a file replaces the whole plan. In a plan shared live that reaches everyone in the room, and only the
// seller's page holds the whole plan: a buyer's replacement would cut the seller's internal steps loose.

const csv = () =>
  new File(
    ['Task,Owner,Start,End\nKick-off,Vendor,2026-04-06,2026-04-08\nPilot,Client,2026-04-13,2026-04-24\n'],
    'rollout.csv',
    {
      type: 'text/csv',
    },
  );
const dialogOf = (element: MapTimeline) => shadow(element).querySelector<HTMLDialogElement>('dialog.import-dialog');
const confirmButton = (element: MapTimeline) => dialogOf(element)!.querySelector<HTMLButtonElement>('.primary')!;
const note = (element: MapTimeline) => dialogOf(element)!.querySelector('.import-note')!.textContent!.trim();

async function openPreview(element: MapTimeline): Promise<void> {
  void element.importFile(csv(), { preview: true });
  await waitUntil(() => dialogOf(element)?.open && dialogOf(element)!.querySelector('.import-timeline'), 'preview');
  await settle(element);
}

describe('importing into a plan shared live', () => {
  it('is refused on the buyer’s page, and replaces the plan for everyone from the seller’s', async () => {
    const { seller, buyer } = await sellerAndBuyer();

    await openPreview(buyer);
    expect(note(buyer)).to.equal(
      'Only the seller can replace a plan shared live: it holds steps this page does not show.',
    );
    expect(confirmButton(buyer).disabled).to.equal(true);
    confirmButton(buyer).click();
    await settle(buyer);
    expect(buyer.plan.items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    expect(itemOf(seller, 'memo')?.title).to.equal(SECRET_TITLE);

    // The control: the seller's page may, and says that everyone gets the new plan.
    await openPreview(seller);
    expect(note(seller)).to.match(
      /^Replaces the steps and lanes of “.*”, which keeps its title, for everyone in the live plan\. Undo/,
    );
    expect(confirmButton(seller).disabled).to.equal(false);
    confirmButton(seller).click();
    await waitUntil(
      () => buyer.plan.items.map((item) => item.title).join() === 'Kick-off,Pilot',
      'the buyer sees the plan the seller imported',
    );
    expect(itemOf(seller, 'memo')).to.equal(undefined);
  });
});
