import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  criticalPath,
  isOverdue,
  planRange,
  projectedFinish,
  slipDays,
  targetItem,
  verdictLabel,
  whoseMove,
  nextMoves,
} from '../../src/model/analysis.js';
import { freezePlan } from '../../src/model/freeze.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { planOf } from '../support/plan-builders.js';

describe('reading the plan', () => {
  it('walks the critical path of the enterprise deal back from go-live', () => {
    assert.deepEqual(criticalPath(enterprisePlan('2026-03-02')), [
      'discovery',
      'tailored-demo',
      'security-review',
      'business-case',
      'eb-meeting',
      'decision',
      'procurement',
      'msa',
      'signature',
      'kickoff',
      'pilot-rollout',
      'go-live',
    ]);
  });

  it('projects the enterprise go-live 5 days after its target', () => {
    const verdict = projectedFinish(enterprisePlan('2026-03-02'))!;
    assert.deepEqual(verdict, { projected: '2026-05-27', target: '2026-05-22', daysLate: 5 });
    assert.equal(verdictLabel(verdict), '5 days late');
  });

  it('says "1 day late" and "On track"', () => {
    assert.equal(verdictLabel({ projected: '2026-03-02', target: '2026-03-01', daysLate: 1 }), '1 day late');
    assert.equal(verdictLabel({ projected: '2026-03-01', target: '2026-03-04', daysLate: -3 }), 'On track');
  });

  it('counts a violated dependency into the projected finish', () => {
    const plan = planOf(
      { a: ['2026-03-02', '2026-03-10'], b: ['2026-03-05', '2026-03-06', 'a'] },
      { targetDate: '2026-03-09' },
    );
    assert.deepEqual(projectedFinish(plan), { projected: '2026-03-12', target: '2026-03-09', daysLate: 3 });
  });

  it('uses the last-ending step when no target step is named', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-20'], b: ['2026-03-05', '2026-03-06'] });
    assert.equal(targetItem(plan)?.id, 'a');
    assert.equal(projectedFinish(plan)?.daysLate, 0);
    assert.equal(projectedFinish(planOf({})), undefined);
  });

  it('measures slip against the baseline', () => {
    const [item] = planOf({ a: ['2026-03-02', '2026-03-10'] }).items;
    assert.equal(slipDays({ ...item!, baseline: { start: '2026-03-02', end: '2026-03-06' } }), 4);
    assert.equal(slipDays({ ...item!, baseline: { start: '2026-03-02', end: '2026-03-12' } }), -2);
    assert.equal(slipDays(item!), undefined);
  });

  it('marks open steps that ended before today as overdue', () => {
    const [item] = planOf({ a: ['2026-03-02', '2026-03-10'] }).items;
    assert.equal(isOverdue(item!, '2026-03-11'), true);
    assert.equal(isOverdue(item!, '2026-03-10'), false);
    assert.equal(isOverdue({ ...item!, status: 'done' }, '2026-04-01'), false);
    assert.equal(isOverdue({ ...item!, status: 'cancelled' }, '2026-04-01'), false);
  });

  it('tells whose move it is: open steps per party, the earliest first', () => {
    const plan = planOf({
      a: ['2026-03-09', '2026-03-10'],
      b: ['2026-03-02', '2026-03-03'],
      c: ['2026-03-04', '2026-03-05'],
      d: ['2026-03-01', '2026-03-01'],
    });
    plan.items[3] = { ...plan.items[3]!, status: 'done' };
    const moves = whoseMove(plan);
    assert.deepEqual(
      moves.map((move) => [move.party.id, move.open.map((item) => item.id)]),
      [
        ['buyer', ['b']],
        ['seller', ['c', 'a']],
      ],
    );
  });

  it('gives each party its open count and the open step that starts first, as whose move it is orders them', () => {
    const plan = planOf({
      a: ['2026-03-09', '2026-03-10'],
      b: ['2026-03-02', '2026-03-03'],
      c: ['2026-03-04', '2026-03-05'],
      d: ['2026-03-01', '2026-03-01'],
      e: ['2026-03-04', '2026-03-06'],
    });
    plan.items[3] = { ...plan.items[3]!, status: 'done' };
    assert.deepEqual(
      nextMoves(plan).map((move) => [move.party.id, move.openCount, move.next?.id]),
      [
        ['buyer', 1, 'b'],
        ['seller', 3, 'c'],
      ],
    );
    assert.deepEqual(
      nextMoves(plan).map((move) => move.next?.id),
      whoseMove(plan).map((move) => move.open[0]?.id),
    );
  });

  it('spans the plan from its first to its last date, target included', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-10'] }, { targetDate: '2026-04-01' });
    assert.deepEqual(planRange(plan), { start: '2026-03-02', end: '2026-04-01' });
  });

  it('works out a committed plan’s verdict once, and a plan that may still change every time', () => {
    const dates = { a: ['2026-03-02', '2026-03-10'] as [string, string] };
    const committed = freezePlan(planOf(dates, { targetDate: '2026-03-09' }));
    const first = projectedFinish(committed, '2026-03-01');
    assert.equal(projectedFinish(committed, '2026-03-01'), first, 'the same verdict, not worked out again');
    assert.ok(Object.isFrozen(first), 'a verdict shared by its callers cannot be changed by one of them');
    assert.equal(projectedFinish(committed, '2026-03-20')?.projected, '2026-03-20', 'another day, another verdict');

    const open = planOf(dates, { targetDate: '2026-03-09' });
    assert.equal(projectedFinish(open, '2026-03-01')?.daysLate, 1);
    open.items[0] = { ...open.items[0]!, end: '2026-03-12' };
    assert.equal(projectedFinish(open, '2026-03-01')?.daysLate, 3, 'a plan that is not frozen is read afresh');
  });
});
