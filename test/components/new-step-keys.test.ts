import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { newPlan } from '../../src/model/templates.js';
import { settle, shadow, stepNode } from '../support/element.js';
import { center, chord, typeNewTitle } from '../support/input.js';
import { timelineWith } from '../support/element.js';

const laneHeadButton = (element: MapTimeline, partyId: string) =>
  shadow(element).querySelector<HTMLButtonElement>(`[data-party-head="${partyId}"] button.party-name`)!;

/** A point in a lane's first row, at a fraction of the timeline's width: empty lane space in these plans. */
function emptySpot(element: MapTimeline, partyId: string, across: number): [number, number] {
  const lane = shadow(element).querySelector(`rect.lane-bg[data-party-id="${partyId}"]`)!.getBoundingClientRect();
  const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
  return [Math.round(scroller.left + scroller.width * across), Math.round(lane.top + 20)];
}

const stepTitled = (element: MapTimeline, title: string) =>
  element.getPlan().items.find((item) => item.title === title);

describe('<map-timeline> N adds a step where the keyboard or the pointer is', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  for (const partyId of ['buyer', 'seller']) {
    it(`adds the first step of an empty plan in the lane whose head has focus (${partyId})`, async () => {
      const element = await timelineWith(newPlan({ id: 'empty' }), { zoom: 'week' });
      laneHeadButton(element, partyId).focus();
      await sendKeys({ press: 'n' });
      await typeNewTitle(element, 'Security review');
      expect(stepTitled(element, 'Security review')).to.include({ partyId, start: '2026-03-10' });
    });
  }

  it('takes back a step added and named with one undo, and brings it back named with one redo', async () => {
    const element = await timelineWith(newPlan({ id: 'empty' }), { zoom: 'week' });
    const before = element.getPlan();
    laneHeadButton(element, 'buyer').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Security review');
    expect(stepTitled(element, 'Security review'), 'added and named').to.exist;
    expect(element.undo()).to.equal(true);
    expect(element.getPlan().items).to.deep.equal([]);
    expect(element.getPlan().log).to.deep.equal(before.log);
    expect(element.canUndo, 'adding and naming were one step').to.equal(false);
    expect(element.redo()).to.equal(true);
    expect(element.getPlan().items.map((item) => item.title)).to.deep.equal(['Security review']);
  });

  it('adds it on the day and in the lane last clicked in empty lane space', async () => {
    const element = await timelineWith(newPlan({ id: 'empty' }), { zoom: 'week' });
    const spot = emptySpot(element, 'buyer', 0.6);
    await sendMouse({ type: 'click', position: spot });
    await settle(element);
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Kickoff');
    const added = stepTitled(element, 'Kickoff')!;
    expect(added.partyId).to.equal('buyer');
    expect(added.start, 'not today, where N adds without a click').not.to.equal('2026-03-10');
    // Drawn where the click was: on that day (16 px at week zoom), or the working day after it.
    const left = stepNode(element, added.id).getBoundingClientRect().left;
    expect(left).to.be.within(spot[0] - 16, spot[0] + 3 * 16);
  });

  it('adds it where empty lane space was clicked, not after the step that had focus before the click', async () => {
    const plan = newPlan({ id: 'one-step' });
    plan.items = [
      { id: 'kickoff', title: 'Kickoff', partyId: 'seller', kind: 'task', start: '2026-03-10', end: '2026-03-12' },
    ];
    const element = await timelineWith(plan, { zoom: 'week' });
    await sendMouse({ type: 'click', position: center(stepNode(element, 'kickoff')) });
    await settle(element);
    await sendKeys({ press: 'Escape' }); // the step keeps focus: N now would add after it (the control below)
    const spot = emptySpot(element, 'buyer', 0.7);
    await sendMouse({ type: 'click', position: spot });
    await settle(element);
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Clicked here');
    expect(stepTitled(element, 'Clicked here')?.partyId, 'in the lane clicked').to.equal('buyer');

    stepNode(element, 'kickoff').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'After kickoff');
    expect(stepTitled(element, 'After kickoff')).to.include({ partyId: 'seller', start: '2026-03-13' });
  });

  it('makes a step added after the focused one wait for it, and hold only on the yes of the decision it follows', async () => {
    const plan = newPlan({ id: 'sequence' });
    plan.items = [
      { id: 'review', title: 'Review', partyId: 'buyer', kind: 'task', start: '2026-03-10', end: '2026-03-12' },
      { id: 'go', title: 'Go / no-go', partyId: 'buyer', kind: 'decision', start: '2026-03-20', end: '2026-03-20' },
    ];
    const element = await timelineWith(plan, { zoom: 'week' });
    stepNode(element, 'review').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Security review');
    const after = stepTitled(element, 'Security review')!;
    expect(after).to.include({ partyId: 'buyer', start: '2026-03-13' });
    expect(after.dependsOn).to.deep.equal(['review']);
    expect(after.ifYes).to.equal(undefined);
    expect(shadow(element).querySelector(`[part~="link"][data-from="review"][data-to="${after.id}"]`)).to.exist;

    stepNode(element, 'go').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Kickoff');
    expect(stepTitled(element, 'Kickoff')).to.include({ ifYes: 'go' });
    expect(stepTitled(element, 'Kickoff')!.dependsOn).to.deep.equal(['go']);

    // The control: from a lane's head, N adds a step that waits for none.
    laneHeadButton(element, 'seller').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Reference call');
    expect(stepTitled(element, 'Reference call')!.dependsOn).to.equal(undefined);
  });

  it('adds it after a step selected by a click on its title inside the bar, in that step’s lane', async () => {
    const plan = newPlan({ id: 'one-step' });
    plan.items = [
      { id: 'review', title: 'Review', partyId: 'buyer', kind: 'task', start: '2026-03-16', end: '2026-03-27' },
    ];
    const element = await timelineWith(plan, { zoom: 'week' });
    const title = stepNode(element, 'review').closest('[data-step]')!.querySelector('text.title')!;
    const bar = stepNode(element, 'review').getBoundingClientRect();
    const [x, y] = center(title);
    expect(x > bar.left && x < bar.right, 'the title is inside the bar: the case in question').to.equal(true);
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(element);
    expect(element.selectedIds).to.deep.equal(['review']);
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Sign-off');
    expect(stepTitled(element, 'Sign-off')).to.include({ partyId: 'buyer', start: '2026-03-30' }); // the Monday after
  });

  it('starts a step added after one that ended in the past today, not overdue already', async () => {
    const plan = newPlan({ id: 'history' });
    plan.items = [
      {
        id: 'demo',
        title: 'Demo',
        partyId: 'seller',
        kind: 'task',
        start: '2026-02-02',
        end: '2026-02-06',
        status: 'done',
      },
      { id: 'pilot', title: 'Pilot', partyId: 'buyer', kind: 'task', start: '2026-03-16', end: '2026-03-20' },
    ];
    const element = await timelineWith(plan, { zoom: 'week' }); // today is 10 Mar 2026
    stepNode(element, 'demo').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Reference call');
    expect(stepTitled(element, 'Reference call')).to.include({ partyId: 'seller', start: '2026-03-10' });
    // The control: after a step still ahead, right after it.
    stepNode(element, 'pilot').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'Pilot review');
    expect(stepTitled(element, 'Pilot review')).to.include({ partyId: 'buyer', start: '2026-03-23' }); // a Monday
  });

  it('undoes with Ctrl+Z while a button of the element has focus, and leaves Enter to the button', async () => {
    const element = await timelineWith(newPlan({ id: 'empty' }), { zoom: 'week' });
    laneHeadButton(element, 'buyer').focus();
    await sendKeys({ press: 'n' });
    await typeNewTitle(element, 'To undo');
    expect(stepTitled(element, 'To undo')).to.exist;
    laneHeadButton(element, 'buyer').focus();
    await chord(['Control'], 'z');
    await settle(element);
    expect(stepTitled(element, 'To undo'), 'undone').to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(shadow(element).querySelector('.inspector'), "the button's own Enter opens the lane's details").to.exist;
  });
});
