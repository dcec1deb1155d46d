import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { moveItem, resizeItem } from '../../src/model/commands.js';
import { cascade, resolveSchedule } from '../../src/model/cascade.js';
import { addDays } from '../../src/model/dates.js';
import type { Calendar, Item } from '../../src/model/types.js';
import { randomPlan, seededRandom } from '../support/random-plan.js';
import { dates, planOf } from '../support/plan-builders.js';

// a → b, a → c, b & c → d: the diamond.
const diamond = () =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-05', '2026-03-06', 'a'],
    c: ['2026-03-09', '2026-03-13', 'a'],
    d: ['2026-03-16', '2026-03-17', 'b', 'c'],
  });

describe('cascade (finish-to-start)', () => {
  it('pushes every dependent through a diamond just enough, keeping durations', () => {
    const { plan } = moveItem(diamond(), 'a', 5);
    assert.deepEqual(dates(plan), {
      a: '2026-03-07..2026-03-09',
      b: '2026-03-10..2026-03-11',
      c: '2026-03-10..2026-03-14',
      d: '2026-03-16..2026-03-17', // still after c (ends 14th): untouched
    });
  });

  it('pushes the join of a diamond by its latest branch', () => {
    const { plan } = moveItem(diamond(), 'a', 8);
    assert.equal(dates(plan)['c'], '2026-03-13..2026-03-17');
    assert.equal(dates(plan)['d'], '2026-03-18..2026-03-19');
  });

  it('never pulls dependents earlier', () => {
    const { plan, changes } = moveItem(diamond(), 'a', -2);
    assert.deepEqual(dates(plan), { ...dates(diamond()), a: '2026-02-28..2026-03-02' });
    assert.deepEqual(
      changes.map((change) => change.itemId),
      ['a'],
    );
  });

  it('does not move a done step', () => {
    const base = diamond();
    base.items[1] = { ...base.items[1]!, status: 'done' };
    const { plan } = moveItem(base, 'a', 5);
    assert.equal(dates(plan)['b'], '2026-03-05..2026-03-06');
  });

  it('cascades when a task grows at its end', () => {
    const { plan, changes } = resizeItem(diamond(), 'c', 'end', 3);
    assert.equal(dates(plan)['c'], '2026-03-09..2026-03-16');
    assert.equal(dates(plan)['d'], '2026-03-17..2026-03-18');
    assert.deepEqual(
      changes.map((change) => change.itemId),
      ['c', 'd'],
    );
  });

  it('finds each step wherever the list holds it, whether or not the graph holds it in the same place', () => {
    const graph = Object.freeze(diamond().items);
    const moved = (list: readonly Item[]) =>
      list.map((item) => (item.id === 'a' ? { ...item, start: '2026-03-07', end: '2026-03-09' } : item));
    const pushed = (list: readonly Item[]) =>
      Object.fromEntries(cascade(moved(list), ['a'], graph).map((item) => [item.id, `${item.start}..${item.end}`]));
    const expected = {
      a: '2026-03-07..2026-03-09',
      b: '2026-03-10..2026-03-11',
      c: '2026-03-10..2026-03-14',
      d: '2026-03-16..2026-03-17',
    };
    // In the graph's order (what every caller passes), reversed, and with a step fewer than the graph.
    assert.deepEqual(pushed(graph), expected);
    assert.deepEqual(pushed([...graph].reverse()), expected);
    assert.deepEqual(
      cascade(moved(graph), ['a'], graph).map((item) => item.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(
      cascade(moved([...graph].reverse()), ['a'], graph).map((item) => item.id),
      ['d', 'c', 'b', 'a'],
    );
    const { d: _d, ...withoutD } = expected;
    assert.deepEqual(pushed(graph.filter((item) => item.id !== 'd')), withoutD);
  });

  it('resolves a plan with violations into the schedule it implies', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-10'], b: ['2026-03-05', '2026-03-06', 'a'] });
    assert.deepEqual(
      resolveSchedule(plan.items).map((item) => item.start),
      ['2026-03-02', '2026-03-11'],
    );
  });
});

describe('moving by zero days', () => {
  it('is no change, even when a dependent already starts too early', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-10'], b: ['2026-03-05', '2026-03-06', 'a'] });
    const edit = moveItem(plan, 'a', 0);
    assert.equal(edit.plan, plan);
    assert.deepEqual(edit.changes, []);
  });
});

describe('resolveSchedule', () => {
  const settleAll = (items: readonly Item[], calendar?: Calendar) =>
    cascade(
      items,
      items.map((item) => item.id),
      items,
      calendar,
    );
  const workweek: Calendar = { workdays: [1, 2, 3, 4, 5], holidays: ['2026-04-03', '2026-05-01'] };

  it('gives the schedule settling every step gives, for plans that respect their dependencies and plans that do not', () => {
    let resolvedAsIs = 0;
    let moved = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seededRandom(seed);
      const plan = randomPlan(random, { steps: 60, parties: 4, dependencies: 1.4, milestones: 0.1, days: 120 });
      const calendar = seed % 2 === 0 ? workweek : undefined;
      // Resolved first (so it respects everything), then some steps pulled earlier and some marked done.
      let items = settleAll(plan.items, calendar);
      const pulls = seed % 3;
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index]!;
        if (random() < 0.05) items[index] = { ...item, status: 'done' };
        else if (pulls > 0 && random() < 0.04 * pulls) {
          // A day back from a Monday lands on the weekend, which only a calendar refuses after a Friday.
          const back = random() < 0.5 ? 1 : 3;
          items[index] = { ...item, start: addDays(item.start, -back), end: addDays(item.end, -back) };
        }
      }
      items = [...items];
      const expected = settleAll(items, calendar);
      const schedule = resolveSchedule(items, calendar);
      assert.deepEqual(schedule, expected, `seed ${seed}`);
      if (expected.every((item, index) => item === items[index])) resolvedAsIs += 1;
      else moved += 1;
    }
    // Both kinds of plan were tried.
    assert.ok(resolvedAsIs >= 5 && moved >= 5, `${resolvedAsIs} plans already resolved, ${moved} that moved`);
  });
});
