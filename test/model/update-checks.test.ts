// An edit of one step is checked on that step alone when it touches no link, kind or ifYes. These tests hold that
// shortcut to the full check: every patch is refused (or accepted) exactly as a check of the whole plan would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { updateItem } from '../../src/model/commands.js';
import { PlanError } from '../../src/model/errors.js';
import { freezePlan } from '../../src/model/freeze.js';
import type { Item, Plan } from '../../src/model/types.js';
import { changedStepIssues, planIssues, stepLookup } from '../../src/model/validate.js';
import { planOf } from '../support/plan-builders.js';

const plan = (): Plan => {
  const base = planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-05', '2026-03-06', 'a'],
    c: ['2026-03-09', '2026-03-09', 'b'],
    d: ['2026-03-10', '2026-03-12', 'c'],
  });
  const items = base.items.map((item) =>
    item.id === 'c' ? { ...item, kind: 'decision' as const } : item.id === 'd' ? { ...item, ifYes: 'c' } : item,
  );
  return freezePlan({ ...base, items });
};

/** What the full check says of the plan with the patch applied naively (no cascade, no defaults). */
function fullCheck(id: string, patch: Record<string, unknown>): string | undefined {
  const before = plan();
  const items = before.items.map((item) => (item.id === id ? ({ ...item, ...patch } as Item) : item));
  const issues = planIssues({ ...before, items });
  return issues.length === 0 ? undefined : issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

function outcome(id: string, patch: Record<string, unknown>): string | undefined {
  try {
    updateItem(plan(), id, patch as Partial<Item>);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof PlanError, `${String(error)} is a PlanError`);
    return (error.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`).join('; ') || error.message;
  }
}

const PATCHES: [string, string, Record<string, unknown>][] = [
  ['a title with a control character', 'b', { title: 'Legal\u0007review' }],
  ['a title that is a number', 'b', { title: 42 }],
  ['an owner that is an object', 'a', { owner: { name: 'Sam' } }],
  ['an unknown status', 'a', { status: 'finished' }],
  ['a joint lane that does not exist', 'a', { withPartyIds: ['partner'] }],
  ['a baseline ending before it starts', 'a', { baseline: { start: '2026-03-04', end: '2026-03-01' } }],
  ['internal as a string', 'b', { internal: 'yes' }],
  ['notes with a lone surrogate', 'a', { notes: 'ok \uD800' }],
  ['notes that are a function', 'a', { notes: () => 'hello' }],
  ['an owner that is a Date', 'b', { owner: new Date(0) }],
  ['an unknown field holding NaN', 'a', { effort: Number.NaN }],
  ['a decision that lasts two days', 'c', { end: '2026-03-10' }],
  ['a link to a step that does not exist', 'a', { dependsOn: ['zzz'] }],
  ['an ifYes to a task', 'a', { ifYes: 'b' }],
];

describe('updateItem checks only what an edit of plain fields can break', () => {
  for (const [name, id, patch] of PATCHES) {
    it(`refuses ${name} as the full check does`, () => {
      const expected = fullCheck(id, patch);
      assert.ok(expected, 'the full check refuses it');
      assert.equal(outcome(id, patch), expected);
    });
  }

  it('makes a decision a task with the steps that held only on its yes firm, in the same edit', () => {
    const { plan: after, changes } = updateItem(plan(), 'c', { kind: 'task' });
    assert.deepEqual(planIssues(after), []);
    assert.equal(after.items.find((item) => item.id === 'c')!.kind, 'task');
    assert.equal(after.items.find((item) => item.id === 'd')!.ifYes, undefined);
    const firmed = changes.find((change) => change.itemId === 'd');
    assert.deepEqual([firmed?.before?.ifYes, firmed?.after?.ifYes], ['c', undefined]);
    // The control: a decision that stays one keeps them.
    const renamed = updateItem(plan(), 'c', { title: 'Go / no-go' });
    assert.equal(renamed.plan.items.find((item) => item.id === 'd')!.ifYes, 'c');
  });

  it('refuses a link that closes a cycle', () => {
    assert.throws(
      () => updateItem(plan(), 'a', { dependsOn: ['d'] }),
      (error: PlanError) => error.code === 'cycle',
    );
  });

  it('accepts a valid edit of plain fields, with the dependents pushed later', () => {
    const { plan: after } = updateItem(plan(), 'a', {
      title: 'Discovery call',
      owner: 'Sam',
      status: 'in-progress',
      end: '2026-03-05',
    });
    assert.deepEqual(planIssues(after), []);
    assert.equal(after.items[0]!.title, 'Discovery call');
    assert.equal(after.items[1]!.start, '2026-03-06');
  });
});

describe('changedStepIssues', () => {
  it('reads links through the plan the edit was made from, and through the list itself when it was reordered', () => {
    const before = plan();
    const broken = before.items.map((item) => (item.id === 'b' ? { ...item, dependsOn: ['a', 'zzz'] } : item));
    const changed = new Set(['b']);
    const expected = ['items[1].dependsOn[1]: "zzz" is not the id of a step'];
    const said = (issues: { path: string; message: string }[]) =>
      issues.map((issue) => `${issue.path}: ${issue.message}`);
    const edited = { ...before, items: broken };
    assert.deepEqual(said(changedStepIssues(edited, changed, stepLookup(broken, before.items))), expected);
    const reversed = { ...before, items: [...broken].reverse() };
    assert.deepEqual(said(changedStepIssues(reversed, changed, stepLookup(reversed.items, before.items))), [
      'items[2].dependsOn[1]: "zzz" is not the id of a step',
    ]);
    // The control: the step's own links, all of them steps of the plan, pass.
    assert.deepEqual(changedStepIssues(before, changed, stepLookup(before.items)), []);
  });
});
