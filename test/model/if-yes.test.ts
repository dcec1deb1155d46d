import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { link } from '../../src/model/commands.js';
import { decisionWaitedFor, linkAfter } from '../../src/model/if-yes.js';
import type { Item, Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';

/** d is the buyer's decision; y holds only if yes to it; a and z always happen. */
function plan(decision: Partial<Item> = {}): Plan {
  const base = planOf({
    a: ['2026-03-02', '2026-03-04'],
    d: ['2026-03-09', '2026-03-09', 'a'],
    y: ['2026-03-10', '2026-03-12', 'd'],
    z: ['2026-03-16', '2026-03-18'],
  });
  return {
    ...base,
    items: base.items.map((item) =>
      item.id === 'd'
        ? { ...item, kind: 'decision', end: item.start, ...decision }
        : item.id === 'y'
          ? { ...item, ifYes: 'd' }
          : item,
    ),
  };
}
const step = (plan: Plan, id: string) => plan.items.find((item) => item.id === id)!;

describe('linkAfter (a link the user draws)', () => {
  it('makes a step that comes to wait for the decision hold only if yes, in the same one log entry', () => {
    const edit = linkAfter(plan(), 'd', 'z');
    assert.deepEqual(step(edit.plan, 'z').dependsOn, ['d']);
    assert.equal(step(edit.plan, 'z').ifYes, 'd');
    const entries = edit.changes.filter((change) => change.itemId === 'z');
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]!.after, { dependsOn: ['d'], ifYes: 'd' });
    // The positive control: the plain command (the API's) adds the link alone.
    assert.equal(step(link(plan(), 'd', 'z').plan, 'z').ifYes, undefined);
  });

  it('carries the condition along: waiting for a step that holds only if yes holds only if yes too', () => {
    assert.equal(step(linkAfter(plan(), 'y', 'z').plan, 'z').ifYes, 'd');
  });

  it('leaves a step as it is after a decision already taken, after a step that always happens, or on its own decision', () => {
    assert.equal(step(linkAfter(plan({ status: 'done' }), 'd', 'z').plan, 'z').ifYes, undefined);
    assert.equal(step(linkAfter(plan(), 'a', 'z').plan, 'z').ifYes, undefined);
    // y holds on d; the decision coming to wait for y must not hold on itself.
    const other = plan();
    const unlinked = {
      ...other,
      items: other.items.map((item) => (item.id === 'd' ? { ...item, dependsOn: [] } : item)),
    };
    const edit = linkAfter(
      { ...unlinked, items: unlinked.items.map((item) => (item.id === 'y' ? { ...item, dependsOn: [] } : item)) },
      'y',
      'd',
    );
    assert.equal(step(edit.plan, 'd').ifYes, undefined);
  });
});

describe('decisionWaitedFor', () => {
  it('names the decision a step waits for while the step says it always happens', () => {
    const waiting = linkAfter(plan(), 'a', 'z').plan; // z waits for a: nothing to say
    const byId = (list: Plan) => (id: string) => step(list, id);
    assert.equal(decisionWaitedFor(step(waiting, 'z'), byId(waiting)), undefined);
    const always = link(plan(), 'y', 'z').plan; // z waits for y, which holds only if yes to d
    assert.equal(decisionWaitedFor(step(always, 'z'), byId(always))?.id, 'd');
    assert.equal(decisionWaitedFor(step(always, 'y'), byId(always)), undefined, 'y already holds on d');
  });
});
