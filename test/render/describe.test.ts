import { expect } from '@open-wc/testing';
import { moveItem, removeItem } from '../../src/model/commands.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { announceChange } from '../../src/render/announce.js';
import { describeItem } from '../../src/render/describe.js';
import { planOf } from '../support/plan-builders.js';

describe('words for screen readers (pure)', () => {
  const plan = enterprisePlan('2026-03-02');
  const item = (id: string) => plan.items.find((candidate) => candidate.id === id)!;

  it('names a step with everything a sighted user sees', () => {
    expect(describeItem(item('security-review'), plan, '2026-03-20')).to.equal(
      'Security review, Acme Logistics (buyer), Tom Becker, security, 16 Mar to 1 Apr, blocked, depends on Tailored demo, 5 days late',
    );
    expect(describeItem(item('decision'), plan, '2026-03-20')).to.match(
      /^Go \/ no-go decision \(decision\), Acme Logistics \(buyer\), .*to do, depends on /,
    );
    expect(describeItem(item('procurement'), plan, '2026-03-20')).to.contain('only if Go / no-go decision is yes');
    expect(describeItem(item('discount-approval'), plan, '2026-05-20')).to.match(/overdue, internal$/);
  });

  it('announces a move with the steps it pushed and the new verdict', () => {
    const chain = planOf(
      { a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06', 'a'], c: ['2026-03-09', '2026-03-10', 'b'] },
      { targetDate: '2026-03-10' },
    );
    const { plan: after, changes } = moveItem(chain, 'a', 4);
    expect(announceChange(chain, after, changes, 'user')).to.equal(
      'A moved to 6 Mar; 2 steps moved with it; projected finish now 2 days late',
    );
    const { plan: same, changes: small } = moveItem(plan, 'reference-call', 1);
    expect(announceChange(plan, same, small, 'redo')).to.equal('Redone: Reference call moved to 19 Mar');
  });

  it('speaks of the projected finish the timeline shows, overdue steps included', () => {
    // a is open and should have ended on 4 Mar: on 20 Mar it cannot end before today, and b waits for it.
    const late = planOf(
      { a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06', 'a'] },
      { targetDate: '2026-03-07' },
    );
    const { plan: after, changes } = moveItem(late, 'b', 2);
    // The dates alone say the finish moved; the timeline, which knows today, shows it where it was.
    expect(announceChange(late, after, changes, 'user')).to.equal('B moved to 7 Mar; projected finish now 1 day late');
    expect(announceChange(late, after, changes, 'user', '2026-03-20')).to.equal('B moved to 7 Mar');
  });

  it('announces undo and removals', () => {
    const { plan: after, changes } = removeItem(plan, 'reference-call');
    expect(
      announceChange(
        after,
        plan,
        // As History.undo lists them: inverted, last first.
        changes.map((change) => ({ ...change, op: change.op === 'remove' ? 'add' : change.op })).reverse(),
        'undo',
      ),
    ).to.match(/^Undone: Reference call added/);
    expect(announceChange(plan, after, changes, 'user')).to.match(/^Reference call removed/);
  });
});
