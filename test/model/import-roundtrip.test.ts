import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planToCSV } from '../../src/io/csv.js';
import { planForAudience, type Audience } from '../../src/model/audience.js';
import { SAMPLE_PLANS } from '../../src/model/samples/index.js';
import type { Plan } from '../../src/model/types.js';
import { importPlan } from '../../src/import/index.js';
import { planOf } from '../support/plan-builders.js';

/** What the CSV carries of a plan: lanes by name and side, and every step's fields that travel. */
function carried(plan: Plan) {
  const party = new Map(plan.parties.map((entry) => [entry.id, entry]));
  const used = new Set(plan.items.map((item) => item.partyId));
  return {
    parties: plan.parties
      .filter((entry) => used.has(entry.id))
      .map((entry) => `${entry.side}: ${entry.name}`)
      .sort(),
    items: plan.items.map((item) => ({
      id: item.id,
      title: item.title,
      lane: `${party.get(item.partyId)!.side}: ${party.get(item.partyId)!.name}`,
      kind: item.kind,
      start: item.start,
      end: item.end,
      status: item.status ?? 'todo',
      owner: item.owner,
      role: item.role,
      notes: item.notes,
      dependsOn: item.dependsOn ?? [],
      ifYes: item.ifYes,
      internal: item.internal ?? false,
      baseline: item.baseline,
    })),
  };
}

const roundTrip = (plan: Plan, audience: Audience) =>
  importPlan(planToCSV(plan, { audience }), { fileName: 'export.csv', today: '2026-03-02' });

describe('import: our own CSV export comes back as the plan it was', () => {
  for (const sample of SAMPLE_PLANS) {
    for (const audience of ['seller', 'buyer'] as const) {
      it(`${sample.id}, ${audience} export`, () => {
        const plan = sample.build('2026-03-02');
        const result = roundTrip(plan, audience);
        assert.deepEqual(
          result.issues.filter((issue) => issue.severity !== 'info'),
          [],
        );
        assert.deepEqual(carried(result.plan!), carried(planForAudience(plan, audience)));
        assert.ok(result.plan!.items.some((item) => item.dependsOn?.length));
      });
    }
  }

  it('positive control: the buyer round trip has no internal step, the seller one has them', () => {
    const plan = SAMPLE_PLANS[0]!.build('2026-03-02');
    assert.ok(roundTrip(plan, 'seller').plan!.items.some((item) => item.internal));
    assert.ok(!roundTrip(plan, 'buyer').plan!.items.some((item) => item.internal));
  });

  it('undoes the formula escape exactly once, also for text that already starts with a quote', () => {
    const titles = ['=SUM(A1)', "'=already quoted", "''+two", 'a;=b', "a;'=b", "it's fine", '-5 days'];
    const plan = planOf({ a: ['2026-03-02', '2026-03-02'] });
    const base = plan.items[0]!;
    plan.items = titles.map((title, index) => ({ ...base, id: `s${index}`, title, notes: `${title}\n@${title}` }));
    const back = roundTrip(plan, 'seller').plan!;
    assert.deepEqual(
      back.items.map((item) => [item.title, item.notes]),
      titles.map((title) => [title, `${title}\n@${title}`]),
    );
  });
});
