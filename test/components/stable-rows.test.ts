import { expect } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import { addDays } from '../../src/model/dates.js';
import type { Plan } from '../../src/model/types.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { ZOOM_PRESETS } from '../../src/render/scale.js';
import { dates, planOf } from '../support/plan-builders.js';
import { settle, stepBox, stepNode, timelineWith } from '../support/element.js';
import { center, drag } from '../support/input.js';

const DAY = ZOOM_PRESETS.week;

/** Three overlapping seller steps stacked in three rows, a later one beside the first, and a buyer step below. */
const stacked = (): Plan => {
  const plan = planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-03', '2026-03-06'],
    c: ['2026-03-04', '2026-03-09'],
    d: ['2026-03-12', '2026-03-13'],
    e: ['2026-03-03', '2026-03-05'],
  });
  for (const item of plan.items) item.partyId = item.id === 'e' ? 'buyer' : 'seller';
  return plan;
};

/** y waits for x (a buyer step) and sits beside w: moving x to 12 Mar pushes y onto w's days. */
const pushedOntoNeighbour = (): Plan => {
  const plan = planOf({
    x: ['2026-02-26', '2026-02-27'],
    y: ['2026-03-02', '2026-03-04', 'x'],
    w: ['2026-03-16', '2026-03-17'],
  });
  for (const item of plan.items) item.partyId = item.id === 'x' ? 'buyer' : 'seller';
  return plan;
};

describe('<map-timeline> rows stay put across edits', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('a drag that pushes no other step leaves every other step where it was', async () => {
    const element = await timelineWith(stacked(), { zoom: 'week' });
    const others = ['b', 'c', 'd', 'e'];
    const before = Object.fromEntries(others.map((id) => [id, stepBox(element, id)]));
    const aBefore = stepBox(element, 'a');
    // Precondition: a, b and c overlap, so they sit in three different rows, a on top.
    expect(aBefore.top).to.be.lessThan(before['b']!.top);
    expect(before['b']!.top).to.be.lessThan(before['c']!.top);

    const [x, y] = center(stepNode(element, 'a'));
    await drag(element, [x, y], [x + 20 * DAY + 5, y]);

    // Positive control: the dragged step did move, 20 days later, and nothing else changed dates.
    expect(dates(element.getPlan())['a']).to.equal('2026-03-22..2026-03-24');
    expect(stepBox(element, 'a').left - aBefore.left).to.be.closeTo(20 * DAY, 1);
    expect(stepBox(element, 'a').top, 'a still fits its row').to.be.closeTo(aBefore.top, 0.5);
    for (const id of others) {
      expect(dates(element.getPlan())[id]).to.equal(dates(stacked())[id]);
      expect(stepBox(element, id).top, `${id} keeps its row`).to.be.closeTo(before[id]!.top, 0.5);
      expect(stepBox(element, id).left, `${id} keeps its place`).to.be.closeTo(before[id]!.left, 0.5);
    }
  });

  it('a dropped step that lands on another moves itself to the nearest free row, never the other', async () => {
    const element = await timelineWith(stacked(), { zoom: 'week' });
    const dBefore = stepBox(element, 'd');
    const bBefore = stepBox(element, 'b');
    const [x, y] = center(stepNode(element, 'a'));
    await drag(element, [x, y], [x + 10 * DAY + 5, y]); // onto d's days, in d's row

    expect(dates(element.getPlan())['a']).to.equal('2026-03-12..2026-03-14');
    expect(stepBox(element, 'd').top, 'd stays').to.be.closeTo(dBefore.top, 0.5);
    expect(stepBox(element, 'a').top, 'a leaves the row d holds').to.be.closeTo(bBefore.top, 0.5);
    expect(stepBox(element, 'b').top, 'b stays').to.be.closeTo(bBefore.top, 0.5);
  });

  it('an undo puts every step back in the row it had, and a redo back where the edit left it', async () => {
    const plan = pushedOntoNeighbour();
    const element = await timelineWith(plan, { zoom: 'week' });
    const ids = ['x', 'y', 'w'];
    const tops = () => Object.fromEntries(ids.map((id) => [id, Math.round(stepBox(element, id).top)]));
    const before = tops();
    expect(before['y'], 'y and w share a row').to.equal(before['w']);
    element.updateItem('x', { start: '2026-03-12', end: '2026-03-13' });
    await element.updateComplete;
    const edited = tops();
    // Positive control: the cascade pushed y onto w's days, and they no longer share a row.
    expect(dates(element.getPlan())['y']).to.equal('2026-03-14..2026-03-16');
    expect(edited['y']).to.not.equal(edited['w']);

    element.undo();
    await element.updateComplete;
    expect(dates(element.getPlan())['y']).to.equal('2026-03-02..2026-03-04');
    expect(tops()).to.deep.equal(before);

    element.redo();
    await element.updateComplete;
    expect(tops()).to.deep.equal(edited);
  });

  it('an undo after a zoom lays the plan out as that zoom draws it, not as the undone edit left its rows', async () => {
    // At month zoom, once the cascade pushed y onto w's days, the two need two rows.
    const plan = pushedOntoNeighbour();
    const element = await timelineWith(plan, { zoom: 'week' });
    const top = (id: string) => Math.round(stepBox(element, id).top);
    element.updateItem('x', { start: '2026-03-12', end: '2026-03-13' });
    await element.updateComplete;
    element.zoom = 'month';
    await element.updateComplete;
    // Positive control: at month zoom the edited plan keeps y and w in two rows.
    expect(top('y')).to.not.equal(top('w'));

    element.undo();
    await element.updateComplete;
    expect(dates(element.getPlan())['y']).to.equal('2026-03-02..2026-03-04');
    expect(top('y'), 'y and w share a row again, as a fresh month layout has them').to.equal(top('w'));
    // A fresh layout at month zoom of the plan before the edit draws them alike.
    const fresh = await timelineWith(plan, { zoom: 'month' });
    expect(Math.round(stepBox(fresh, 'y').top) - Math.round(stepBox(fresh, 'x').top)).to.equal(top('y') - top('x'));
  });

  it('an undo, fitted again, brings back the picture from before an edit and a Fit that rearranged the rows', async () => {
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { zoom: 'week' });
    const ids = plan.items.map((item) => item.id);
    const boxes = () =>
      ids.map((id) => `${id} ${Math.round(stepBox(element, id).left)},${Math.round(stepBox(element, id).top)}`);
    element.fit();
    await settle(element);
    const before = boxes();
    const business = plan.items.find((item) => item.id === 'business-case')!;
    element.updateItem('business-case', { start: addDays(business.start, 21), end: addDays(business.end, 21) });
    await settle(element);
    element.fit();
    await settle(element);
    // The control: the edit and the Fit after it changed the picture.
    expect(boxes()).to.not.deep.equal(before);
    element.undo();
    element.fit();
    await settle(element);
    expect(boxes()).to.deep.equal(before);
  });
});
