import { expect } from '@open-wc/testing';
import { moveItem, updateItem } from '../../src/model/commands.js';
import { updateParty } from '../../src/model/party-commands.js';
import type { Plan } from '../../src/model/types.js';
import { stepDescriptions } from '../../src/render/step-descriptions.js';
import { planOf } from '../support/plan-builders.js';

describe('step descriptions kept from plan to plan (pure)', () => {
  // a → b; c alone. Moving c makes a new plan in which a and b are the very same objects.
  const plan = planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-11', 'a'],
    c: ['2026-03-16', '2026-03-18'],
  });
  const step = (of: Plan, id: string) => of.items.find((item) => item.id === id)!;
  const describe = (of: Plan, id: string, today = '2026-03-01') => stepDescriptions(of, today)(step(of, id));

  it('hands back the description of a step that did not change, and describes a moved one again', () => {
    const before = describe(plan, 'b');
    const after = moveItem(plan, 'c', 7).plan;
    expect(step(after, 'b')).to.equal(step(plan, 'b'));
    expect(describe(after, 'b')).to.equal(before);
    expect(describe(after, 'c').label).to.contain('23 Mar to 25 Mar');
    expect(describe(after, 'c').tooltip).to.equal(`${describe(after, 'c').label}\n3 days`);
  });

  it('describes a step again when a step it waits for moves or is renamed', () => {
    const early = updateItem(plan, 'b', { start: '2026-03-03', end: '2026-03-06' }).plan;
    expect(describe(early, 'b').label).to.contain('depends on A, starts before A ends');
    const renamed = updateItem(early, 'a', { title: 'Kick-off' }).plan;
    expect(step(renamed, 'b')).to.equal(step(early, 'b'));
    expect(describe(renamed, 'b').label).to.contain('depends on Kick-off, starts before Kick-off ends');
    // Moving a earlier pushes nothing, so b is the same object; it no longer starts before a ends.
    const earlier = updateItem(renamed, 'a', { start: '2026-02-23', end: '2026-02-25' }).plan;
    expect(step(earlier, 'b')).to.equal(step(early, 'b'));
    expect(describe(earlier, 'b').label).to.contain('depends on Kick-off').and.not.to.contain('starts before');
  });

  it('describes a step again when its lane is renamed, its decision is taken, or the day changes', () => {
    const renamed = updateParty(plan, 'buyer', { name: 'Acme' }).plan;
    expect(step(renamed, 'b')).to.equal(step(plan, 'b'));
    expect(describe(plan, 'b').label).to.contain('Buyer Ltd (buyer)');
    expect(describe(renamed, 'b').label).to.contain('Acme (buyer)');

    const withDecision = updateItem(updateItem(plan, 'a', { kind: 'decision' }).plan, 'c', { ifYes: 'a' }).plan;
    expect(describe(withDecision, 'c').label).to.contain('only if A is yes');
    const decided = updateItem(withDecision, 'a', { status: 'done' }).plan;
    expect(step(decided, 'c')).to.equal(step(withDecision, 'c'));
    expect(describe(decided, 'c').label).not.to.contain('only if');

    expect(describe(plan, 'a', '2026-03-01').label).not.to.contain('overdue');
    expect(describe(plan, 'a', '2026-03-20').label).to.contain('overdue');
  });
});
