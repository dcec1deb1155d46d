import { expect } from '@open-wc/testing';
import { planForAudience, visibleItems } from '../../src/model/audience.js';
import { freezePlan } from '../../src/model/freeze.js';
import { SAMPLE_PLANS, enterprisePlan } from '../../src/model/samples/index.js';
import type { Plan } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import { planOf } from '../support/plan-builders.js';

/** a → hidden → c, plus d after both a and hidden; hidden is internal and also the target step. */
function chainPlan(): Plan {
  const plan = planOf(
    {
      a: ['2026-03-02', '2026-03-03'],
      hidden: ['2026-03-04', '2026-03-04', 'a'],
      c: ['2026-03-05', '2026-03-06', 'hidden'],
      d: ['2026-03-05', '2026-03-05', 'a', 'hidden'],
    },
    { targetItemId: 'hidden', targetDate: '2026-03-10' },
  );
  plan.items[1]!.internal = true;
  return plan;
}

describe('audience', () => {
  it('gives the seller the plan itself', () => {
    const plan = enterprisePlan('2026-03-02');
    expect(planForAudience(plan, 'seller')).to.equal(plan);
    expect(visibleItems(plan, 'seller')).to.deep.equal(plan.items);
  });

  it('hides internal steps from the buyer and the result still validates, for every sample', () => {
    for (const sample of SAMPLE_PLANS) {
      const plan = sample.build('2026-03-02');
      const buyer = planForAudience(plan, 'buyer');
      expect(
        plan.items.some((item) => item.internal),
        sample.id,
      ).to.equal(true);
      expect(
        buyer.items.some((item) => item.internal),
        sample.id,
      ).to.equal(false);
      expect(buyer.items.length).to.equal(plan.items.filter((item) => !item.internal).length);
      expect(visibleItems(plan, 'buyer').map((item) => item.id)).to.deep.equal(buyer.items.map((item) => item.id));
      expect(() => validatePlan(buyer), sample.id).not.to.throw();
    }
  });

  it('does not modify the plan it is given', () => {
    const plan = chainPlan();
    const copy = structuredClone(plan);
    planForAudience(plan, 'buyer');
    expect(plan).to.deep.equal(copy);
  });

  it('makes the buyer’s view of a committed plan once, frozen, and of a plan that may still change every time', () => {
    const committed = freezePlan(chainPlan());
    const buyer = planForAudience(committed, 'buyer');
    expect(planForAudience(committed, 'buyer')).to.equal(buyer);
    expect(Object.isFrozen(buyer) && Object.isFrozen(buyer.items)).to.equal(true);
    expect(buyer.items.map((item) => item.id)).to.deep.equal(['a', 'c', 'd']);

    const open = chainPlan();
    expect(planForAudience(open, 'buyer').items.map((item) => item.id)).to.deep.equal(['a', 'c', 'd']);
    open.items[0] = { ...open.items[0]!, internal: true };
    expect(planForAudience(open, 'buyer').items.map((item) => item.id)).to.deep.equal(['c', 'd']);
  });

  it('replaces a dependency on a hidden step with that step’s own predecessors', () => {
    const buyer = planForAudience(chainPlan(), 'buyer');
    const byId = new Map(buyer.items.map((item) => [item.id, item]));
    expect(byId.has('hidden')).to.equal(false);
    expect(byId.get('c')!.dependsOn).to.deep.equal(['a']);
    expect(byId.get('d')!.dependsOn).to.deep.equal(['a']);
    expect(() => validatePlan(buyer)).not.to.throw();
  });

  it('drops dependsOn altogether when only hidden steps with no predecessors were listed', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-02'], b: ['2026-03-03', '2026-03-03', 'a'] });
    plan.items[0]!.internal = true;
    const [b] = planForAudience(plan, 'buyer').items;
    expect(b).to.not.have.property('dependsOn');
  });

  it('removes a target step and an ifYes decision that are internal', () => {
    const plan = chainPlan();
    plan.items[1] = { ...plan.items[1]!, kind: 'decision', end: plan.items[1]!.start };
    plan.items[2]!.ifYes = 'hidden';
    const buyer = planForAudience(plan, 'buyer');
    expect(buyer).to.not.have.property('targetItemId');
    expect(buyer.targetDate).to.equal('2026-03-10');
    expect(buyer.items.find((item) => item.id === 'c')).to.not.have.property('ifYes');
    expect(() => validatePlan(buyer)).not.to.throw();
  });

  it('keeps the log free of internal steps', () => {
    const plan = chainPlan();
    plan.log = [
      { at: '2026-03-01T10:00:00Z', op: 'update', itemId: 'hidden', after: { title: 'Deal desk' } },
      { at: '2026-03-01T10:01:00Z', op: 'remove', itemId: 'gone', before: { title: 'Old secret', internal: true } },
      {
        at: '2026-03-01T10:02:00Z',
        op: 'update',
        itemId: 'c',
        before: { dependsOn: ['a', 'hidden'] },
        after: { dependsOn: ['hidden'] },
      },
      // A link to the internal step added: to the buyer nothing changed, and no entry may say that something did.
      {
        at: '2026-03-01T10:02:30Z',
        op: 'update',
        itemId: 'd',
        before: { dependsOn: ['a'] },
        after: { dependsOn: ['a', 'hidden'] },
      },
      // The same with a visible change beside it: the entry stays, without the dependency lists.
      {
        at: '2026-03-01T10:02:40Z',
        op: 'update',
        itemId: 'd',
        before: { dependsOn: ['a'], title: 'D' },
        after: { dependsOn: ['a', 'hidden'], title: 'Dee' },
      },
      { at: '2026-03-01T10:03:00Z', op: 'agree', by: 'Dana' },
    ];
    const log = planForAudience(plan, 'buyer').log!;
    expect(log.map((entry) => entry.at.slice(11, 16))).to.deep.equal(['10:02', '10:02', '10:03']);
    expect(log[1]).to.deep.include({ before: { title: 'D' }, after: { title: 'Dee' } });
    expect(log.map((entry) => entry.op)).to.deep.equal(['update', 'update', 'agree']);
    expect(log[0]!.before!.dependsOn).to.deep.equal(['a']);
    expect(log[0]!.after!.dependsOn).to.deep.equal([]);
    expect(JSON.stringify(log)).to.not.contain('hidden');
  });
});
