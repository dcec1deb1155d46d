import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doneToday } from '../../src/model/status.js';
import type { Item } from '../../src/model/types.js';

const step = (start: string, end: string, kind: Item['kind'] = 'task'): Item => ({
  id: 's',
  title: 'Security review',
  partyId: 'buyer',
  kind,
  start,
  end,
});

describe('doneToday', () => {
  const today = '2026-12-08';

  it('ends today a step planned to end later, and starts it today when it was planned to start later', () => {
    assert.deepEqual(doneToday(step('2026-12-28', '2027-01-13'), today), {
      status: 'done',
      start: today,
      end: today,
    });
  });

  it('keeps the start of a step already under way', () => {
    assert.deepEqual(doneToday(step('2026-12-01', '2026-12-18'), today), {
      status: 'done',
      start: '2026-12-01',
      end: today,
    });
  });

  it('puts a milestone or a decision planned later on today', () => {
    for (const kind of ['milestone', 'decision'] as const)
      assert.deepEqual(doneToday(step('2027-01-05', '2027-01-05', kind), today), {
        status: 'done',
        start: today,
        end: today,
      });
  });

  it('keeps the dates of a step that ended today or before: they are what happened', () => {
    assert.deepEqual(doneToday(step('2026-11-20', '2026-12-04'), today), { status: 'done' });
    assert.deepEqual(doneToday(step('2026-12-01', today), today), { status: 'done' });
  });
});
