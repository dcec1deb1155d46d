import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { center, chord, drag } from '../support/input.js';
import { drawnArrow, ownArrow } from '../support/drawn-arrows.js';
import { restsUntil } from '../support/frames.js';

// a → b → c is one chain; d → e another; f stands alone.
const plan = (): Plan =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-11', 'a'],
    c: ['2026-03-16', '2026-03-18', 'b'],
    d: ['2026-03-03', '2026-03-05'],
    e: ['2026-03-10', '2026-03-12', 'd'],
    f: ['2026-03-17', '2026-03-19'],
  });

/** How faint a step's bar is drawn: its fill opacity, inherited from the step so its label and chip fade alike. */
const opacityOf = (element: MapTimeline, id: string): number =>
  Number(getComputedStyle(stepNode(element, id).closest('[data-step]')!.querySelector('.shape')!).fillOpacity);
/** How faint an arrow's line is drawn, as seen: in full over the faded arrows when its chain is highlighted. */
const linkOpacity = (element: MapTimeline, from: string, to: string): number =>
  drawnArrow(element, from, to).lineStrength;
/** How faint an arrow's head is drawn, as seen. */
const headOpacity = (element: MapTimeline, from: string, to: string): number =>
  drawnArrow(element, from, to).headStrength;

/** Two chains side by side, a0 → a1 → … and b0 → b1 → …, a step of each every week for `weeks` weeks. */
function weeklyChains(weeks: number): Plan {
  const steps: Record<string, [string, string, ...string[]]> = {};
  const day = (week: number, offset: number) =>
    new Date(Date.UTC(2026, 2, 2 + week * 7 + offset)).toISOString().slice(0, 10);
  for (let week = 0; week < weeks; week += 1) {
    steps[`a${week}`] = [day(week, 0), day(week, 2), ...(week > 0 ? [`a${week - 1}`] : [])];
    steps[`b${week}`] = [day(week, 1), day(week, 3), ...(week > 0 ? [`b${week - 1}`] : [])];
  }
  return planOf(steps);
}

/** The steps whose drawn nodes changed in any way while `act` ran. */
async function stepsTouchedBy(element: MapTimeline, act: () => Promise<void>): Promise<string[]> {
  const touched = new Set<string>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const id = node?.closest('[data-step]')?.getAttribute('data-step');
      if (id) touched.add(id);
    }
  });
  observer.observe(shadow(element), { subtree: true, attributes: true, childList: true, characterData: true });
  await act();
  for (const record of observer.takeRecords()) {
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    const id = node?.closest('[data-step]')?.getAttribute('data-step');
    if (id) touched.add(id);
  }
  observer.disconnect();
  return [...touched].sort();
}

describe('<map-timeline> highlighting a dependency chain', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('dims nothing for a step linked to no other, hovered or selected', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    // The control: a linked step's chain dims f.
    await sendMouse({ type: 'move', position: center(stepNode(element, 'b')) });
    await settle(element);
    expect(opacityOf(element, 'f'), 'f, outside b’s chain').to.be.closeTo(0.3, 0.01);
    await sendMouse({ type: 'move', position: center(stepNode(element, 'f')) });
    await settle(element);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect(opacityOf(element, id), `hovering f: ${id}`).to.equal(1);
    expect(linkOpacity(element, 'd', 'e')).to.equal(1);
    await sendMouse({ type: 'move', position: [5, 5] });
    element.selectedIds = ['f'];
    await settle(element);
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(opacityOf(element, id), `f selected: ${id}`).to.equal(1);
  });

  it('dims every step and arrow outside the hovered step’s chain, and nothing once the pointer leaves', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect(opacityOf(element, id), id).to.equal(1);

    await sendMouse({ type: 'move', position: center(stepNode(element, 'b')) });
    await settle(element);
    for (const id of ['a', 'b', 'c']) expect(opacityOf(element, id), id).to.equal(1);
    for (const id of ['d', 'e', 'f']) expect(opacityOf(element, id), id).to.be.closeTo(0.3, 0.01);
    expect(linkOpacity(element, 'a', 'b')).to.equal(1);
    expect(headOpacity(element, 'a', 'b')).to.equal(1);
    expect(linkOpacity(element, 'd', 'e')).to.be.closeTo(0.25, 0.01);
    expect(headOpacity(element, 'd', 'e')).to.be.closeTo(0.25, 0.01);

    await sendMouse({ type: 'move', position: [5, 5] });
    await settle(element);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect(opacityOf(element, id), id).to.equal(1);
    expect(linkOpacity(element, 'd', 'e')).to.equal(1);
    expect(headOpacity(element, 'd', 'e')).to.equal(1);
  });

  it('keeps a broken dependency in the late colour while its chain is highlighted', async () => {
    // b starts the day before a ends: the arrow a → b is drawn as broken.
    const broken = plan();
    const element = await timelineWith(
      { ...broken, items: broken.items.map((item) => (item.id === 'b' ? { ...item, start: '2026-03-03' } : item)) },
      { zoom: 'week' },
    );
    const before = drawnArrow(element, 'a', 'b').colours;
    const plain = drawnArrow(element, 'b', 'c').colours;
    expect(before.line).to.not.equal(plain.line);

    await sendMouse({ type: 'move', position: center(stepNode(element, 'c')) });
    await settle(element);
    const highlighted = drawnArrow(element, 'a', 'b');
    expect(highlighted.redrawn).to.equal(true);
    expect(highlighted.lineStrength).to.equal(1);
    expect(highlighted.colours).to.deep.equal(before);
    // The control: the chain's sound arrow takes the highlight colour.
    expect(drawnArrow(element, 'b', 'c').colours.line).to.not.equal(plain.line);
  });

  it('draws again only the chain’s own steps when the highlight comes and goes', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const hovered = await stepsTouchedBy(element, async () => {
      await sendMouse({ type: 'move', position: center(stepNode(element, 'e')) });
      await settle(element);
    });
    // The control: the hovered step itself changed (its chain mark and its handles).
    expect(hovered).to.deep.equal(['d', 'e']);
    expect(opacityOf(element, 'a')).to.be.closeTo(0.3, 0.01);

    const left = await stepsTouchedBy(element, async () => {
      await sendMouse({ type: 'move', position: [5, 5] });
      await settle(element);
    });
    expect(left).to.deep.equal(['d', 'e']);
    expect(opacityOf(element, 'a')).to.equal(1);
  });

  it('draws a long chain’s arrows again in a few paths over the faded arrows, and touches none of the arrows', async () => {
    const element = await timelineWith(weeklyChains(12), { zoom: 'month', width: 1300 });
    const layer = shadow(element).querySelector('.chain-links')!;
    const arrows = shadow(element).querySelector('.links')!;
    expect(layer.children.length, 'nothing drawn again before a hover').to.equal(0);
    const touched: MutationRecord[] = [];
    const observer = new MutationObserver((records) => touched.push(...records));
    observer.observe(arrows, { subtree: true, attributes: true, childList: true });

    await sendMouse({ type: 'move', position: center(stepNode(element, 'a5')) });
    await settle(element);
    touched.push(...observer.takeRecords());
    // The control: the chain is drawn again, a head path and a line path for each batch of up to eight of its eleven
    // plain arrows.
    expect(layer.children.length, 'two batches of two paths').to.equal(4);
    for (let week = 1; week < 12; week += 1) {
      const arrow = drawnArrow(element, `a${week - 1}`, `a${week}`);
      expect(arrow.redrawn, `a${week - 1} → a${week}`).to.equal(true);
      expect(arrow.lineStrength).to.equal(1);
    }
    expect(drawnArrow(element, 'b0', 'b1').lineStrength, 'the other chain faded').to.be.closeTo(0.25, 0.01);
    expect(touched, 'no arrow’s own node touched').to.deep.equal([]);

    await sendMouse({ type: 'move', position: [5, 5] });
    await settle(element);
    observer.disconnect();
    expect(layer.children.length, 'nothing drawn again once the pointer leaves').to.equal(0);
    expect(drawnArrow(element, 'a0', 'a1').lineStrength).to.equal(1);
    expect(ownArrow(element, 'b0', 'b1').line.hasAttribute('data-chain')).to.equal(false);
  });

  it('keeps the label inside a dimmed bar readable: the side\u2019s colour instead of white on the pale tint', async () => {
    // A long bar holds its label inside; a short step elsewhere, with a step after it, is hovered: the long one dims.
    const element = await timelineWith(
      planOf({
        long: ['2026-03-02', '2026-03-27'],
        other: ['2026-03-03', '2026-03-04'],
        next: ['2026-03-05', '2026-03-06', 'other'],
      }),
      { zoom: 'week' },
    );
    const title = () => stepNode(element, 'long').closest('[data-step]')!.querySelector('.title')!;
    expect(stepNode(element, 'long').closest('[data-step]')!.classList.contains('label-inside')).to.equal(true);
    const white = 'rgb(255, 255, 255)';
    expect(getComputedStyle(title()).fill, 'white on the full-colour bar').to.equal(white);
    await sendMouse({ type: 'move', position: center(stepNode(element, 'other')) });
    await settle(element);
    expect(opacityOf(element, 'long'), 'dimmed').to.be.closeTo(0.3, 0.01);
    expect(getComputedStyle(title()).fill, 'no longer white').not.to.equal(white);
  });
  it('keeps the chain marked through a render that draws the same steps, and marks a timeline drawn anew', async () => {
    const element = await timelineWith(plan(), { zoom: 'week', width: 1000 });
    element.selectedIds = ['b'];
    await settle(element);
    const marked = () => ({
      a: opacityOf(element, 'a'),
      c: opacityOf(element, 'c'),
      d: opacityOf(element, 'd'),
      link: linkOpacity(element, 'd', 'e'),
    });
    const highlighted = { a: 1, c: 1, d: 0.3, link: 0.25 };
    const close = (found: Record<string, number>) =>
      Object.fromEntries(Object.entries(found).map(([key, value]) => [key, Math.round(value * 100) / 100]));
    expect(close(marked()), 'b’s chain').to.deep.equal(highlighted);

    const body = shadow(element).querySelector('svg.body');
    element.requestUpdate();
    await settle(element);
    expect(shadow(element).querySelector('svg.body'), 'the same drawing').to.equal(body);
    expect(close(marked()), 'after a render of the same steps').to.deep.equal(highlighted);

    element.view = 'table';
    await settle(element);
    element.view = 'timeline';
    await settle(element);
    expect(shadow(element).querySelector('svg.body'), 'a timeline drawn anew').not.to.equal(body);
    expect(close(marked()), 'in the new drawing').to.deep.equal(highlighted);
  });

  it('keeps the dragged step’s chain marked while the drag carries it into another lane and back', async () => {
    const element = await timelineWith(plan(), { zoom: 'week', width: 1000 });
    element.selectedIds = ['b'];
    await settle(element);
    const laneOf = (id: string) => stepNode(element, id).closest('[data-step]')!.parentElement!;
    const buyerLane = laneOf('b');
    const sellerLaneBox = shadow(element)
      .querySelector('[part~="lane"][data-party-id="seller"]')!
      .getBoundingClientRect();
    const [x, y] = center(stepNode(element, 'b'));
    await drag(element, [x, y], [x, Math.round(sellerLaneBox.bottom - 10)], { release: false });
    expect(laneOf('b'), 'b is drawn in the seller lane').not.to.equal(buyerLane);
    expect([opacityOf(element, 'b'), opacityOf(element, 'f')], 'b in its chain, f faded').to.deep.equal([1, 0.3]);
    // Along the seller lane the same nodes are drawn again; back in the buyer lane b gets a node there again.
    await sendMouse({ type: 'move', position: [x + 20, Math.round(sellerLaneBox.bottom - 10)] });
    await settle(element);
    expect(opacityOf(element, 'b'), 'moved along the lane').to.equal(1);
    expect(linkOpacity(element, 'a', 'b'), 'the chain’s arrow along its new route').to.equal(1);
    expect(linkOpacity(element, 'd', 'e'), 'another arrow, faded').to.be.closeTo(0.25, 0.01);
    await sendMouse({ type: 'move', position: [x + 20, y] });
    await settle(element);
    expect(laneOf('b'), 'back in the buyer lane').to.equal(buyerLane);
    expect([opacityOf(element, 'b'), opacityOf(element, 'f')], 'back home').to.deep.equal([1, 0.3]);

    // The drop keeps the marks the drag drew on the arrows, and the page's next moment of rest takes them off.
    const unmarked: MutationRecord[] = [];
    const watch = new MutationObserver((records) => unmarked.push(...records));
    watch.observe(shadow(element).querySelector('.links')!, { subtree: true, attributeFilter: ['data-chain'] });
    await sendMouse({ type: 'up' });
    await settle(element);
    unmarked.push(...watch.takeRecords());
    expect(unmarked, 'no arrow’s mark taken off at the drop').to.deep.equal([]);
    expect([linkOpacity(element, 'a', 'b'), linkOpacity(element, 'd', 'e')], 'as drawn').to.deep.equal([1, 0.25]);
    await restsUntil(() => {
      unmarked.push(...watch.takeRecords());
      return unmarked.length > 0;
    }, 'the marks taken off once the page rests');
    watch.disconnect();
    expect(drawnArrow(element, 'a', 'b').redrawn, 'the chain drawn again over the faded arrows').to.equal(true);
    expect([linkOpacity(element, 'a', 'b'), linkOpacity(element, 'd', 'e')], 'as drawn').to.deep.equal([1, 0.25]);
  });

  it('marks the steps and arrows a scroll brings into view, while a selected step’s chain stays highlighted', async () => {
    // 30 weeks: far wider than the view, so most of it is drawn only once scrolled to.
    const element = await timelineWith(weeklyChains(30), { zoom: 'week', width: 700 });
    expect(stepNode(element, 'a29'), 'not drawn before the scroll').to.equal(null);
    element.selectedIds = ['a0'];
    await settle(element);
    expect(opacityOf(element, 'a1')).to.equal(1);
    expect(opacityOf(element, 'b1')).to.be.closeTo(0.3, 0.01);

    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollLeft = scroller.scrollWidth;
    await new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
    await settle(element);
    expect(stepNode(element, 'a29'), 'drawn once scrolled to').not.to.equal(null);
    expect(opacityOf(element, 'a29'), 'in the chain').to.equal(1);
    expect(opacityOf(element, 'b29'), 'outside it').to.be.closeTo(0.3, 0.01);
    expect(linkOpacity(element, 'a28', 'a29')).to.equal(1);
    expect(linkOpacity(element, 'b28', 'b29')).to.be.closeTo(0.25, 0.01);

    // A step in view: selecting one out of view would scroll to it (its panel reveals it), taking a29 out of the DOM.
    element.selectedIds = ['b29'];
    await settle(element);
    expect(opacityOf(element, 'a29'), 'the other chain now').to.be.closeTo(0.3, 0.01);
    expect(opacityOf(element, 'b29')).to.equal(1);
    expect(linkOpacity(element, 'a28', 'a29')).to.be.closeTo(0.25, 0.01);
  });
  it('lets go of a hovered step that a scroll takes from under the resting pointer', async () => {
    const element = await timelineWith(plan(), { zoom: 'week', width: 700 });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const scrolled = async (by: number) => {
      const done = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
      scroller.scrollLeft += by;
      await done;
      await settle(element);
      await settle(element);
    };
    const [x, y] = center(stepNode(element, 'b'));
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await settle(element);
    expect(opacityOf(element, 'e'), 'faded while b is hovered').to.be.closeTo(0.3, 0.01);

    // The control: a scroll that leaves b under the pointer keeps its chain.
    await scrolled(2);
    expect(opacityOf(element, 'e'), 'b still under the pointer').to.be.closeTo(0.3, 0.01);

    await scrolled(300);
    expect(opacityOf(element, 'e'), 'nothing hovered once b has gone').to.equal(1);
    expect(opacityOf(element, 'a')).to.equal(1);
  });

  /** e, selected while the pointer rests on b, is drawn whole and b dimmed, until the pointer moves onto c. */
  async function expectSelectedUntilPointerMoves(element: MapTimeline, why: string) {
    expect(opacityOf(element, 'e'), why).to.equal(1);
    expect(opacityOf(element, 'b'), 'and b, outside its chain, dimmed').to.be.closeTo(0.3, 0.01);
    await sendMouse({ type: 'move', position: center(stepNode(element, 'c')) });
    await settle(element);
    expect(opacityOf(element, 'e'), 'the pointer moved onto c: its chain').to.be.closeTo(0.3, 0.01);
    await resetMouse();
  }

  it('highlights a step selected by key over the one under a resting pointer, until the pointer moves again', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await sendMouse({ type: 'move', position: center(stepNode(element, 'b')) });
    await settle(element);
    expect(opacityOf(element, 'e'), 'the control: b’s chain, with e dimmed').to.be.closeTo(0.3, 0.01);
    element.selectedIds = ['e'];
    await settle(element);
    await expectSelectedUntilPointerMoves(element, 'e, selected, is drawn whole');
  });

  it('highlights the step an undo brought back over the one under a resting pointer', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    element.selectedIds = ['e'];
    stepNode(element, 'e').focus();
    await chord(['Alt'], 'ArrowRight');
    await settle(element);
    expect(element.plan!.items.find((item) => item.id === 'e')!.start, 'nudged a day').to.equal('2026-03-11');
    await sendMouse({ type: 'move', position: center(stepNode(element, 'b')) });
    await settle(element);
    expect(opacityOf(element, 'e'), 'the control: the pointer rests on b, whose chain dims e').to.be.closeTo(0.3, 0.01);
    await chord(['Control'], 'z');
    await settle(element);
    expect(element.plan!.items.find((item) => item.id === 'e')!.start, 'undone').to.equal('2026-03-10');
    await expectSelectedUntilPointerMoves(element, 'e, brought back and selected, is drawn whole');
  });
});
