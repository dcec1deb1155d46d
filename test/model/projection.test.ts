import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { projectedFinish, verdictLabel } from '../../src/model/analysis.js';
import { planOf } from '../support/plan-builders.js';

describe('an honest projection', () => {
  const chain = (extra = {}) =>
    planOf(
      {
        a: ['2027-01-04', '2027-01-08'],
        b: ['2027-01-11', '2027-01-15', 'a'],
        c: ['2027-01-18', '2027-01-22', 'b'],
      },
      { targetDate: '2027-01-22', ...extra },
    );

  it("is on track on the plan's own dates before they pass", () => {
    const verdict = projectedFinish(chain(), '2027-01-04')!;
    assert.equal(verdict.projected, '2027-01-22');
    assert.equal(verdictLabel(verdict), 'On track');
    assert.equal(verdict.overdueIds, undefined);
  });

  it('is late by the right number of days when every open step is overdue', () => {
    // Today 1 Feb: a ends today at the earliest, then b (5 days) runs 2–6 Feb and c (5 days) 7–11 Feb.
    const verdict = projectedFinish(chain(), '2027-02-01')!;
    assert.equal(verdict.projected, '2027-02-11');
    assert.equal(verdict.daysLate, 20);
    assert.equal(verdictLabel(verdict), '20 days late');
    assert.equal(verdict.planned, '2027-01-22');
    assert.deepEqual(new Set(verdict.overdueIds), new Set(['a', 'b', 'c']));
  });

  it('lets slack absorb a short overdue step', () => {
    // a ends 12 Jan at the earliest; b runs 13–17 Jan, and c still starts 18 Jan as planned.
    assert.equal(verdictLabel(projectedFinish(chain(), '2027-01-12')!), 'On track');
  });

  it('pushes dependents of an overdue step after it, keeping their length', () => {
    // a is overdue on 14 Jan: it ends 14 Jan at the earliest, so b runs 15–19 and c 20–24 Jan.
    const verdict = projectedFinish(chain(), '2027-01-14')!;
    assert.equal(verdict.projected, '2027-01-24');
    assert.equal(verdict.daysLate, 2);
    assert.deepEqual(verdict.overdueIds, ['a']);
  });

  it('does not count done steps in the past', () => {
    const plan = chain();
    plan.items = plan.items.map((item) => (item.id === 'c' ? item : { ...item, status: 'done' as const }));
    const verdict = projectedFinish(plan, '2027-01-20')!;
    assert.equal(verdict.projected, '2027-01-22');
    assert.equal(verdictLabel(verdict), 'On track');
  });

  it('does not count cancelled steps either', () => {
    const plan = chain({ targetItemId: 'b' });
    plan.items = plan.items.map((item) => (item.id === 'a' ? { ...item, status: 'cancelled' as const } : item));
    const verdict = projectedFinish(plan, '2027-01-11')!;
    assert.equal(verdict.projected, '2027-01-15');
  });

  it('counts working days with a calendar: an overdue step ends on the next working day at the earliest', () => {
    const plan = chain({ calendar: { workdays: [1, 2, 3, 4, 5] } });
    plan.items = plan.items.map((item) => (item.id === 'c' ? item : { ...item, status: 'done' as const }));
    const verdict = projectedFinish(plan, '2027-01-23')!; // a Saturday
    assert.equal(verdict.projected, '2027-01-25');
    assert.equal(verdict.daysLate, 3);
  });

  it("treats a decision's if-yes branch like any other dependency", () => {
    const plan = planOf(
      {
        decide: ['2027-01-08', '2027-01-08'],
        sign: ['2027-01-11', '2027-01-12', 'decide'],
      },
      { targetDate: '2027-01-12' },
    );
    plan.items[0] = { ...plan.items[0]!, kind: 'decision' };
    plan.items[1] = { ...plan.items[1]!, ifYes: 'decide' };
    const verdict = projectedFinish(plan, '2027-01-11')!; // the decision is overdue by three days
    assert.equal(verdict.projected, '2027-01-13');
    assert.equal(verdict.daysLate, 1);
    assert.deepEqual(verdict.overdueIds, ['decide']);
  });

  it('without today, reads the planned dates only', () => {
    assert.equal(projectedFinish(chain())!.projected, '2027-01-22');
  });
});
