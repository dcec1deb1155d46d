import { expect } from '@open-wc/testing';
import { link, moveItem, removeItem, unlink, updateItem } from '../../src/model/commands.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import {
  announceChange,
  announceFor,
  outOfOrderText,
  passedOverText,
  takenAwayText,
} from '../../src/render/announce.js';
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

  it('says when an edit puts a step before one it waits for, and only then', () => {
    const chain = planOf({
      a: ['2026-03-02', '2026-03-04'],
      b: ['2026-03-09', '2026-03-13', 'a'],
      c: ['2026-03-16', '2026-03-20', 'a'],
    });
    const early = updateItem(chain, 'b', { start: '2026-03-03', end: '2026-03-06' }).plan;
    expect(outOfOrderText('seller', chain, early)).to.equal(
      'B now starts before A ends (4 Mar 2026): its arrow turns red, and the projected finish still waits for it.',
    );
    const both = updateItem(early, 'c', { start: '2026-03-04', end: '2026-03-06' }).plan;
    expect(outOfOrderText('seller', chain, both)).to.match(/ 1 more step now starts before one it waits for ends\.$/);
    // One step before two it waits for: both named, once, with the later end, and no "more steps".
    const twice = planOf({
      a: ['2026-03-02', '2026-03-04'],
      z: ['2026-03-02', '2026-03-10'],
      b: ['2026-03-11', '2026-03-13', 'a', 'z'],
    });
    expect(outOfOrderText('seller', twice, updateItem(twice, 'b', { start: '2026-03-03' }).plan)).to.equal(
      'B now starts before A and Z end (10 Mar 2026): their arrows turn red, and the projected finish still waits for them.',
    );
    // Only what the edit put out of order: b was already, and a move that keeps the order says nothing.
    expect(outOfOrderText('seller', early, updateItem(early, 'c', { start: '2026-03-17' }).plan)).to.equal(undefined);
    expect(outOfOrderText('seller', chain, moveItem(chain, 'b', 1).plan)).to.equal(undefined);
    // The buyer hears nothing of an internal step.
    const hidden = {
      ...early,
      items: early.items.map((item) => (item.id === 'b' ? { ...item, internal: true } : item)),
    };
    expect(outOfOrderText('buyer', chain, hidden)).to.equal(undefined);
    expect(outOfOrderText('seller', chain, hidden)).to.match(/^B now starts before A ends/);
  });

  it('says why an undo or redo in a shared plan went past changes of this user', () => {
    expect(passedOverText(2, false)).to.equal(
      'Someone else has since changed all that your last 2 changes did, so there was nothing of them to undo: Undo went back to the one before.',
    );
    expect(passedOverText(1, true)).to.equal(
      'Someone else has since changed all that your next change did: Redo went on to the one after.',
    );
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

  it('names the step a new or removed arrow joins, and the move a link caused', () => {
    const chain = planOf({
      a: ['2026-03-02', '2026-03-06'],
      b: ['2026-03-09', '2026-03-10'],
      c: ['2026-03-03', '2026-03-04'],
    });
    const linked = link(chain, 'a', 'b');
    expect(announceChange(chain, linked.plan, linked.changes, 'user')).to.equal('B now waits for A');
    // C starts before A ends: linking moves it, and both are said.
    const pushed = link(chain, 'a', 'c');
    expect(announceChange(chain, pushed.plan, pushed.changes, 'user')).to.equal(
      'C now waits for A, and moved to 7 Mar',
    );
    const unlinked = unlink(linked.plan, 'a', 'b');
    expect(announceChange(linked.plan, unlinked.plan, unlinked.changes, 'user')).to.equal('B no longer waits for A');
    // The control: a change of dates alone is still a move.
    const moved = moveItem(linked.plan, 'b', 1);
    expect(announceChange(linked.plan, moved.plan, moved.changes, 'user')).to.match(/^B moved to 10 Mar;/);
  });

  it('says nothing to the buyer of a change to an internal step, and tells the seller', () => {
    const { plan: after, changes } = updateItem(plan, 'discount-approval', { owner: 'Nina Park' });
    const change = { changes, source: 'user' as const };
    expect(announceFor('buyer', plan, after, change, '2026-03-20')).to.equal('');
    expect(announceFor('seller', plan, after, change, '2026-03-20')).to.equal('Discount approval updated');
    // The control: the buyer hears a change to a step it sees.
    const shared = updateItem(plan, 'security-review', { owner: 'Nina Park' });
    expect(announceFor('buyer', plan, shared.plan, { changes: shared.changes, source: 'user' }, '2026-03-20')).to.equal(
      'Security review updated',
    );
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
    ).to.match(/^Undone: Reference call is back in the plan/);
    expect(announceChange(plan, after, changes, 'user')).to.match(/^Reference call removed/);
    // Undoing an added step takes it out again: said as what the plan now is, not as a verb that reads backwards.
    const { plan: added, changes: adding } = removeItem(plan, 'reference-call');
    expect(
      announceChange(
        added,
        plan,
        adding.map((change) => ({ ...change, op: change.op === 'remove' ? 'add' : change.op })),
        'redo',
      ),
      'a redo says what it did again',
    ).to.match(/^Redone: Reference call added/);
    const removal = changes.filter((change) => change.op === 'remove');
    expect(announceChange(plan, after, removal, 'undo')).to.match(/^Undone: Reference call is no longer in the plan/);
  });
});

describe('takenAwayText', () => {
  const plan = planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-11'],
    c: ['2026-03-16', '2026-03-18'],
  });
  const removed = (...ids: string[]) =>
    ids.map((id) => ({ at: '2026-03-01T00:00:00Z', op: 'remove' as const, itemId: id }));

  it('names the step deleted, and counts the others', () => {
    expect(takenAwayText(removed('a'), plan)).to.equal('Deleted "A". Undo (Ctrl/⌘ + Z) brings it back.');
    expect(takenAwayText(removed('a', 'b'), plan)).to.equal(
      'Deleted "A" and 1 more step. Undo (Ctrl/⌘ + Z) brings them back.',
    );
    expect(takenAwayText(removed('c', 'a', 'b'), plan)).to.equal(
      'Deleted "C" and 2 more steps. Undo (Ctrl/⌘ + Z) brings them back.',
    );
  });

  it('says nothing of a change that deleted no step', () => {
    expect(
      takenAwayText([{ at: '2026-03-01T00:00:00Z', op: 'update', itemId: 'a', after: { title: 'X' } }], plan),
    ).to.equal(undefined);
  });

  it('names the steps that no longer hold only if yes, once their decision is a task or a milestone', () => {
    const gated = planOf({
      d: ['2026-03-05', '2026-03-05'],
      b: ['2026-03-09', '2026-03-11'],
      c: ['2026-03-16', '2026-03-18'],
    });
    gated.items[0] = { ...gated.items[0]!, kind: 'decision', title: 'Go / no-go' };
    gated.items[1] = { ...gated.items[1]!, ifYes: 'd' };
    gated.items[2] = { ...gated.items[2]!, ifYes: 'd' };
    const unmade = updateItem(gated, 'd', { kind: 'milestone' });
    expect(unmade.plan.items.map((item) => item.ifYes)).to.deep.equal([undefined, undefined, undefined]);
    expect(takenAwayText(unmade.changes, gated)).to.equal(
      '"B" and 1 more step no longer hold only if "Go / no-go" is yes: it is a milestone now. Undo (Ctrl/⌘ + Z) brings that back.',
    );
    // The control: a step made to always happen by hand is what the user chose, and says nothing.
    const chosen = updateItem(gated, 'b', { ifYes: undefined });
    expect(takenAwayText(chosen.changes, gated)).to.equal(undefined);
  });
});
