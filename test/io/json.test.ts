import { expect } from '@open-wc/testing';
import { planForAudience } from '../../src/model/audience.js';
import { planToJSON } from '../../src/io/json.js';
import { SAMPLE_PLANS, enterprisePlan } from '../../src/model/samples/index.js';
import type { LogEntry } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';

describe('planToJSON', () => {
  it('round-trips every sample through validatePlan', () => {
    for (const sample of SAMPLE_PLANS) {
      const plan = sample.build('2026-03-02');
      expect(validatePlan(planToJSON(plan)), sample.id).to.deep.equal(plan);
    }
  });

  it('is indented by two spaces and ends with a newline', () => {
    const text = planToJSON(enterprisePlan('2026-03-02'));
    expect(text.startsWith('{\n  "version": 1,\n  "id": "enterprise",')).to.equal(true);
    expect(text.endsWith('}\n')).to.equal(true);
  });

  it('keeps log entries and unknown fields', () => {
    const plan = {
      ...enterprisePlan('2026-03-02'),
      crmId: 'opp-42',
      log: [{ at: '2026-03-01T10:00:00.000Z', op: 'agree' as const, by: 'Maya Chen' }],
    };
    plan.items[0] = { ...plan.items[0]!, color: '#123456' };
    expect(validatePlan(planToJSON(plan))).to.deep.equal(plan);
  });

  it('gives the buyer a valid plan with no internal step', () => {
    const plan = enterprisePlan('2026-03-02');
    const text = planToJSON(plan, { audience: 'buyer' });
    const buyer = validatePlan(text);
    expect(buyer.items.some((item) => item.internal)).to.equal(false);
    expect(buyer.items.map((item) => item.id)).to.not.include.members(['discount-approval', 'eb-prep', 'cs-handoff']);
    expect(buyer).to.deep.equal(planForAudience(plan, 'buyer'));
    expect(text).to.not.contain('Deal desk');
  });

  it('never tells the buyer how many steps an agreement baselined, internal ones included', () => {
    const plan = enterprisePlan('2026-03-02');
    const agreedBefore: LogEntry = {
      at: '2026-03-01T09:00:00.000Z',
      op: 'agree',
      note: `Plan agreed in writing by Dana Lee: ${plan.items.length} steps baselined`,
    };
    const logged = { ...plan, log: [...(plan.log ?? []), agreedBefore] };
    const buyer = validatePlan(planToJSON(logged, { audience: 'buyer' }));
    expect(buyer.log!.at(-1)!.note).to.equal("Plan agreed in writing by Dana Lee: every step's dates baselined");
    // The seller's own copy keeps the note as it was written.
    expect(validatePlan(planToJSON(logged)).log!.at(-1)!.note).to.equal(agreedBefore.note);
  });
});
