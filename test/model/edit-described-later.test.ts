import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { moveItem } from '../../src/model/commands.js';
import { editDescribedLater, replacedIds, updateEntries } from '../../src/model/edit.js';
import type { LogEntry } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';

const chain = () =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-05', '2026-03-06', 'a'],
    c: ['2026-03-09', '2026-03-13', 'b'],
    d: ['2026-03-09', '2026-03-10'],
  });

describe('an edit described later', () => {
  it('describes the change once, when its entries are first read', () => {
    let described = 0;
    const entries: LogEntry[] = [{ at: '', op: 'update', itemId: 'a' }];
    const edit = editDescribedLater(chain(), () => {
      described += 1;
      return entries;
    });
    assert.equal(described, 0);
    assert.equal(edit.changes, entries);
    assert.equal(edit.changes, entries);
    assert.equal(described, 1);
  });

  it('gives a cascading move the same entries as describing it step by step', () => {
    const plan = chain();
    const edit = moveItem(plan, 'a', 3, { at: '2026-03-01T09:00:00.000Z', by: 'Dana Lee' });
    const expected = updateEntries(plan.items, edit.plan.items, { at: '2026-03-01T09:00:00.000Z', by: 'Dana Lee' }, [
      'a',
    ]);
    assert.deepEqual(
      edit.changes.map((change) => [change.itemId, change.after]),
      [
        ['a', { start: '2026-03-05', end: '2026-03-07' }],
        ['b', { start: '2026-03-08', end: '2026-03-09' }],
        ['c', { start: '2026-03-10', end: '2026-03-14' }],
      ],
    );
    assert.deepEqual(edit.changes, expected);
    assert.deepEqual({ ...edit }.changes, expected, 'a copy of the edit carries its entries');
  });
});

describe('replacedIds', () => {
  it('names the steps an edit replaced, in plan order', () => {
    const plan = chain();
    const edit = moveItem(plan, 'a', 3);
    assert.deepEqual(replacedIds(plan.items, edit.plan.items), ['a', 'b', 'c']);
    assert.deepEqual(replacedIds(plan.items, plan.items), [], 'control: nothing replaced, nothing named');
  });

  it('matches steps by id when the list is in another order', () => {
    const plan = chain();
    const [a, b, c, d] = plan.items;
    const moved = { ...c!, start: '2026-03-11', end: '2026-03-15' };
    assert.deepEqual(replacedIds(plan.items, [d!, moved, b!, a!]), ['c']);
  });
});
