import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { itemOf, notice, sellerAndBuyer } from '../support/collab-pages.js';

// Merges that break the rules, between two pages on a real collaboration server: every page shows the same
// repaired plan and says what was repaired.

const linksOf = (page: MapTimeline): Record<string, string[]> =>
  Object.fromEntries(page.plan.items.map((item) => [item.id, item.dependsOn ?? []]));
const datesOf = (page: MapTimeline): string[] => page.plan.items.map((item) => `${item.id} ${item.start}..${item.end}`);

describe('repairs of merged live edits', () => {
  it('repairs two links made at once that close a loop the same way on both pages, and says so on both', async () => {
    const { seller, buyer } = await sellerAndBuyer();
    // Positive control: each link on its own is kept, and reaches the other page.
    seller.link('a', 'b');
    await waitUntil(() => itemOf(buyer, 'b')?.dependsOn?.includes('a'), 'the seller’s link alone reaches the buyer');
    seller.unlink('a', 'b');
    await waitUntil(() => !itemOf(buyer, 'b')?.dependsOn, 'the unlink reaches the buyer');
    buyer.link('b', 'a');
    await waitUntil(() => itemOf(seller, 'a')?.dependsOn?.includes('b'), 'the buyer’s link alone reaches the seller');
    buyer.unlink('b', 'a');
    await waitUntil(() => !itemOf(seller, 'a')?.dependsOn, 'the unlink reaches the seller');
    expect(notice(seller)).not.to.contain('loop');
    expect(notice(buyer)).not.to.contain('loop');

    // In one task: neither page has heard of the other's link when it makes its own. Together they make a loop.
    seller.link('a', 'b');
    buyer.link('b', 'a');
    const repaired = { a: [], b: ['a'], c: [], memo: [] };
    await waitUntil(
      () => JSON.stringify(linksOf(buyer)) === JSON.stringify({ a: [], b: ['a'], c: [] }),
      'the buyer shows the repaired links',
    );
    await waitUntil(
      () => JSON.stringify(linksOf(seller)) === JSON.stringify(repaired),
      'the seller shows the repaired links',
    );
    await waitUntil(() => JSON.stringify(datesOf(seller).slice(0, 3)) === JSON.stringify(datesOf(buyer)));
    const told = '"A" no longer waits for "B": links added at the same time made a loop';
    for (const page of [seller, buyer]) await waitUntil(() => notice(page).includes(told), 'the page says so');
    // Written back: the shared documents hold the repaired plan, so the next edit does not bring the loop back.
    buyer.updateItem('c', { title: 'After the repair' });
    await waitUntil(() => itemOf(seller, 'c')?.title === 'After the repair');
    expect(linksOf(seller)).to.deep.equal(repaired);
  });
});
