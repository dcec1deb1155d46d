import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

const kindField = (element: MapTimeline) =>
  shadow(element).querySelector<HTMLSelectElement>('.inspector [name="kind"]')!;
const itemOf = (element: MapTimeline, id: string) => element.getPlan().items.find((item) => item.id === id)!;

/** Picks `value` in the step panel's list `name`, as a pick in the open list does. */
async function choose(element: MapTimeline, name: string, value: string): Promise<void> {
  const field = shadow(element).querySelector<HTMLSelectElement>(`.inspector [name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

describe('the step panel’s Kind list, by keyboard', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('is one undo step for a run of changes, none for a run that comes back, and a task that passed through Milestone keeps its length', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] }), {
      zoom: 'week',
    });
    await click(element, stepNode(element, 'b'));
    await settle(element);
    kindField(element).focus();
    await sendKeys({ press: 'ArrowDown' }); // Milestone: a milestone is one day
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'b')).to.include({ kind: 'milestone', end: '2026-03-09' });
    await sendKeys({ press: 'ArrowDown' }); // Decision
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'b').kind).to.equal('decision');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' }); // back to Task
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'b')).to.include({ kind: 'task', start: '2026-03-09', end: '2026-03-13' });
    expect(element.canUndo, 'the run came back to where it began: nothing to undo').to.equal(false);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // Decision, through Milestone
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'b')).to.include({ kind: 'decision', end: '2026-03-09' });
    expect(element.undo()).to.equal(true);
    expect(itemOf(element, 'b')).to.include({ kind: 'task', start: '2026-03-09', end: '2026-03-13' });
    expect(element.canUndo, 'the run was one undo step').to.equal(false);

    // Positive control: a change on its own after another edit is an undo step of its own.
    element.updateItem('a', { title: 'Renamed' });
    await settle(element);
    kindField(element).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'b').kind).to.equal('milestone');
    expect(element.undo()).to.equal(true);
    expect(itemOf(element, 'a').title, 'the rename is a step of its own').to.equal('Renamed');
  });
});

describe('the step panel’s "Only if yes to"', () => {
  it('puts the step after the decision it now waits on, as one undo step', async () => {
    const plan = planOf({ d: ['2026-03-09', '2026-03-09'], s: ['2026-03-03', '2026-03-04'] });
    plan.items[0] = { ...plan.items[0]!, kind: 'decision', title: 'Go / no-go' };
    const element = await timelineWith(plan, { zoom: 'week' });
    await click(element, stepNode(element, 's'));
    await settle(element);
    await choose(element, 'ifYes', 'd');
    expect(itemOf(element, 's')).to.deep.include({ ifYes: 'd', dependsOn: ['d'], start: '2026-03-10' });
    expect(
      shadow(element).querySelector('.notice')?.textContent,
      'the message line says where the step went',
    ).to.contain('S holds only if Go / no-go is yes, so it now starts after it, on 10 Mar 2026.');
    expect(element.undo()).to.equal(true);
    expect(itemOf(element, 's')).to.deep.include({ start: '2026-03-03' });
    expect(itemOf(element, 's').ifYes).to.equal(undefined);
    expect(element.canUndo).to.equal(false);
  });

  it("tells a plan's only decision that no other decision is there to hold on", async () => {
    const plan = planOf({ d: ['2026-03-09', '2026-03-09'], s: ['2026-03-03', '2026-03-04'] });
    plan.items[0] = { ...plan.items[0]!, kind: 'decision', title: 'Go / no-go' };
    const element = await timelineWith(plan, { zoom: 'week' });
    const choices = () =>
      [...shadow(element).querySelectorAll<HTMLOptionElement>('.inspector [name="ifYes"] option')].map((option) =>
        option.textContent!.trim(),
      );
    await click(element, stepNode(element, 'd'));
    await settle(element);
    expect(choices()).to.deep.equal(['No other decision in the plan']);
    // The control: the task is offered the decision.
    await click(element, stepNode(element, 's'));
    await settle(element);
    expect(choices()).to.deep.equal(['No decision (always happens)', 'Go / no-go']);
  });

  it('says why it refuses a decision the step cannot wait on, and the list goes back', async () => {
    // The decision already waits for the step: making the step wait for the decision would loop.
    const plan = planOf({ s: ['2026-03-02', '2026-03-04'], d: ['2026-03-09', '2026-03-09', 's'] });
    plan.items[1] = { ...plan.items[1]!, kind: 'decision', title: 'Go / no-go' };
    const element = await timelineWith(plan, { zoom: 'week' });
    const before = element.getPlan();
    await click(element, stepNode(element, 's'));
    await settle(element);
    const field = () => shadow(element).querySelector<HTMLSelectElement>('.inspector [name="ifYes"]')!;
    field().value = 'd';
    field().dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(element.getPlan()).to.deep.equal(before);
    expect(shadow(element).querySelector('#ifYes-note')?.textContent, 'the reason, under the field').to.contain('loop');
    expect(field().getAttribute('aria-invalid')).to.equal('true');
    expect(field().value, 'the list shows what the step holds').to.equal('');
  });

  it('makes a decision a task and the steps that held on its yes firm, says so, and brings them back with it', async () => {
    const plan = planOf({ d: ['2026-03-09', '2026-03-09'], r: ['2026-03-10', '2026-03-12', 'd'] });
    plan.items[0] = { ...plan.items[0]!, kind: 'decision', title: 'Go / no-go' };
    plan.items[1] = { ...plan.items[1]!, ifYes: 'd' };
    const element = await timelineWith(plan, { zoom: 'week' });
    await click(element, stepNode(element, 'd'));
    await settle(element);
    const notice = () => shadow(element).querySelector('.notice')?.textContent?.trim() ?? '';
    kindField(element).focus();
    await sendKeys({ press: 'ArrowUp' }); // Milestone
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'd').kind).to.equal('milestone');
    expect(itemOf(element, 'r').ifYes).to.equal(undefined);
    expect(notice()).to.equal(
      '"R" no longer holds only if "Go / no-go" is yes: it is a milestone now. Undo (Ctrl/⌘ + Z) brings that back.',
    );
    expect(shadow(element).querySelector('#kind-note')?.textContent ?? '', 'no refusal').to.equal('');

    // Back to Decision in the same run: the step holds on its yes again.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect(itemOf(element, 'd').kind).to.equal('decision');
    expect(itemOf(element, 'r').ifYes).to.equal('d');

    // Made a task again, then undone: one undo brings the decision and the step that held on it.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' }); // Task
    await sendKeys({ press: 'Enter' }); // the option browsed to counts
    await settle(element);
    expect([itemOf(element, 'd').kind, itemOf(element, 'r').ifYes]).to.deep.equal(['task', undefined]);
    expect(element.undo()).to.equal(true);
    await settle(element);
    expect([itemOf(element, 'd').kind, itemOf(element, 'r').ifYes]).to.deep.equal(['decision', 'd']);
    expect(notice(), 'the undo takes the message back').to.equal('');
  });
});

describe('the step panel’s Status', () => {
  // Today is 10 Mar 2026 (see timelineWith): r is planned after it, and c waits for r.
  const reviewPlan = () => planOf({ r: ['2026-03-16', '2026-03-27'], c: ['2026-03-30', '2026-04-03', 'r'] });
  const violatedArrows = (element: MapTimeline) =>
    shadow(element).querySelectorAll('.link.line[part~="violated"]').length;

  it('ends a step marked done before its planned end today, so what waits for it can come earlier', async () => {
    const element = await timelineWith(reviewPlan(), { zoom: 'week' });
    // The control: c moved before r's planned end starts out of order.
    element.updateItem('c', { start: '2026-03-12', end: '2026-03-16' });
    await settle(element);
    expect(violatedArrows(element)).to.equal(1);
    expect(element.undo()).to.equal(true);
    await settle(element);

    await click(element, stepNode(element, 'r'));
    await settle(element);
    await choose(element, 'status', 'done');
    expect(itemOf(element, 'r')).to.deep.include({ status: 'done', start: '2026-03-10', end: '2026-03-10' });
    expect(shadow(element).querySelector('.notice')?.textContent).to.contain(
      'R is done: it now ends today, 10 Mar 2026, instead of 27 Mar 2026.',
    );
    element.updateItem('c', { start: '2026-03-12', end: '2026-03-16' });
    await settle(element);
    expect(violatedArrows(element), 'c may start now that r is done').to.equal(0);

    // One undo step each: c's move, then the status with the dates.
    expect(element.undo()).to.equal(true);
    expect(element.undo()).to.equal(true);
    expect(itemOf(element, 'r')).to.deep.include({ start: '2026-03-16', end: '2026-03-27' });
    expect(itemOf(element, 'r').status).to.not.equal('done');
  });
});
