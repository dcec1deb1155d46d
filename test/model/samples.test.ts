import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findViolations } from '../../src/model/graph.js';
import { SAMPLE_PLANS } from '../../src/model/samples/index.js';
import { validatePlan } from '../../src/model/validate.js';
import { isWorkday } from '../../src/model/calendar.js';

describe('sample plans', () => {
  for (const sample of SAMPLE_PLANS) {
    describe(sample.name, () => {
      const plan = sample.build('2026-03-02');

      it('is valid and has no schedule violation', () => {
        assert.doesNotThrow(() => validatePlan(plan));
        assert.deepEqual(findViolations(plan.items), []);
      });

      it('has the parts of a real MAP: a decision with ifYes steps, internal steps, owners with roles, a target', () => {
        const decision = plan.items.find((item) => item.kind === 'decision');
        assert.ok(decision);
        assert.ok(plan.items.some((item) => item.ifYes === decision.id));
        assert.ok(plan.items.some((item) => item.internal));
        assert.ok(plan.items.filter((item) => item.owner && item.role).length >= plan.items.length / 2);
        assert.ok(plan.targetDate);
        assert.equal(new Set(plan.parties.map((party) => party.side)).size >= 2, true);
      });

      it('is laid out relative to its start date', () => {
        const later = sample.build('2026-03-09');
        assert.equal(later.items[0]!.start, '2026-03-09');
        assert.equal(plan.items[0]!.start, '2026-03-02');
      });
    });
  }
});

describe('the go-live sample', () => {
  it('is agreed in writing, so every step has a baseline', () => {
    const plan = SAMPLE_PLANS.find((sample) => sample.id === 'go-live')!.build('2026-03-02');
    assert.equal(plan.status, 'written');
    assert.ok(plan.items.every((item) => item.baseline));
  });
});

describe('sample calendars', () => {
  it('work Monday to Friday, and no step starts or ends on a weekend', () => {
    for (const sample of SAMPLE_PLANS) {
      const plan = sample.build('2027-03-01');
      assert.deepEqual(plan.calendar, { workdays: [1, 2, 3, 4, 5] }, sample.id);
      const offDays = plan.items.flatMap((item) =>
        [item.start, item.end].filter((date) => !isWorkday(date, plan.calendar)).map((date) => `${item.id} ${date}`),
      );
      assert.deepEqual(offDays, [], sample.id);
    }
  });
});
