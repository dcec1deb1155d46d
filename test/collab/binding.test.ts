import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { addItem, link, moveItem, removeItem, resizeItem, updateItem } from '../../src/model/commands.js';
import { moveParty, removeParty, updateParty } from '../../src/model/party-commands.js';
import { updatePlan } from '../../src/model/plan-commands.js';
import { validatePlan } from '../../src/model/validate.js';
import type { Item, Plan } from '../../src/model/types.js';
import { Room, type Peer } from '../support/collab-peers.js';
import { dates, planOf } from '../support/plan-builders.js';

const deal = (): Plan =>
  planOf({
    a: ['2027-03-01', '2027-03-03'],
    b: ['2027-03-04', '2027-03-05', 'a'],
    c: ['2027-03-08', '2027-03-09'],
    d: ['2027-03-10', '2027-03-12'],
  });

/** A seller who seeds the room and a buyer who joins it, both having seen everything. */
function sellerAndBuyer(plan = deal()): { room: Room; ana: Peer; ben: Peer } {
  const room = new Room();
  const ana = room.peer('Ana', 'seller').join(plan);
  const ben = room.peer('Ben', 'buyer').join();
  room.sync();
  return { room, ana, ben };
}

const titles = (plan: Plan): string[] => plan.items.map((item) => item.title);

describe('live plan: edits cross between people', () => {
  it('shows the seeded plan to a buyer who joins, with the same dates and order', () => {
    const { ana, ben } = sellerAndBuyer();
    assert.deepEqual(dates(ben.plan), dates(ana.plan));
    assert.deepEqual(titles(ben.plan), ['A', 'B', 'C', 'D']);
    assert.deepEqual(ben.plan.items[1]!.dependsOn, ['a']);
  });

  it('keeps both of two concurrent moves of different steps', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    ben.document.apply((plan) => moveItem(plan, 'd', 3), 'user');
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(dates(peer.plan)['c'], '2027-03-10..2027-03-11');
      assert.equal(dates(peer.plan)['d'], '2027-03-13..2027-03-15');
    }
    assert.deepEqual(ana.messages('lost-race'), []);
    assert.deepEqual(ben.messages('lost-race'), []);
  });

  it('writes a drag and its cascade as one transaction', () => {
    const { ana, ben } = sellerAndBuyer();
    const updates: Uint8Array[] = [];
    ana.shared.on('update', (update: Uint8Array) => updates.push(update));
    ana.document.apply((plan) => moveItem(plan, 'a', 4), 'user');
    assert.equal(updates.length, 1);
    Y.applyUpdate(ben.shared, updates[0]!);
    assert.equal(dates(ben.plan)['a'], '2027-03-05..2027-03-07');
    assert.equal(dates(ben.plan)['b'], '2027-03-08..2027-03-09', 'the dependent moved in the same update');
  });

  it('converges on one value when two people move the same step, and tells the one whose move lost', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    ben.document.apply((plan) => moveItem(plan, 'c', -3), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['c'], dates(ben.plan)['c']);
    assert.equal(JSON.stringify(ana.binding.plan), JSON.stringify(ben.binding.plan));
    // Ben's client id is higher, so his value wins in Yjs; Ana is told, Ben is not.
    assert.equal(dates(ana.plan)['c'], '2027-03-05..2027-03-06');
    assert.deepEqual(ana.messages('lost-race'), ['Ben moved "C" at the same time as you; their change was kept.']);
    assert.deepEqual(ben.messages('lost-race'), []);
  });

  it('names the step both moved, not one it pushed, when a move and its cascade lose', () => {
    const chain = planOf({
      a: ['2027-03-01', '2027-03-03'],
      b: ['2027-03-04', '2027-03-05', 'a'],
      c: ['2027-03-08', '2027-03-09', 'b'],
      d: ['2027-03-10', '2027-03-12'],
    });
    const { room, ana, ben } = sellerAndBuyer(chain);
    ana.document.apply((plan) => moveItem(plan, 'a', 2), 'user');
    ben.document.apply((plan) => moveItem(plan, 'a', 5), 'user');
    room.sync();
    assert.equal(JSON.stringify(ana.binding.plan), JSON.stringify(ben.binding.plan));
    assert.deepEqual(ana.messages('lost-race'), [
      'Ben moved "A" (and 1 step after it) at the same time as you; their change was kept.',
    ]);
    assert.deepEqual(ben.messages('lost-race'), []);
  });

  it('does not call a later edit of the same step a lost race', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    room.sync();
    ben.document.apply((plan) => moveItem(plan, 'c', 1), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['c'], '2027-03-11..2027-03-12');
    assert.deepEqual(ana.messages('lost-race'), []);
  });

  it('never tears start and end when one person moves a bar and the other drags its edge', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'd', 5), 'user');
    ben.document.apply((plan) => resizeItem(plan, 'd', 'start', -2), 'user');
    room.sync();
    const [start, end] = dates(ana.plan)['d']!.split('..');
    assert.ok(start! <= end!);
    assert.equal(dates(ana.plan)['d'], dates(ben.plan)['d']);
    assert.doesNotThrow(() => validatePlan(ana.plan));
  });

  it('merges edits made offline when the connection comes back', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ben.online = false;
    ben.document.apply((plan) => updateItem(plan, 'a', { title: 'Kick-off call' }), 'user');
    ben.document.apply((plan) => moveItem(plan, 'd', 1), 'user');
    ana.document.apply((plan) => moveItem(plan, 'c', 1), 'user');
    room.sync();
    assert.equal(ana.plan.items[0]!.title, 'A', 'nothing crosses while offline');
    ben.online = true;
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(peer.plan.items[0]!.title, 'Kick-off call');
      assert.equal(dates(peer.plan)['c'], '2027-03-09..2027-03-10');
      assert.equal(dates(peer.plan)['d'], '2027-03-11..2027-03-13');
    }
  });

  it('projects equal plans with the same key order on both sides, whatever order updates arrived in', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => updateItem(plan, 'c', { owner: 'Dana', notes: 'Bring the deck' }), 'user');
    ben.document.apply((plan) => updateItem(plan, 'c', { status: 'in-progress', role: 'CFO' }), 'user');
    room.send(ben, ana);
    room.send(ana, ben);
    assert.equal(JSON.stringify(ana.binding.plan), JSON.stringify(ben.binding.plan));
    assert.deepEqual(Object.keys(ana.binding.plan.items[2]!), [
      'id',
      'title',
      'partyId',
      'kind',
      'start',
      'end',
      'owner',
      'role',
      'status',
      'notes',
    ]);
  });

  it('keeps the order of steps, and places a step added on one side on the other', () => {
    const { room, ana, ben } = sellerAndBuyer();
    const step = {
      id: 'e',
      title: 'E',
      partyId: 'buyer',
      kind: 'task' as const,
      start: '2027-03-15',
      end: '2027-03-16',
    };
    ben.document.apply((plan) => addItem(plan, step), 'user');
    ana.document.apply((plan) => removeItem(plan, 'c'), 'user');
    room.sync();
    assert.deepEqual(titles(ana.plan), ['A', 'B', 'D', 'E']);
    assert.deepEqual(titles(ben.plan), ['A', 'B', 'D', 'E']);
  });
});

describe('live plan: joining a room', () => {
  it('lets a seller seed an empty room, never a buyer', () => {
    const room = new Room();
    const ben = room.peer('Ben', 'buyer').join(deal());
    const ana = room.peer('Ana', 'seller').join();
    room.sync();
    assert.equal(ana.document.hasPlan, false, 'a buyer never seeds');
    assert.equal(Y.encodeStateAsUpdate(ben.shared).length <= 2, true);
    const cy = room.peer('Cy', 'seller').join(deal());
    room.sync();
    assert.deepEqual(titles(ana.plan), ['A', 'B', 'C', 'D']);
    assert.deepEqual(titles(cy.plan), ['A', 'B', 'C', 'D']);
  });

  it("writes nothing of a buyer's into a room before the seller's plan is there", () => {
    const room = new Room();
    const ben = room.peer('Ben', 'buyer').join();
    // A plan the buyer's page shows before the room has one (set by its host), then edited there.
    ben.document.load({ ...deal(), title: 'Buyer draft' }, 'property');
    ben.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    room.sync();
    assert.equal(Y.encodeStateAsUpdate(ben.shared).length <= 2, true, 'the room is still empty');
    const ana = room.peer('Ana', 'seller').join(deal());
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(peer.plan.title, deal().title);
      assert.equal(dates(peer.plan)['c'], '2027-03-08..2027-03-09', "the seller's plan, not the buyer's draft");
    }
  });

  it("shows the room's plan in place of a local one once the room has a plan", () => {
    const { room } = sellerAndBuyer();
    const local = { ...deal(), title: 'My old copy' };
    const late = room.peer('Lu', 'seller');
    room.send(room.peers[0]!, late);
    late.join(local);
    assert.equal(late.plan.title, 'Test plan');
    assert.deepEqual(titles(late.plan), ['A', 'B', 'C', 'D']);
    room.sync();
    assert.equal(room.peers[1]!.plan.title, 'Test plan', 'the local copy never overwrote the room');
  });
});

describe('live plan: merges that break the rules are repaired the same way everywhere', () => {
  it('drops the same link on both sides when two links made at the same time form a loop', () => {
    const room = new Room();
    const ana = room.peer('Ana', 'seller').join(deal());
    const cy = room.peer('Cy', 'seller').join();
    room.sync();
    ana.document.apply((plan) => link(plan, 'c', 'd'), 'user');
    cy.document.apply((plan) => link(plan, 'd', 'c'), 'user');
    room.sync();
    assert.equal(JSON.stringify(ana.binding.plan), JSON.stringify(cy.binding.plan));
    assert.doesNotThrow(() => validatePlan(ana.plan));
    // ["d","c"] > ["c","d"]: the link from D to C goes.
    assert.deepEqual(ana.plan.items.find((item) => item.id === 'd')!.dependsOn, ['c']);
    assert.equal(ana.plan.items.find((item) => item.id === 'c')!.dependsOn, undefined);
    const message = '"C" no longer waits for "D": links added at the same time made a loop';
    assert.deepEqual(ana.messages('repaired'), [message]);
    assert.deepEqual(cy.messages('repaired'), [message]);
    // Written back: the documents now hold the repaired plan, and the repair is not reported again.
    assert.equal(Y.encodeStateAsUpdate(ana.shared).length > 0, true);
    const late = room.peer('Lu', 'seller').join();
    room.sync();
    assert.deepEqual(late.messages('repaired'), []);
    assert.deepEqual(late.plan.items.find((item) => item.id === 'd')!.dependsOn, ['c']);
  });

  it('drops a link to a step deleted at the same time, and says so', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => removeItem(plan, 'c'), 'user');
    ben.document.apply((plan) => link(plan, 'c', 'd'), 'user');
    room.sync();
    for (const peer of [ana, ben]) {
      assert.deepEqual(titles(peer.plan), ['A', 'B', 'D']);
      assert.equal(peer.plan.items[2]!.dependsOn, undefined);
      assert.doesNotThrow(() => validatePlan(peer.plan));
    }
    assert.deepEqual(ana.messages('repaired'), ['"D" no longer waits for a step that was deleted']);
    // Reported once: later changes do not repeat it.
    ben.document.apply((plan) => moveItem(plan, 'a', 1), 'user');
    room.sync();
    assert.equal(ana.messages('repaired').length, 1);
    assert.equal(ben.messages('repaired').length, 0, 'a buyer cannot tell a deleted step from a hidden one');
  });

  it('moves a step added to a lane removed at the same time to the first lane', () => {
    const plan = { ...deal(), parties: [...deal().parties, { id: 'legal', name: 'Legal', side: 'buyer' as const }] };
    const { room, ana, ben } = sellerAndBuyer(plan);
    const step = {
      id: 'e',
      title: 'Redlines',
      partyId: 'legal',
      kind: 'task' as const,
      start: '2027-03-15',
      end: '2027-03-16',
    };
    ben.document.apply((current) => addItem(current, step), 'user');
    ana.document.apply((current) => removeParty(current, 'legal'), 'user');
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(peer.plan.items.find((item) => item.id === 'e')!.partyId, 'seller');
      assert.doesNotThrow(() => validatePlan(peer.plan));
    }
    assert.deepEqual(ana.messages('repaired'), ['"Redlines" moved to Seller Inc: its lane was removed']);
    assert.deepEqual(ben.messages('repaired'), ['"Redlines" moved to Seller Inc: its lane was removed']);
  });

  it('drops an "if yes" on a decision that became a task at the same time', () => {
    const plan = deal();
    const items = plan.items.map((item) =>
      item.id === 'c' ? { ...item, kind: 'decision' as const, end: item.start } : item,
    );
    const { room, ana, ben } = sellerAndBuyer({ ...plan, items });
    ana.document.apply((current) => updateItem(current, 'd', { ifYes: 'c' }), 'user');
    ben.document.apply((current) => updateItem(current, 'c', { kind: 'task' }), 'user');
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(peer.plan.items.find((item) => item.id === 'd')!.ifYes, undefined);
      assert.doesNotThrow(() => validatePlan(peer.plan));
    }
    assert.deepEqual(ben.messages('repaired'), ['"D" no longer assumes "C", which is not a decision any more']);
  });
});

describe('live plan: undo is per person', () => {
  it("undoes only one's own last change, never the other person's", () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    room.sync();
    ben.document.apply((plan) => moveItem(plan, 'd', 3), 'user');
    room.sync();
    assert.equal(ana.document.undo(), true);
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(dates(peer.plan)['c'], '2027-03-08..2027-03-09', "Ana's move is undone");
      assert.equal(dates(peer.plan)['d'], '2027-03-13..2027-03-15', "Ben's move stays");
    }
    assert.equal(ana.document.undo(), false, 'Ana has nothing more of her own to undo');
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.equal(dates(ana.plan)['d'], '2027-03-10..2027-03-12');
  });
  it("keeps the other person's later value of a field when undoing one's own change to the same step", () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    room.sync();
    assert.equal(dates(ben.plan)['c'], '2027-03-10..2027-03-11');
    ben.document.apply((plan) => updateItem(plan, 'c', { end: '2027-03-17' }), 'user');
    room.sync();
    assert.equal(ana.document.undo(), true);
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(
        dates(peer.plan)['c'],
        '2027-03-08..2027-03-17',
        "Ana's start comes back; Ben's end, set after her move, stays",
      );
    }
    assert.equal(ben.document.undo(), true, 'Ben can still undo his own change');
    room.sync();
    assert.equal(dates(ana.plan)['c'], '2027-03-08..2027-03-11', "Ben's undo restores the end he replaced");
  });
});

describe('live plan: the log of remote changes', () => {
  it('names only the plan fields and the lanes that changed', () => {
    const { room, ana, ben } = sellerAndBuyer(deal());
    ben.document.apply((plan) => updatePlan(plan, { targetDate: '2027-04-30' }), 'user');
    ben.document.apply((plan) => updateParty(plan, 'buyer', { name: 'Northwind Foods' }), 'user');
    room.sync();
    const remote = (ana.plan.log ?? []).filter((entry) => entry.by === 'Ben');
    assert.deepEqual(
      // As stored: a field that was not there has no value before.
      JSON.parse(JSON.stringify(remote.map(({ op, partyId, before, after }) => ({ op, partyId, before, after })))),
      [
        { op: 'plan', before: {}, after: { targetDate: '2027-04-30' } },
        { op: 'party-update', partyId: 'buyer', before: { name: 'Buyer Ltd' }, after: { name: 'Northwind Foods' } },
      ],
    );
    assert.doesNotThrow(() => validatePlan(ana.plan));
  });
});

describe('live plan: the log of a lane moved by someone else', () => {
  it('names the one lane moved and where it went', () => {
    const plan = {
      ...deal(),
      parties: [...deal().parties, { id: 'legal', name: 'Legal', side: 'partner' as const }],
    };
    const { room, ana, ben } = sellerAndBuyer(plan);
    ben.document.apply((current) => moveParty(current, 'legal', 0), 'user');
    room.sync();
    assert.deepEqual(
      ana.plan.parties.map((party) => party.id),
      ['legal', 'seller', 'buyer'],
    );
    const moves = (ana.plan.log ?? []).filter((entry) => entry.op === 'party-move');
    assert.deepEqual(
      moves.map(({ partyId, before, after, by }) => ({ partyId, before, after, by })),
      [{ partyId: 'legal', before: { index: 2 }, after: { index: 0 }, by: 'Ben' }],
    );
  });
});

describe('live plan: going live', () => {
  it("keeps the seller's undo history when the room is seeded with the plan shown", () => {
    const room = new Room();
    const ana = room.peer('Ana', 'seller');
    ana.document.load(deal(), 'property');
    ana.document.apply((plan) => moveItem(plan, 'c', 2), 'user');
    ana.join();
    const ben = room.peer('Ben', 'buyer').join();
    room.sync();
    assert.equal(dates(ben.plan)['c'], '2027-03-10..2027-03-11');
    assert.equal(ana.document.canUndo, true, 'the move made before sharing can still be undone');
    assert.equal(ana.document.undo(), true);
    room.sync();
    assert.equal(dates(ben.plan)['c'], '2027-03-08..2027-03-09', 'the undo reaches the buyer');
  });

  it('drops the undo history when the room already holds another plan (the control)', () => {
    const room = new Room();
    room.peer('Ana', 'seller').join(deal());
    const cy = room.peer('Cy', 'seller');
    cy.document.load(planOf({ z: ['2027-05-03', '2027-05-04'] }), 'property');
    cy.document.apply((plan) => moveItem(plan, 'z', 1), 'user');
    room.sync();
    cy.join();
    room.sync();
    assert.deepEqual(titles(cy.plan), ['A', 'B', 'C', 'D'], "the room's plan wins");
    assert.equal(cy.document.canUndo, false, 'a move on a plan no longer shown cannot be undone');
  });
});

describe('live plan: undo when someone has changed everything a step touched', () => {
  it('passes over that step, reports nothing that did not happen, and undoes the one before it', () => {
    const { room, ana, ben } = sellerAndBuyer();
    ana.document.apply((plan) => moveItem(plan, 'd', 1), 'user');
    ana.document.apply((plan) => updateItem(plan, 'c', { owner: 'Ana' }), 'user');
    room.sync();
    ben.document.apply((plan) => updateItem(plan, 'c', { owner: 'Ben' }), 'user');
    room.sync();
    const changes: unknown[] = [];
    const passedOver: unknown[] = [];
    ana.document.subscribe((event) => {
      if (event.type === 'change' && event.source === 'undo') {
        changes.push(event.changes);
        passedOver.push(event.passedOver);
      }
    });
    const logged = ana.plan.log?.length ?? 0;
    assert.equal(ana.document.undo(), true);
    room.sync();
    for (const peer of [ana, ben]) {
      assert.equal(peer.plan.items.find((item) => item.id === 'c')!.owner, 'Ben', "Ben's owner stays");
      assert.equal(dates(peer.plan)['d'], '2027-03-10..2027-03-12', "Ana's earlier move is what was undone");
    }
    assert.equal(changes.length, 1);
    assert.deepEqual(passedOver, [1], 'the undo says it passed over one step, so the page can tell the user');
    assert.deepEqual(
      (changes[0] as { itemId: string; after: object }[]).map((change) => [change.itemId, Object.keys(change.after)]),
      [['d', ['start', 'end']]],
      'the undo reports the move it undid, not the owner it did not',
    );
    assert.equal(ana.plan.log!.length, logged + 1);
    assert.equal(ana.document.undo(), false, 'nothing of Ana’s is left to undo');
  });
});

describe('live plan: internal steps stay with the seller', () => {
  const withInternal = (): Plan => {
    const plan = deal();
    const secret = {
      id: 'x',
      title: 'Discount approval by deal desk',
      partyId: 'seller',
      kind: 'task' as const,
      start: '2027-03-04',
      end: '2027-03-05',
      internal: true,
      dependsOn: ['a'],
    };
    const items = [...plan.items, secret].map((item) => (item.id === 'c' ? { ...item, dependsOn: ['x'] } : item));
    return { ...plan, items };
  };
  const SECRET = 'Discount approval';
  const contains = (bytes: Uint8Array, text: string): boolean => Buffer.from(bytes).toString('latin1').includes(text);

  it('shows a seller the whole plan and a buyer the plan without internal steps', () => {
    const { ana, ben } = sellerAndBuyer(withInternal());
    assert.deepEqual(titles(ana.plan), ['A', 'B', 'C', 'D', 'Discount approval by deal desk']);
    assert.deepEqual(ana.plan.items[2]!.dependsOn, ['x']);
    assert.deepEqual(titles(ben.plan), ['A', 'B', 'C', 'D']);
    assert.equal(ben.plan.items[2]!.dependsOn, undefined);
    assert.doesNotThrow(() => validatePlan(ben.plan));
  });

  it('never writes an internal step title into the shared document, its updates or its history', () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    ana.document.apply((plan) => moveItem(plan, 'x', 1), 'user');
    ana.document.apply((plan) => updateItem(plan, 'x', { title: 'Discount approval, 12% cap' }), 'user');
    ana.document.apply((plan) => updateItem(plan, 'b', { internal: true, title: 'Discount approval memo' }), 'user');
    room.sync();
    // Positive control: the seller's internal document does hold the title.
    assert.ok(contains(Y.encodeStateAsUpdate(ana.internal!), SECRET));
    for (const peer of [ana, ben]) {
      assert.ok(!contains(Y.encodeStateAsUpdate(peer.shared), SECRET));
      assert.ok(peer.sharedTraffic.length > 0);
      for (const update of peer.sharedTraffic) assert.ok(!contains(update, SECRET));
    }
    assert.ok(!JSON.stringify(ben.plan).includes(SECRET));
    assert.deepEqual(titles(ben.plan), ['A', 'C', 'D']);
  });

  it('lets a buyer edit shared steps without touching the internal ones', () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    ben.document.apply((plan) => moveItem(plan, 'd', 2), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['d'], '2027-03-12..2027-03-14');
    assert.deepEqual(ana.plan.items.find((item) => item.id === 'c')!.dependsOn, ['x']);
    assert.deepEqual(ana.messages('repaired'), []);
    assert.deepEqual(ben.messages('repaired'), []);
  });
  it("pushes a seller's internal step that waits for a step the buyer moved, and what waits for it", () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    // The buyer's page pushes B, which it shows; x (internal) waits for A too, and C waits for x.
    ben.document.apply((plan) => moveItem(plan, 'a', 4), 'user');
    room.sync();
    assert.equal(dates(ben.plan)['b'], '2027-03-08..2027-03-09');
    assert.equal(dates(ana.plan)['x'], '2027-03-08..2027-03-09', 'starts the day after A now ends');
    for (const peer of [ana, ben]) assert.equal(dates(peer.plan)['c'], '2027-03-10..2027-03-11');
    assert.deepEqual(ana.messages('pushed'), [
      '"Discount approval by deal desk" (and 1 step after it) moved to 8 Mar: it waits for "A", which Ben moved.',
    ]);
    assert.deepEqual(ben.messages('pushed'), []);
    // The seller's log names the buyer's change; the buyer's names the seller's page for the push of C.
    assert.ok(ana.plan.log!.some((entry) => entry.itemId === 'x' && entry.by === 'Ben'));
    assert.ok(ben.plan.log!.some((entry) => entry.itemId === 'c' && entry.by === 'Ana'));
  });

  it('moves the pushed steps back when the buyer undoes the move that pushed them, one undo at a time', () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    const before = dates(ana.plan);
    ben.document.apply((plan) => moveItem(plan, 'a', 2), 'user');
    room.sync();
    const once = dates(ana.plan);
    assert.equal(once['x'], '2027-03-06..2027-03-07');
    ben.document.apply((plan) => moveItem(plan, 'a', 2), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['x'], '2027-03-08..2027-03-09');
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.deepEqual(dates(ana.plan), once, 'the second push is taken back');
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.deepEqual(dates(ana.plan), before, 'and the first');
    assert.deepEqual(dates(ben.plan), Object.fromEntries(Object.entries(before).filter(([id]) => id !== 'x')));
    assert.equal(
      ana.messages('pushed').at(-1),
      '"Discount approval by deal desk" moved back to 4 Mar: "A", which it waits for, moved back.',
    );
  });

  it('pushes them on joining when the buyer moved the step while no seller page was open', async () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    const lastSeen = ana.plan;
    ana.online = false;
    ben.document.apply((plan) => moveItem(plan, 'a', 4), 'user');
    room.sync();
    // The control: a seller's page that knows nothing of what it last saw shows the step out of order.
    const elsewhere = room.peer('Lu', 'seller');
    room.send(ana, elsewhere);
    room.send(ben, elsewhere);
    elsewhere.join();
    assert.equal(dates(elsewhere.plan)['x'], '2027-03-04..2027-03-05');
    // Ana comes back: her browser's copy of the room as she left it, then the room's news.
    const back = room.peer('Ana', 'seller');
    room.send(ana, back);
    room.send(ben, back);
    back.join(undefined, { lastSeen });
    room.sync();
    await Promise.resolve(); // what joining found is told after the page subscribed
    for (const peer of [back, elsewhere]) assert.equal(dates(peer.plan)['x'], '2027-03-08..2027-03-09');
    for (const peer of [back, ben]) assert.equal(dates(peer.plan)['c'], '2027-03-10..2027-03-11');
    assert.deepEqual(back.messages('pushed'), [
      '"Discount approval by deal desk" (and 1 step after it) moved to 8 Mar: it waits for "A", which someone else moved.',
    ]);
  });

  it('leaves a pushed step where the seller put it since when the buyer undoes', () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    ben.document.apply((plan) => moveItem(plan, 'a', 4), 'user');
    room.sync();
    ana.document.apply((plan) => moveItem(plan, 'x', 1), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['x'], '2027-03-09..2027-03-10');
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.equal(dates(ana.plan)['a'], '2027-03-01..2027-03-03');
    assert.equal(dates(ana.plan)['x'], '2027-03-09..2027-03-10', "the seller's own move stands");
    assert.equal(dates(ana.plan)['c'], '2027-03-11..2027-03-12', 'and C still waits for it');
  });

  it("leaves a seller's internal step out of order when the buyer's change moves nothing it waits for", () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    ana.document.apply((plan) => moveItem(plan, 'x', -3), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['x'], '2027-03-01..2027-03-02', 'put before A, which it waits for');
    ben.document.apply((plan) => moveItem(plan, 'd', 2), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['x'], '2027-03-01..2027-03-02');
    assert.deepEqual(ana.messages('pushed'), []);
    // Control: a move of A does push it.
    ben.document.apply((plan) => moveItem(plan, 'a', 1), 'user');
    room.sync();
    assert.equal(dates(ana.plan)['x'], '2027-03-05..2027-03-06');
  });

  it("brings back a seller's internal link when the buyer undoes deleting the step it waits for", () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    ben.document.apply((plan) => removeItem(plan, 'a'), 'user');
    room.sync();
    const secret = (): Item => ana.plan.items.find((item) => item.id === 'x')!;
    assert.equal(secret().dependsOn, undefined);
    assert.doesNotThrow(() => validatePlan(ana.plan));
    assert.deepEqual(ana.messages('repaired'), [
      '"Discount approval by deal desk" no longer waits for a step that was deleted',
    ]);
    // A seller who joins meanwhile sees the same plan, and is not told again of a deletion made before they came.
    // (A page binds once the room has synced, as a session does.)
    const lu = room.peer('Lu', 'seller');
    room.send(ana, lu);
    lu.join();
    room.sync();
    assert.equal(lu.plan.items.find((item) => item.id === 'x')!.dependsOn, undefined);
    assert.deepEqual(lu.messages('repaired'), []);
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.deepEqual(titles(ben.plan), ['A', 'B', 'C', 'D']);
    assert.deepEqual(secret().dependsOn, ['a']);
    assert.deepEqual(lu.plan.items.find((item) => item.id === 'x')!.dependsOn, ['a']);
    assert.doesNotThrow(() => validatePlan(ana.plan));
  });

  it("puts a seller's internal step back in its lane when the buyer undoes removing the lane", () => {
    const { room, ana, ben } = sellerAndBuyer(withInternal());
    ben.document.apply((plan) => removeParty(plan, 'seller', { moveStepsTo: 'buyer' }), 'user');
    room.sync();
    const laneOf = (peer: Peer, id: string) => peer.plan.items.find((item) => item.id === id)!.partyId;
    assert.equal(laneOf(ana, 'x'), 'buyer', 'shown in the lane left');
    assert.equal(laneOf(ana, 'a'), 'buyer', "the buyer's own move of the steps it saw");
    assert.doesNotThrow(() => validatePlan(ana.plan));
    assert.deepEqual(ana.messages('repaired'), [
      '"Discount approval by deal desk" moved to Buyer Ltd: its lane was removed',
    ]);
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.deepEqual(
      ana.plan.parties.map((party) => party.id),
      ['seller', 'buyer'],
    );
    assert.equal(laneOf(ana, 'a'), 'seller');
    assert.equal(laneOf(ana, 'x'), 'seller', 'the internal step is back in its lane');
    assert.doesNotThrow(() => validatePlan(ana.plan));
  });

  it("keeps a seller's internal joint step joint with a lane the buyer removed and then brought back", () => {
    const plan = withInternal();
    const legal = { id: 'legal', name: 'Acme Legal', side: 'buyer' as const };
    const items = plan.items.map((item) => (item.id === 'x' ? { ...item, withPartyIds: ['legal'] } : item));
    const { room, ana, ben } = sellerAndBuyer({ ...plan, parties: [...plan.parties, legal], items });
    const jointOf = (peer: Peer) => peer.plan.items.find((item) => item.id === 'x')!.withPartyIds;
    ben.document.apply((current) => removeParty(current, 'legal'), 'user');
    room.sync();
    assert.equal(jointOf(ana), undefined, 'no longer joint with a lane that is gone');
    assert.doesNotThrow(() => validatePlan(ana.plan));
    assert.deepEqual(ana.messages('repaired'), [
      '"Discount approval by deal desk" no longer lists a lane that was removed',
    ]);
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.deepEqual(jointOf(ana), ['legal'], 'joint with the lane again');
  });

  it('breaks a loop that a deleted step closes when it comes back', () => {
    const plan = withInternal();
    const y = { ...plan.items.find((item) => item.id === 'x')!, id: 'y', title: 'Legal pre-check' };
    delete y.dependsOn;
    const items = [...plan.items, y].map((item) =>
      item.id === 'x' ? { ...item, dependsOn: ['b'] } : item.id === 'b' ? { ...item, dependsOn: ['y'] } : item,
    );
    const { room, ana, ben } = sellerAndBuyer({ ...plan, items });
    ben.document.apply((current) => removeItem(current, 'b'), 'user');
    room.sync();
    // With B gone, y may wait for x; B's return, with no link of its own written again, closes y → x → B → y.
    ana.document.apply((current) => link(current, 'x', 'y'), 'user');
    room.sync();
    assert.deepEqual(ana.plan.items.find((item) => item.id === 'y')!.dependsOn, ['x']);
    // A change in between, so that B's return is the only thing the seller's page reads next.
    ben.document.apply((current) => moveItem(current, 'd', 1), 'user');
    room.sync();
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.equal(ben.document.undo(), true);
    room.sync();
    assert.deepEqual(titles(ben.plan), ['A', 'B', 'C', 'D']);
    for (const peer of [ana, ben]) assert.doesNotThrow(() => validatePlan(peer.plan));
    assert.match(ana.messages('repaired').at(-1)!, /links added at the same time made a loop/);
  });
});
