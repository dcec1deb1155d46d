import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addItem,
  changeLane,
  link,
  moveItem,
  moveItems,
  removeItem,
  removeItems,
  resizeItem,
  setIfYes,
  setDates,
  unlink,
  updateItem,
} from '../../src/model/commands.js';
import type { Edit } from '../../src/model/edit.js';
import { PlanError } from '../../src/model/errors.js';
import { History } from '../../src/model/history.js';
import { LoopError, loopThrough } from '../../src/model/loop.js';
import { agree, setAgreement, updatePlan } from '../../src/model/plan-commands.js';
import type { Plan } from '../../src/model/types.js';
import { dates, planOf } from '../support/plan-builders.js';

const AT = { at: '2026-03-01T09:00:00.000Z', by: 'Dana Lee' };
/** Each log entry of an edit as its step and the fields it changed, sorted. */
const changedFields = (edit: Edit): [string | undefined, string][] =>
  edit.changes.map((change) => [
    change.itemId,
    Object.keys(change.after ?? {})
      .sort()
      .join(),
  ]);
const chain = (): Plan =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-05', '2026-03-06', 'a'],
    c: ['2026-03-09', '2026-03-13', 'b'],
  });

/** Every command, applied to the chain plan: each must be undone and redone exactly. */
/** A plan of `steps` in which step d, listed first, is the buyer's decision. */
function withDecision(steps: Record<string, [string, string, ...string[]]>): Plan {
  const plan = planOf(steps);
  plan.items[0] = { ...plan.items[0]!, kind: 'decision' };
  return plan;
}

/** Step s of an edit's plan: its condition, what it waits for, and its dates. */
const stepS = (edit: Edit) => {
  const s = edit.plan.items.find((item) => item.id === 's')!;
  return [s.ifYes, s.dependsOn, s.start, s.end];
};

const COMMANDS: [string, (plan: Plan) => Edit][] = [
  [
    'addItem',
    (p) =>
      addItem(
        p,
        { id: 'n', title: 'New', partyId: 'buyer', kind: 'milestone', start: '2026-03-20', end: '2026-03-20' },
        AT,
      ),
  ],
  ['updateItem', (p) => updateItem(p, 'b', { title: 'Legal review', owner: 'Sam' }, AT)],
  ['removeItem', (p) => removeItem(p, 'b', AT)],
  ['removeItems', (p) => removeItems(p, ['a', 'c'], AT)],
  ['moveItem', (p) => moveItem(p, 'a', 3, AT)],
  ['moveItems', (p) => moveItems(p, ['a', 'c'], 7, AT)],
  ['resizeItem', (p) => resizeItem(p, 'b', 'end', 4, AT)],
  ['setDates', (p) => setDates(p, 'c', '2026-03-10', '2026-03-20', AT)],
  ['changeLane', (p) => changeLane(p, 'a', 'buyer', AT)],
  ['link', (p) => link(p, 'a', 'c', AT)],
  ['unlink', (p) => unlink(p, 'b', 'c', AT)],
  ['updatePlan', (p) => updatePlan(p, { title: 'Renamed', targetDate: '2026-04-01' }, AT)],
  ['setAgreement', (p) => setAgreement(p, 'verbal', AT)],
  ['agree', (p) => agree(p, AT)],
];

describe('commands', () => {
  for (const [name, command] of COMMANDS) {
    it(`${name} returns a new plan with log entries, and undo/redo restore it exactly`, () => {
      const original = chain();
      const frozen = JSON.stringify(original);
      const edit = command(original);
      assert.equal(JSON.stringify(original), frozen, 'the input plan is not mutated');
      assert.notDeepEqual(edit.plan, original);
      assert.ok(edit.changes.length > 0);
      for (const change of edit.changes) assert.equal(change.at, AT.at);
      const history = new History();
      history.record(original, edit);
      assert.deepEqual(history.undo()!.plan, original);
      assert.deepEqual(history.redo()!.plan, edit.plan);
      assert.deepEqual(history.undo()!.plan, original);
    });
  }

  it('moves a step and logs before/after dates of it and of the dependents it pushed', () => {
    const { plan, changes } = moveItem(chain(), 'a', 3, AT);
    assert.deepEqual(dates(plan), {
      a: '2026-03-05..2026-03-07',
      b: '2026-03-08..2026-03-09',
      c: '2026-03-10..2026-03-14',
    });
    assert.deepEqual(changes[0], {
      at: AT.at,
      by: 'Dana Lee',
      op: 'update',
      itemId: 'a',
      before: { start: '2026-03-02', end: '2026-03-04' },
      after: { start: '2026-03-05', end: '2026-03-07' },
    });
  });

  it('keeps a task at least one day long when resizing', () => {
    assert.equal(dates(resizeItem(chain(), 'c', 'end', -30).plan)['c'], '2026-03-09..2026-03-09');
    assert.equal(dates(resizeItem(chain(), 'c', 'start', 30).plan)['c'], '2026-03-13..2026-03-13');
  });

  it('refuses to resize a milestone', () => {
    const plan = addItem(chain(), {
      id: 'm',
      title: 'M',
      partyId: 'buyer',
      kind: 'milestone',
      start: '2026-03-20',
      end: '2026-03-20',
    }).plan;
    assert.throws(() => resizeItem(plan, 'm', 'end', 2), /m is a milestone: it can move but not be resized/);
  });

  it('removes every reference to a removed step', () => {
    const { plan, changes } = removeItem(chain(), 'b', AT);
    assert.equal(plan.items.find((item) => item.id === 'c')!.dependsOn, undefined);
    assert.deepEqual(
      changes.map((change) => [change.op, change.itemId]),
      [
        ['remove', 'b'],
        ['update', 'c'],
      ],
    );
  });

  it('refuses a link that closes a loop, naming the steps by title in the direction the arrows point', () => {
    const plan = chain();
    plan.items.find((item) => item.id === 'b')!.title = 'Security review';
    assert.throws(
      () => link(plan, 'c', 'a'),
      (error: PlanError) => {
        assert.ok(error instanceof LoopError);
        assert.equal(error.code, 'cycle');
        assert.equal(error.message, 'A → Security review → C → A would loop: A already comes before C.');
        assert.deepEqual(error.loop, ['a', 'b', 'c', 'a']);
        assert.deepEqual(error.issues, [
          { path: 'items[0].dependsOn', message: 'a → b → c → a would loop', kind: 'cycle' },
        ]);
        return true;
      },
    );
    assert.throws(() => link(plan, 'b', 'a'), {
      message: 'A → Security review → A would loop: A already comes before Security review.',
    });
    assert.throws(
      () => link(plan, 'a', 'a'),
      (error: PlanError) => error.code === 'cycle' && error.message === 'A cannot come after itself.',
    );
  });

  it('finds the shortest loop a link would close', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-02'],
      b: ['2026-03-03', '2026-03-03', 'a'],
      c: ['2026-03-04', '2026-03-04', 'b'],
      d: ['2026-03-05', '2026-03-05', 'a', 'c'],
    });
    assert.deepEqual(loopThrough(plan.items, 'd', 'a'), ['a', 'd', 'a']);
    assert.deepEqual(loopThrough(plan.items, 'c', 'b'), ['b', 'c', 'b']);
    assert.equal(loopThrough(plan.items, 'a', 'd'), undefined);
  });

  it('pushes a newly linked step that starts too early, with its own dependents, and nothing else', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-06'],
      x: ['2026-03-03', '2026-03-04'],
      y: ['2026-03-05', '2026-03-05', 'x'],
      z: ['2026-03-02', '2026-03-03', 'a'], // already too early before the link: left as it is
    });
    const edit = link(plan, 'a', 'x', AT);
    assert.deepEqual(dates(edit.plan), {
      a: '2026-03-02..2026-03-06',
      x: '2026-03-07..2026-03-08',
      y: '2026-03-09..2026-03-09',
      z: '2026-03-02..2026-03-03',
    });
    assert.deepEqual(changedFields(edit), [
      ['x', 'dependsOn,end,start'],
      ['y', 'end,start'],
    ]);
    const late = link(plan, 'z', 'y', AT);
    assert.deepEqual(dates(late.plan), dates(plan), 'a step that already starts late enough stays');
    const done = planOf({ a: ['2026-03-02', '2026-03-06'], x: ['2026-03-03', '2026-03-04'] });
    done.items[1] = { ...done.items[1]!, status: 'done' };
    assert.equal(link(done, 'a', 'x', AT).plan.items[1]!.start, '2026-03-03', 'a done step keeps its dates');
  });

  it('makes a step hold only if yes to a decision, after the decision, in one log entry for the step', () => {
    const plan = withDecision({
      d: ['2026-03-09', '2026-03-09'],
      s: ['2026-03-03', '2026-03-04'],
      t: ['2026-03-05', '2026-03-05', 's'],
    });
    const edit = setIfYes(plan, 's', 'd', AT);
    assert.deepEqual(stepS(edit), ['d', ['d'], '2026-03-10', '2026-03-11']);
    assert.equal(dates(edit.plan)['t'], '2026-03-12..2026-03-12', 'what waits for it moves too');
    assert.deepEqual(changedFields(edit), [
      ['s', 'dependsOn,end,ifYes,start'],
      ['t', 'end,start'],
    ]);
    const always = setIfYes(edit.plan, 's', undefined, AT).plan.items.find((item) => item.id === 's')!;
    assert.deepEqual([always.ifYes, always.dependsOn], [undefined, ['d']], 'the link stays when the condition goes');
  });

  it('adds no arrow of its own for an if-yes step that already waits for the decision through the steps before it', () => {
    const plan = withDecision({
      d: ['2026-03-09', '2026-03-09'],
      c: ['2026-03-10', '2026-03-11', 'd'],
      k: ['2026-03-12', '2026-03-13', 'c'],
      e: ['2026-03-12', '2026-03-13'],
    });
    const k = setIfYes(plan, 'k', 'd', AT).plan.items.find((item) => item.id === 'k')!;
    assert.deepEqual([k.ifYes, k.dependsOn], ['d', ['c']]);
    // The control: a step that does not wait for the decision gets the link, as before.
    const e = setIfYes(plan, 'e', 'd', AT).plan.items.find((item) => item.id === 'e')!;
    assert.deepEqual([e.ifYes, e.dependsOn], ['d', ['d']]);
  });

  it('moves an if-yes step that is linked to the decision but was dragged before it, with no second link', () => {
    const plan = withDecision({
      d: ['2026-03-09', '2026-03-09'],
      s: ['2026-03-05', '2026-03-06', 'd'],
      t: ['2026-03-09', '2026-03-09', 's'],
    });
    const edit = setIfYes(plan, 's', 'd', AT);
    assert.deepEqual(stepS(edit), ['d', ['d'], '2026-03-10', '2026-03-11']);
    assert.equal(dates(edit.plan)['t'], '2026-03-12..2026-03-12', 'what waits for it moves too');
    assert.deepEqual(changedFields(edit), [
      ['s', 'end,ifYes,start'],
      ['t', 'end,start'],
    ]);
    // The control: linked and already after the decision, only the condition changes.
    const later = withDecision({ d: ['2026-03-09', '2026-03-09'], s: ['2026-03-10', '2026-03-11', 'd'] });
    assert.deepEqual(changedFields(setIfYes(later, 's', 'd', AT)), [['s', 'ifYes']]);
  });

  it('treats linking an existing dependency as no change', () => {
    assert.deepEqual(link(chain(), 'a', 'b').changes, []);
  });

  for (const [name, run, code, message] of [
    ['an unknown step', (p: Plan) => moveItem(p, 'zzz', 1), 'unknown-id', /no step with id "zzz"/],
    ['an unknown lane', (p: Plan) => changeLane(p, 'a', 'legal'), 'unknown-id', /no party with id "legal"/],
    ['a duplicate id', (p: Plan) => addItem(p, { ...p.items[0]! }), 'invalid-value', /already exists/],
    [
      'end before start',
      (p: Plan) => setDates(p, 'a', '2026-03-05', '2026-03-01'),
      'invalid-value',
      /a.end: 2026-03-01 is before start/,
    ],
    [
      'an impossible date',
      (p: Plan) => updateItem(p, 'a', { end: '2026-02-30' }),
      'invalid-value',
      /"2026-02-30" is not a date/,
    ],
    ['a changed id', (p: Plan) => updateItem(p, 'a', { id: 'z' }), 'invalid-value', /a.id cannot be changed/],
    ['unlinking what is not linked', (p: Plan) => unlink(p, 'a', 'c'), 'unknown-id', /c does not depend on a/],
  ] as const) {
    it(`refuses ${name} with code ${code}`, () => {
      assert.throws(
        () => run(chain()),
        (error: PlanError) => error.code === code && message.test(error.message),
      );
    });
  }

  it('agree copies current dates into baselines and marks the plan written', () => {
    const { plan, changes } = agree(moveItem(chain(), 'a', 1).plan, AT);
    assert.equal(plan.status, 'written');
    assert.deepEqual(
      plan.items.map((item) => item.baseline),
      plan.items.map(({ start, end }) => ({ start, end })),
    );
    assert.equal(changes[0]!.op, 'agree');
    assert.equal(changes[0]!.note, "Plan agreed in writing by Dana Lee: every step's dates baselined");
  });

  it('turning a task into a milestone makes it one day', () => {
    const { plan } = updateItem(chain(), 'c', { kind: 'milestone' });
    assert.equal(dates(plan)['c'], '2026-03-09..2026-03-09');
  });
});

describe('history', () => {
  it('coalesces consecutive nudges with the same key into one undo step', () => {
    const history = new History();
    let plan = chain();
    const original = plan;
    for (let i = 0; i < 3; i += 1) {
      const edit = moveItem(plan, 'c', 1, AT);
      history.record(plan, edit, 'nudge:c');
      plan = edit.plan;
    }
    assert.equal(dates(plan)['c'], '2026-03-12..2026-03-16');
    const undone = history.undo()!;
    assert.deepEqual(undone.plan, original);
    assert.deepEqual(undone.changes[0]!.after, { start: '2026-03-09', end: '2026-03-13' });
    assert.equal(history.canUndo, false);
  });

  it('a coalesced step keeps only the fields that end up changed, and none when they all came back', () => {
    const history = new History();
    const first = moveItem(chain(), 'a', 1, AT);
    history.record(chain(), first);
    let plan = first.plan;
    const nudge = (days: number) => {
      const edit = moveItem(plan, 'c', days, AT);
      history.record(plan, edit, 'nudge:c');
      plan = edit.plan;
    };
    nudge(1);
    nudge(-1);
    assert.equal(dates(plan)['c'], dates(first.plan)['c']);
    // Moved and moved back: nothing of it to undo; the step before it is next.
    assert.deepEqual(history.undo()!.plan, chain());
    assert.equal(history.canUndo, false);

    history.record(chain(), first);
    plan = first.plan;
    nudge(2);
    nudge(-1);
    nudge(2);
    const undone = history.undo()!;
    assert.deepEqual(undone.plan, first.plan);
    assert.deepEqual(
      undone.changes.map((change) => [change.itemId, change.before, change.after]),
      [['c', { start: '2026-03-12', end: '2026-03-16' }, { start: '2026-03-09', end: '2026-03-13' }]],
    );
  });

  it('a new edit after undo clears the redo stack', () => {
    const history = new History();
    const first = moveItem(chain(), 'a', 1);
    history.record(chain(), first);
    history.undo();
    history.record(chain(), moveItem(chain(), 'a', 2));
    assert.equal(history.canRedo, false);
  });

  it('inverts log entries on undo: an add becomes a remove', () => {
    const history = new History();
    const added = addItem(
      chain(),
      { id: 'n', title: 'N', partyId: 'buyer', kind: 'task', start: '2026-03-20', end: '2026-03-21' },
      AT,
    );
    history.record(chain(), added);
    assert.deepEqual(
      history.undo()!.changes.map((change) => [change.op, change.itemId, change.before?.id]),
      [['remove', 'n', 'n']],
    );
  });
});
