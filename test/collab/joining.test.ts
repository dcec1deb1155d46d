import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentEvent } from '../../src/document/plan-document.js';
import { moveItem, updateItem } from '../../src/model/commands.js';
import { Room } from '../support/collab-peers.js';
import { planOf } from '../support/plan-builders.js';

const deal = () =>
  planOf({
    a: ['2027-03-01', '2027-03-03'],
    b: ['2027-03-04', '2027-03-05', 'a'],
  });

/** What the peer's plan document told its spokes (the view, events, announcements), in order. */
function heard(peer: { document: { subscribe(listener: (event: DocumentEvent) => void): unknown } }) {
  const events: string[] = [];
  peer.document.subscribe((event) =>
    events.push(
      event.type === 'change'
        ? `change ${event.source} ${event.changes.map((change) => `${change.op}:${change.itemId ?? ''}:${change.by ?? ''}`).join(' ')}`
        : `${event.type}${event.type === 'load' ? ` ${event.from}` : ''}`,
    ),
  );
  return events;
}

describe('live plan: joining and reading only', () => {
  it('shows the room’s plan to someone joining as a load, not as changes someone made', () => {
    const room = new Room();
    const ana = room.peer('Ana', 'seller').join(deal());
    const ben = room.peer('Ben', 'buyer');
    const events = heard(ben);
    ben.join();
    room.sync();
    assert.deepEqual(events, ['load room']);
    assert.deepEqual(ben.plan.log ?? [], [], 'joining writes nothing in the log');
    assert.deepEqual(
      ben.plan.items.map((item) => item.id),
      ['a', 'b'],
    );
    // Positive control: what Ana does after that is a change, by her.
    ana.document.apply((plan) => moveItem(plan, 'a', 1), 'user');
    room.sync();
    assert.deepEqual(events, ['load room', 'change remote update:a:Ana update:b:Ana']);
    assert.equal(ben.plan.log?.length, 2);
  });

  it('a seller who seeds the room keeps what it shows, and later remote edits are changes', () => {
    const room = new Room();
    const ana = room.peer('Ana', 'seller');
    const events = heard(ana);
    ana.join(deal());
    const ben = room.peer('Ben', 'buyer').join();
    room.sync();
    ben.document.apply((plan) => updateItem(plan, 'a', { title: 'Kickoff' }), 'user');
    room.sync();
    assert.deepEqual(events, ['load property', 'change remote update:a:Ben']);
  });

  it('undoes an edit made by a page that may only read, says so, and writes nothing', async () => {
    const room = new Room();
    const ana = room.peer('Ana', 'seller').join(deal());
    const vic = room.peer('Vic', 'buyer').join(undefined, { readOnly: true });
    room.sync();
    vic.outbox.splice(0);
    vic.document.apply((plan) => updateItem(plan, 'b', { title: 'Changed by a viewer' }), 'api');
    await Promise.resolve();
    assert.equal(vic.plan.items[1]!.title, 'B');
    assert.deepEqual(vic.messages('read-only'), ['You can view this plan but not change it: your change was undone.']);
    assert.equal(vic.outbox.length, 0, 'nothing was written for the server to drop');
    // Positive control: the viewer still follows the room.
    ana.document.apply((plan) => updateItem(plan, 'b', { title: 'Changed by the seller' }), 'user');
    room.sync();
    assert.equal(vic.plan.items[1]!.title, 'Changed by the seller');
    assert.equal(ana.plan.items[1]!.title, 'Changed by the seller');
  });
});
