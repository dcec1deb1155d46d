import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freezePlan, isFrozenPlan } from '../../src/model/freeze.js';
import { planOf } from '../support/plan-builders.js';

describe('freezePlan', () => {
  it('freezes a new plan whole: steps, their dependency lists and baselines, parties', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06', 'a'] });
    plan.items[1] = { ...plan.items[1]!, baseline: { start: '2026-03-05', end: '2026-03-06' } };
    freezePlan(plan);
    assert.ok(isFrozenPlan(plan));
    assert.ok(Object.isFrozen(plan.items[1]!.baseline));
    assert.throws(() => (plan.items[1]!.dependsOn as string[]).push('x'), TypeError);
  });

  it('freezes what an edit made next to the steps it kept from the plan before, even inside a frozen step', () => {
    const before = freezePlan(
      planOf({
        a: ['2026-03-02', '2026-03-04'],
        b: ['2026-03-05', '2026-03-06', 'a'],
        c: ['2026-03-09', '2026-03-10'],
      }),
    );
    // b is new; c is a frozen step holding a dependency list and a baseline that are not (made by hand).
    const c = Object.freeze({
      ...before.items[2]!,
      dependsOn: ['a'],
      baseline: { start: '2026-03-09', end: '2026-03-10' },
    });
    const after = { ...before, items: [before.items[0]!, { ...before.items[1]!, end: '2026-03-07' }, c] };
    freezePlan(after);
    assert.ok(isFrozenPlan(after));
    assert.ok(Object.isFrozen(after.items[1]), 'the edited step');
    assert.ok(Object.isFrozen(c.dependsOn), 'the dependency list of a frozen step');
    assert.ok(Object.isFrozen(c.baseline), 'the baseline of a frozen step');
    assert.equal(after.items[0], before.items[0], 'a kept step is the same object');
  });
});
