import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergePeople } from '../../src/collab/presence-view.js';

const ann = { name: 'Ann Seller', color: '#16a34a' };
const bea = { name: 'Bea Buyer', color: '#db2777' };

describe('the people a page shows, from the shared and the internal room', () => {
  it('lists a seller who is in both rooms once, with the shared and the internal steps they point at', () => {
    const shared = new Map<number, Record<string, unknown>>([
      [1, { ...ann, selected: ['a'] }],
      [2, bea],
      [3, { name: 'Me', color: '#000' }],
    ]);
    const internal = new Map<number, Record<string, unknown>>([
      [
        1,
        { ...ann, selected: ['memo'], drag: { itemId: 'memo', start: '2026-03-04', end: '2026-03-06', partyId: 's' } },
      ],
      [3, { name: 'Me', color: '#000' }],
    ]);
    assert.deepEqual(mergePeople([shared, internal], 3), [
      {
        ...ann,
        clientID: 1,
        selected: ['a', 'memo'],
        drag: { itemId: 'memo', start: '2026-03-04', end: '2026-03-06', partyId: 's' },
      },
      { ...bea, clientID: 2 },
    ]);
  });

  it('leaves out states without a name (a page that has not said who it is yet)', () => {
    const shared = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, bea],
    ]);
    assert.deepEqual(mergePeople([shared], 3), [{ ...bea, clientID: 2 }]);
  });
});
