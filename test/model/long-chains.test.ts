import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { criticalPath, projectedFinish } from '../../src/model/analysis.js';
import { planForAudience } from '../../src/model/audience.js';
import { resolveSchedule } from '../../src/model/cascade.js';
import { link, moveItem } from '../../src/model/commands.js';
import { addDays } from '../../src/model/dates.js';
import { PlanError } from '../../src/model/errors.js';
import { chainOf, dependsTransitively, findCycle, topologicalOrder } from '../../src/model/graph.js';
import type { Item } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import { chainPlan } from '../support/chain-plan.js';

const STEPS = 50_000;
const ORDERS = ['dependencies-first', 'dependents-first'] as const;

/** Every step starts after the one it depends on ends, and keeps its one-day length. */
function assertChained(items: readonly Item[]): void {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of items) {
    assert.equal(item.start, item.end, `${item.id} keeps its length`);
    for (const id of item.dependsOn ?? [])
      assert.ok(item.start > byId.get(id)!.end, `${item.id} starts after ${id} ends`);
  }
}

describe(`a chain of ${STEPS.toLocaleString('en-US')} steps (no recursion, no quadratic work)`, () => {
  for (const order of ORDERS) {
    describe(`listed ${order}`, () => {
      const plan = chainPlan(STEPS, { order });

      it('is accepted by the validator without overflowing the stack', () => {
        const started = performance.now();
        const valid = validatePlan(plan);
        console.log(`validatePlan, ${STEPS} steps ${order}: ${Math.round(performance.now() - started)} ms`);
        assert.equal(valid.items.length, STEPS);
        assert.equal(findCycle(valid.items), undefined);
      });

      it('is put in dependency order, first step first', () => {
        const ordered = topologicalOrder(plan.items).map((item) => item.id);
        assert.equal(ordered.length, STEPS);
        assert.equal(ordered[0], 'c0');
        assert.equal(ordered[STEPS - 1], `c${STEPS - 1}`);
        ordered.forEach((id, index) => assert.equal(id, `c${index}`));
      });

      it('pushes every later step when the first one moves, each by the same week', () => {
        const { plan: moved, changes } = moveItem(plan, 'c0', 7);
        assert.equal(changes.length, STEPS);
        const before = new Map(plan.items.map((item) => [item.id, item.start]));
        for (const item of moved.items) assert.equal(item.start, addDays(before.get(item.id)!, 7), item.id);
        assertChained(moved.items);
      });

      it('untangles a chain whose steps all start on one day (every link violated)', () => {
        const squeezed = {
          ...plan,
          items: plan.items.map((item) => ({ ...item, start: '2000-01-03', end: '2000-01-03' })),
        };
        const schedule = resolveSchedule(squeezed.items);
        assertChained(schedule);
        assert.equal(schedule.find((item) => item.id === `c${STEPS - 1}`)!.start, addDays('2000-01-03', STEPS - 1));
      });

      it('projects the finish, follows the critical path and the chain of a step', () => {
        const verdict = projectedFinish(plan, '2200-01-01')!;
        assert.equal(verdict.projected, addDays('2200-01-01', STEPS - 1));
        assert.equal(verdict.overdueIds!.length, STEPS);
        const path = criticalPath(plan);
        assert.equal(path.length, STEPS);
        assert.deepEqual([path[0], path[STEPS - 1]], ['c0', `c${STEPS - 1}`]);
        assert.equal(chainOf(plan.items, 'c100').size, STEPS);
        assert.equal(dependsTransitively(plan.items, `c${STEPS - 1}`, 'c0'), true);
      });

      it('refuses link(last, first) with a PlanError naming the cycle, shortened', () => {
        assert.throws(
          () => link(plan, `c${STEPS - 1}`, 'c0'),
          (error: unknown) => {
            assert.ok(error instanceof PlanError, String(error));
            assert.equal(error.code, 'cycle');
            // Named by title in the direction the arrows point, the middle of the loop left out.
            assert.match(
              error.message,
              /^Step 1( → Step \d+){4} → … 49,991 more … →( Step \d+ →){4} Step 1 would loop: Step 1 already comes before Step 50000\.$/,
            );
            assert.ok(error.message.length < 300, 'the message stays readable');
            return true;
          },
        );
      });
    });
  }
});

describe('the buyer view of 10,000 chained internal steps', () => {
  for (const order of ORDERS) {
    it(`keeps the order the hidden chain implied (listed ${order})`, () => {
      const steps = 10_002;
      // c0 is public, c1 … c10000 are internal, c10001 is public and waits for them all.
      const plan = chainPlan(steps, { order, internal: (index) => index > 0 && index < steps - 1 });
      const buyer = planForAudience(plan, 'buyer');
      assert.deepEqual(buyer.items.map((item) => item.id).sort(), ['c0', `c${steps - 1}`]);
      assert.deepEqual(buyer.items.find((item) => item.id === `c${steps - 1}`)!.dependsOn, ['c0']);
      assert.equal(validatePlan(buyer).items.length, 2);
    });
  }

  it('looks through a long hidden chain once for many public steps waiting on its end', () => {
    const plan = chainPlan(10_000, { internal: () => true });
    plan.items[0]!.internal = false;
    for (let index = 0; index < 5_000; index += 1) {
      plan.items.push({
        id: `w${index}`,
        title: `Waits ${index}`,
        partyId: 'p0',
        kind: 'milestone',
        start: '2030-01-01',
        end: '2030-01-01',
        dependsOn: ['c9999'],
      });
    }
    const buyer = planForAudience(plan, 'buyer');
    assert.equal(buyer.items.length, 5_001);
    for (const item of buyer.items.slice(1)) assert.deepEqual(item.dependsOn, ['c0']);
  });
});
