import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { History } from '../../src/model/history.js';
import { addParty, completeParty, moveParty, removeParty, updateParty } from '../../src/model/party-commands.js';
import { updatePlan } from '../../src/model/plan-commands.js';
import { newPlan } from '../../src/model/templates.js';
import { validatePlan } from '../../src/model/validate.js';
import { planOf } from '../support/plan-builders.js';
import { PlanError } from '../../src/model/errors.js';

const AT = { at: '2027-01-04T09:00:00.000Z' };

describe('plan-level edits', () => {
  it('renames, sets and clears the target, and logs one "plan" entry', () => {
    const plan = planOf({ a: ['2027-01-04', '2027-01-08'] });
    const { plan: next, changes } = updatePlan(
      plan,
      { title: 'Acme deal', targetDate: '2027-02-01', targetItemId: 'a' },
      AT,
    );
    assert.equal(next.title, 'Acme deal');
    assert.equal(next.targetItemId, 'a');
    assert.equal(changes.length, 1);
    assert.equal(changes[0]!.op, 'plan');
    assert.deepEqual(changes[0]!.after, { title: 'Acme deal', targetDate: '2027-02-01', targetItemId: 'a' });
    const cleared = updatePlan(next, { targetDate: undefined }, AT).plan;
    assert.equal('targetDate' in cleared, false);
  });

  it('sets a calendar', () => {
    const { plan } = updatePlan(planOf({}), { calendar: { workdays: [0, 1, 2, 3, 4], holidays: ['2027-04-01'] } }, AT);
    assert.deepEqual(plan.calendar, { workdays: [0, 1, 2, 3, 4], holidays: ['2027-04-01'] });
  });

  it('refuses bad input with a PlanError and changes nothing', () => {
    const plan = planOf({});
    const refused = (patch: object, pattern: RegExp) =>
      assert.throws(
        () => updatePlan(plan, patch as never, AT),
        (error: unknown) => error instanceof PlanError && pattern.test(error.message),
      );
    refused({ title: '  ' }, /title: a plan needs a title/);
    refused({ targetDate: '0999-01-01' }, /targetDate: "0999-01-01" is outside the years 1900–2199/);
    refused({ targetItemId: 'nope' }, /targetItemId/);
    refused({ id: 'other' }, /id: not a plan field/);
    refused({ calendar: { workdays: [] } }, /calendar.workdays/);
    assert.equal(plan.title, 'Test plan');
  });
});

describe('parties', () => {
  it('adds a partner lane, and a second lane of one side in a colour of its own', () => {
    const plan = newPlan({ id: 'p' });
    const party = completeParty(plan, { name: 'Brightpath' });
    assert.deepEqual(
      { id: party.id, side: party.side, color: party.color },
      { id: 'brightpath', side: 'partner', color: undefined },
    );
    assert.match(completeParty(plan, { name: 'Second buyer', side: 'buyer' }).color!, /^#[0-9a-f]{6}$/);
    const { plan: next, changes } = addParty(plan, party, AT);
    assert.deepEqual(
      next.parties.map((p) => p.id),
      ['seller', 'buyer', 'brightpath'],
    );
    assert.deepEqual(
      changes.map((change) => [change.op, change.partyId]),
      [['party-add', 'brightpath']],
    );
  });

  it('renames and recolours, refusing a colour that is not one', () => {
    const plan = newPlan({ id: 'p' });
    const { plan: next, changes } = updateParty(plan, 'buyer', { name: 'Acme Logistics', color: '#0f766e' }, AT);
    assert.deepEqual(next.parties[1], { id: 'buyer', name: 'Acme Logistics', side: 'buyer', color: '#0f766e' });
    assert.deepEqual(changes[0]!.before, { name: 'Customer', color: undefined });
    assert.throws(
      () => updateParty(plan, 'buyer', { color: 'red;position:fixed' }, AT),
      /parties\[1\]\.color: .* is not a CSS colour/,
    );
    assert.throws(() => updateParty(plan, 'buyer', { name: '' }, AT), /a party needs a name/);
  });

  it('reorders lanes', () => {
    const plan = newPlan({ id: 'p' });
    const { plan: next, changes } = moveParty(plan, 'buyer', 0, AT);
    assert.deepEqual(
      next.parties.map((p) => p.id),
      ['buyer', 'seller'],
    );
    assert.deepEqual(changes[0]!.after, { index: 0 });
    assert.equal(moveParty(plan, 'buyer', 5, AT).plan.parties[1]!.id, 'buyer');
  });

  it('refuses to remove a lane that owns steps unless told where they go', () => {
    const plan = planOf({ a: ['2027-01-04', '2027-01-08'], b: ['2027-01-11', '2027-01-12', 'a'] });
    assert.throws(() => removeParty(plan, 'buyer', {}, AT), /Buyer Ltd still owns 1 step: say which lane takes it/);
    const { plan: next, changes } = removeParty(plan, 'buyer', { moveStepsTo: 'seller' }, AT);
    assert.deepEqual(
      next.parties.map((p) => p.id),
      ['seller'],
    );
    assert.deepEqual(
      next.items.map((item) => item.partyId),
      ['seller', 'seller'],
    );
    assert.deepEqual(
      changes.map((change) => change.op),
      ['update', 'party-remove'],
    );
    assert.doesNotThrow(() => validatePlan(next));
  });

  it('removes an empty lane, and undo brings it back where it was', () => {
    const plan = newPlan({ id: 'p' });
    const history = new History();
    const edit = removeParty(plan, 'seller', {}, AT);
    history.record(plan, edit);
    const undone = history.undo()!;
    assert.equal(undone.plan, plan);
    assert.deepEqual(
      undone.changes.map((change) => change.op),
      ['party-add'],
    );
  });
});

describe('years a plan may use', () => {
  it('refuses dates outside 1900–2199, naming the path', () => {
    const plan = planOf({ a: ['1899-12-31', '2027-01-08'] });
    assert.throws(() => validatePlan(plan), /items\[0\]\.start: "1899-12-31" is outside the years 1900–2199/);
    const late = planOf({ a: ['2027-01-04', '2200-01-01'] });
    assert.throws(() => validatePlan(late), /items\[0\]\.end: "2200-01-01" is outside the years 1900–2199/);
    assert.doesNotThrow(() => validatePlan(planOf({ a: ['1900-01-01', '2199-12-31'] })));
  });
});
