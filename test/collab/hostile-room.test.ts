import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { SPAN, partiesMap, planMap, stepsMap } from '../../src/collab/schema.js';
import { validatePlan } from '../../src/model/validate.js';
import type { Plan } from '../../src/model/types.js';
import { Room, type Peer } from '../support/collab-peers.js';
import { dates, planOf } from '../support/plan-builders.js';

const deal = (): Plan =>
  planOf(
    {
      a: ['2027-03-01', '2027-03-03'],
      b: ['2027-03-04', '2027-03-05', 'a'],
      c: ['2027-03-08', '2027-03-09'],
      d: ['2027-03-10', '2027-03-12', 'c'],
    },
    { targetDate: '2027-03-31' },
  );

/** A seller who seeds the room, and a buyer whose browser writes into the shared document whatever it likes. */
function room(): { room: Room; ana: Peer; ben: Peer } {
  const room = new Room();
  const ana = room.peer('Ana', 'seller').join(deal());
  const ben = room.peer('Ben', 'buyer').join();
  room.sync();
  return { room, ana, ben };
}

/** Ben's browser writes raw values into the shared document, as a hostile or broken client could. */
const tamper = (ben: Peer, write: (doc: Y.Doc) => void): void => ben.shared.transact(() => write(ben.shared));

describe('live plan: what the other side writes is checked', () => {
  for (const [what, write, check] of [
    [
      'a date that does not exist',
      (doc: Y.Doc) => stepsMap(doc).get('c')!.set(SPAN, '2027-02-30/2027-03-01'),
      (plan: Plan) => assert.equal(dates(plan)['c'], '2027-03-08..2027-03-09'),
    ],
    [
      'a title that is not text',
      (doc: Y.Doc) => stepsMap(doc).get('c')!.set('title', { evil: true }),
      (plan: Plan) => assert.equal(plan.items.find((item) => item.id === 'c')!.title, 'C'),
    ],
    [
      'a kind and a status no one knows',
      (doc: Y.Doc) => {
        stepsMap(doc).get('c')!.set('kind', 'banana');
        stepsMap(doc).get('c')!.set('status', 'hacked');
      },
      (plan: Plan) => {
        const c = plan.items.find((item) => item.id === 'c')!;
        assert.equal(c.kind, 'task');
        assert.equal(c.status, undefined);
      },
    ],
    [
      'a lane and a decision that are not in the plan',
      (doc: Y.Doc) => {
        stepsMap(doc).get('c')!.set('partyId', 'nope');
        stepsMap(doc).get('d')!.set('ifYes', 'nobody');
      },
      (plan: Plan) => {
        assert.equal(plan.items.find((item) => item.id === 'c')!.partyId, 'seller', 'the step keeps its lane');
        assert.equal(plan.items.find((item) => item.id === 'd')!.ifYes, undefined);
      },
    ],
    [
      'a lane name that is not text, and a colour that is not one',
      (doc: Y.Doc) => {
        partiesMap(doc).get('buyer')!.set('name', 12345);
        partiesMap(doc).get('buyer')!.set('color', 'url(https://evil.example/x)');
      },
      (plan: Plan) => {
        assert.deepEqual(
          plan.parties.map((party) => [party.id, party.name, party.color]),
          [
            ['seller', 'Seller Inc', undefined],
            ['buyer', 'Buyer Ltd', undefined],
          ],
        );
        assert.deepEqual(
          plan.items.map((item) => item.partyId),
          ['seller', 'buyer', 'seller', 'buyer'],
          'no step left the lane',
        );
      },
    ],
    [
      'a target date that is not a date, and an agreement no one knows',
      (doc: Y.Doc) => {
        planMap(doc).set('targetDate', 'tomorrow');
        planMap(doc).set('status', 'hacked');
      },
      (plan: Plan) => {
        assert.equal(plan.targetDate, '2027-03-31');
        assert.equal(plan.status, undefined);
      },
    ],
  ] as const) {
    it(`refuses ${what}: both sides keep a valid plan, the seller is told, and the room is mended`, () => {
      const { room: live, ana, ben } = room();
      tamper(ben, write);
      live.sync();
      for (const peer of [ana, ben]) {
        assert.doesNotThrow(() => validatePlan(peer.plan), `${peer.name} shows a valid plan`);
        check(peer.plan);
      }
      assert.equal(ana.messages('refused').length > 0, true, 'the seller hears of it');
      assert.match(ana.messages('refused').join(' '), /was not taken/);
      assert.deepEqual(ana.messages('repaired'), [], 'nothing was moved or unlinked to make up for it');
      // The seller wrote the last valid values back: a third person joining now reads a valid plan at once.
      const cy = live.peer('Cy', 'buyer').join();
      live.sync();
      assert.doesNotThrow(() => validatePlan(cy.plan));
      check(cy.plan);
      assert.deepEqual(cy.messages('refused'), []);
    });
  }

  it('names the step and the field in what it tells', () => {
    const { room: live, ana, ben } = room();
    tamper(ben, (doc) => stepsMap(doc).get('c')!.set(SPAN, '2027-02-30/2027-03-01'));
    live.sync();
    assert.equal(ana.messages('refused').length, 1);
    assert.match(
      ana.messages('refused')[0]!,
      /^A change to "C" was not taken \(start: .*2027-02-30.*\); the last valid value is kept\.$/,
    );
  });

  it('does not show a new step that has no valid dates, and keeps the steps that wait for nothing', () => {
    const { room: live, ana, ben } = room();
    tamper(ben, (doc) => {
      const step = new Y.Map<unknown>();
      step.set('title', 'Injected');
      step.set('partyId', 'buyer');
      step.set('kind', 'task');
      step.set(SPAN, 'soon/later');
      stepsMap(doc).set('x', step);
    });
    live.sync();
    assert.deepEqual(
      ana.plan.items.map((item) => item.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.match(ana.messages('refused').join(' '), /"Injected" was not taken .*the step is not shown/);
    assert.doesNotThrow(() => validatePlan(ana.plan));
  });

  it('takes a valid change from the same side (the control)', () => {
    const { room: live, ana, ben } = room();
    tamper(ben, (doc) => stepsMap(doc).get('c')!.set(SPAN, '2027-03-15/2027-03-16'));
    live.sync();
    assert.equal(dates(ana.plan)['c'], '2027-03-15..2027-03-16');
    assert.deepEqual(ana.messages('refused'), []);
  });
});
