import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  chainOf,
  dependsTransitively,
  findCycle,
  findViolations,
  placeIn,
  topologicalOrder,
  waitingFor,
} from '../../src/model/graph.js';
import { freezePlan } from '../../src/model/freeze.js';
import { planOf } from '../support/plan-builders.js';

describe('dependency graph', () => {
  it('finds a 3-step cycle and names its ids in order', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-03', 'c'],
      b: ['2026-03-04', '2026-03-05', 'a'],
      c: ['2026-03-06', '2026-03-07', 'b'],
    });
    assert.deepEqual(findCycle(plan.items), ['a', 'c', 'b', 'a']);
  });

  it('names the steps that wait for a step, through others too, and its whole chain', () => {
    const plan = freezePlan(
      planOf({
        a: ['2026-03-02', '2026-03-03'],
        b: ['2026-03-04', '2026-03-05', 'a'],
        c: ['2026-03-04', '2026-03-06', 'a'],
        d: ['2026-03-09', '2026-03-10', 'b', 'c'],
        e: ['2026-03-02', '2026-03-03'],
      }),
    );
    assert.deepEqual([...waitingFor(plan.items, 'a')].sort(), ['b', 'c', 'd']);
    assert.deepEqual([...waitingFor(plan.items, 'b')], ['d']);
    assert.deepEqual([...waitingFor(plan.items, 'd')], []);
    assert.deepEqual([...chainOf(plan.items, 'b')].sort(), ['a', 'b', 'd']);
    assert.deepEqual([...chainOf(plan.items, 'e')], ['e']);
  });

  it('finds no cycle in a diamond', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-03'],
      b: ['2026-03-04', '2026-03-05', 'a'],
      c: ['2026-03-04', '2026-03-06', 'a'],
      d: ['2026-03-09', '2026-03-10', 'b', 'c'],
    });
    assert.equal(findCycle(plan.items), undefined);
  });

  it('orders predecessors before dependents', () => {
    const plan = planOf({
      d: ['2026-03-09', '2026-03-10', 'b', 'c'],
      c: ['2026-03-04', '2026-03-06', 'a'],
      b: ['2026-03-04', '2026-03-05', 'a'],
      a: ['2026-03-02', '2026-03-03'],
    });
    assert.deepEqual(
      topologicalOrder(plan.items).map((item) => item.id),
      ['a', 'b', 'c', 'd'],
    );
  });

  it('flags a step that starts on or before the day its predecessor ends, with the days it must move', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-06'],
      sameDay: ['2026-03-06', '2026-03-09', 'a'],
      nextDay: ['2026-03-07', '2026-03-09', 'a'],
      early: ['2026-03-03', '2026-03-04', 'a'],
    });
    assert.deepEqual(findViolations(plan.items), [
      { from: 'a', to: 'sameDay', days: 1 },
      { from: 'a', to: 'early', days: 4 },
    ]);
  });

  it('knows transitive dependencies', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-03'],
      b: ['2026-03-04', '2026-03-05', 'a'],
      c: ['2026-03-06', '2026-03-07', 'b'],
    });
    assert.equal(dependsTransitively(plan.items, 'c', 'a'), true);
    assert.equal(dependsTransitively(plan.items, 'a', 'c'), false);
  });

  it('gives each caller its own list of violations of a committed plan, as they are after each edit', () => {
    const steps = { a: ['2026-03-02', '2026-03-05'], b: ['2026-03-04', '2026-03-06', 'a'] } as const;
    const plan = freezePlan(planOf({ a: [...steps.a], b: [...steps.b] }));
    const first = findViolations(plan.items);
    assert.deepEqual(first, [{ from: 'a', to: 'b', days: 2 }]);
    first.pop();
    first.push({ from: 'x', to: 'y', days: 9 });
    assert.deepEqual(findViolations(plan.items), [{ from: 'a', to: 'b', days: 2 }], 'a caller’s change stays its own');
    // The control: a plan whose dates were mended has none.
    const mended = freezePlan(planOf({ a: [...steps.a], b: ['2026-03-06', '2026-03-09', 'a'] }));
    assert.deepEqual(findViolations(mended.items), []);
  });
});

describe('placeIn', () => {
  const graph = () =>
    freezePlan(
      planOf({
        a: ['2026-03-02', '2026-03-03'],
        b: ['2026-03-04', '2026-03-05', 'a'],
        c: ['2026-03-06', '2026-03-06', 'b'],
      }),
    ).items;

  it('finds the steps of a list made by replacing steps of the graph in their places', () => {
    const items = graph();
    const edited = items.map((item) => (item.id === 'b' ? { ...item, title: 'Renamed' } : item));
    const placeOf = placeIn(edited, items);
    assert.deepEqual(['a', 'b', 'c', 'zzz'].map(placeOf), [0, 1, 2, undefined]);
  });

  it('finds each step where it is in a list in another order, or of another length', () => {
    const items = graph();
    const reversed = [...items].reverse();
    assert.deepEqual(['a', 'b', 'c'].map(placeIn(reversed, items)), [2, 1, 0]);
    const shorter = items.filter((item) => item.id !== 'a');
    assert.deepEqual(['a', 'b', 'c'].map(placeIn(shorter, items)), [undefined, 0, 1]);
  });
});
