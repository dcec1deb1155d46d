import { expect, waitUntil } from '@open-wc/testing';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import '../../src/index.js';
import type { MapErrorEvent } from '../../src/events.js';
import { validatePlan } from '../../src/model/validate.js';
import { collabServer, itemOf, notice, sellerAndBuyer, token } from '../support/collab-pages.js';
import { record } from '../support/input.js';

/** A client of the room that is not the element: it writes into the shared document whatever it likes. */
async function rawClient(room: string): Promise<{ doc: Y.Doc; close(): void }> {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: await collabServer(),
    name: room,
    token: await token({ room, side: 'buyer' }),
    document: doc,
  });
  await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return { doc, close: () => provider.destroy() };
}

describe('a live plan written to by a hostile client', () => {
  it('keeps both pages on a valid plan, tells the seller and its host, and mends the room', async () => {
    const { room, seller, buyer } = await sellerAndBuyer();
    const errors = record<MapErrorEvent>(seller, 'map-error');
    const attacker = await rawClient(room);
    try {
      // Positive control: a valid value from the same client is taken by both pages.
      attacker.doc.getMap<Y.Map<unknown>>('steps').get('b')!.set('@span', '2026-03-10/2026-03-13');
      await waitUntil(() => itemOf(seller, 'b')?.start === '2026-03-10', 'a valid change is taken');
      await waitUntil(() => itemOf(buyer, 'b')?.start === '2026-03-10');
      expect(errors).to.have.length(0);

      attacker.doc.transact(() => {
        attacker.doc.getMap<Y.Map<unknown>>('steps').get('b')!.set('@span', '2026-02-30/2026-03-01');
        attacker.doc.getMap<Y.Map<unknown>>('parties').get('buyer')!.set('name', 12345);
        attacker.doc.getMap('plan').set('status', 'hacked');
      });
      await waitUntil(() => errors.length > 0, 'the seller’s host hears of it');
      expect(errors[0]!.detail.code).to.equal('invalid-plan');
      expect(errors[0]!.detail.message).to.contain('A change to "B" was not taken (start:');
      expect(notice(seller)).to.contain('was not taken');
      for (const page of [seller, buyer]) {
        expect(() => validatePlan(page.getPlan())).not.to.throw();
        expect(itemOf(page, 'b')).to.include({ start: '2026-03-10', end: '2026-03-13' });
        expect(page.getPlan().parties.map((party) => party.name)).to.deep.equal(['Seller Inc', 'Buyer Ltd']);
      }
      // The seller wrote the last valid values back, so the room holds a valid plan again.
      await waitUntil(
        () => attacker.doc.getMap<Y.Map<unknown>>('steps').get('b')!.get('@span') === '2026-03-10/2026-03-13',
        'the room is mended',
      );
      expect(attacker.doc.getMap<Y.Map<unknown>>('parties').get('buyer')!.get('name')).to.equal('Buyer Ltd');
      expect(attacker.doc.getMap('plan').get('status')).to.equal(undefined);
    } finally {
      attacker.close();
    }
  });
  it('shows every refusal of a burst on the seller’s message line, not only the last', async () => {
    const { room, seller } = await sellerAndBuyer();
    const errors = record<MapErrorEvent>(seller, 'map-error');
    const attacker = await rawClient(room);
    try {
      const steps = attacker.doc.getMap<Y.Map<unknown>>('steps');
      steps.get('a')!.set('@span', '2026-02-30/2026-03-01');
      await waitUntil(() => errors.length === 1, 'the first refusal');
      steps.get('b')!.set('@span', '2026-04-31/2026-05-01');
      await waitUntil(() => errors.length === 2, 'the second refusal, in a change of its own');
      const line = notice(seller);
      expect(line).to.contain('A change to "A" was not taken');
      expect(line).to.contain('A change to "B" was not taken');
      // The control: each refusal alone names its own step only.
      expect(errors[0]!.detail.message).not.to.contain('"B"');
      expect(errors[1]!.detail.message).not.to.contain('"A"');

      // A longer burst keeps the line short: the last three, and a count of the rest.
      steps.get('c')!.set('@span', '2026-06-31/2026-07-01');
      await waitUntil(() => errors.length === 3);
      steps.get('a')!.set('title', 404);
      await waitUntil(() => errors.length === 4);
      expect(notice(seller)).to.match(/^\(1 earlier\) A change to "B" was not taken/);
      expect(notice(seller)).to.contain('A change to "C" was not taken');
      expect(notice(seller)).to.match(/A change to "A" was not taken \(title:.*\.$/);
    } finally {
      attacker.close();
    }
  });
});
