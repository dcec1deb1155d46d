import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { addDays } from '../../src/model/dates.js';
import type { Plan } from '../../src/model/types.js';
import { frame } from '../support/frames.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow } from '../support/element.js';

/** Sixty steps of two days, one every three days, each waiting for the one before: far wider than the box. */
function longPlan(): Plan {
  const steps: Record<string, [string, string, ...string[]]> = {};
  for (let index = 0; index < 60; index += 1) {
    const start = addDays('2026-03-02', index * 3);
    steps[`s${index}`] = [start, addDays(start, 1), ...(index > 0 ? [`s${index - 1}`] : [])];
  }
  return planOf(steps);
}

/** A host that creates the element with its plan and puts it on the page in one go, as frameworks do. */
function mount(plan: Plan): MapTimeline {
  const element = document.createElement('map-timeline');
  element.setAttribute('today', '2026-03-10');
  element.zoom = 'week';
  element.style.cssText = 'display:block;width:900px;height:400px';
  element.plan = plan;
  document.body.append(element);
  return element;
}

const drawnSteps = (element: MapTimeline): string[] =>
  [...shadow(element).querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id')!);

/** The steps whose bars are inside the scroller's visible box, from what is drawn. */
function stepsOnScreen(element: MapTimeline): string[] {
  const view = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
  return [...shadow(element).querySelectorAll('rect.shape[data-item-id]')]
    .filter((shape) => {
      const box = shape.getBoundingClientRect();
      return box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom;
    })
    .map((shape) => shape.getAttribute('data-item-id')!);
}

const linkCount = (element: MapTimeline): number => shadow(element).querySelectorAll('[part~="link"]').length;

describe('<map-timeline> the first frame of a plan', () => {
  let elements: MapTimeline[] = [];
  afterEach(() => {
    elements.forEach((element) => element.remove());
    elements = [];
  });

  it('draws everything on screen at once, and the half screen around it in the frame after', async () => {
    // What is on screen, and what is drawn around it, once everything is drawn.
    const reference = mount(longPlan());
    elements.push(reference);
    await settle(reference);
    const onScreen = stepsOnScreen(reference);
    const settled = drawnSteps(reference);
    const margin = settled.filter((id) => !onScreen.includes(id));
    expect(onScreen.length, 'steps on screen').to.be.within(5, 20);
    expect(margin.length, 'steps drawn beside the screen, to scroll to').to.be.greaterThan(3);

    const element = mount(longPlan());
    elements.push(element);
    await element.updateComplete;
    const first = drawnSteps(element);
    expect(first, 'the first frame has every step on screen').to.include.members(onScreen);
    expect(stepsOnScreen(element)).to.have.members(onScreen);
    expect(linkCount(element), 'and the arrows between them').to.be.at.least(onScreen.length - 1);
    expect(first.filter((id) => margin.includes(id)).length, 'not yet the margin').to.be.below(margin.length);

    await frame();
    await frame();
    await element.updateComplete;
    expect(drawnSteps(element), 'the frame after draws the margin').to.have.members(settled);
    expect(linkCount(element)).to.equal(linkCount(reference));
  });

  it('draws the margin after a new plan is loaded into an element already on the page', async () => {
    const element = mount(longPlan());
    elements.push(element);
    await settle(element);
    const settled = drawnSteps(element);

    const next = longPlan();
    next.items = next.items.map((item) => ({ ...item, title: `${item.title} again` }));
    element.plan = next;
    await element.updateComplete;
    const first = drawnSteps(element);
    expect(first.length, 'fewer steps in the first frame').to.be.below(settled.length);
    await frame();
    await frame();
    await element.updateComplete;
    expect(drawnSteps(element)).to.have.members(settled);
  });
});

describe('<map-timeline> what a scroll draws', () => {
  let element: MapTimeline;
  afterEach(() => element.remove());

  const scrollTo = async (scroller: HTMLElement, left: number) => {
    scroller.scrollLeft = left;
    await new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
    await settle(element);
  };
  const tabStop = () => shadow(element).querySelector('[data-item-id][tabindex="0"]')?.getAttribute('data-item-id');

  it('keeps the drawn steps while short scrolls stay inside what is drawn, and draws the next ones after a long one', async () => {
    element = mount(longPlan());
    await settle(element);
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const nodes = () =>
      new Map(
        [...shadow(element).querySelectorAll('[data-item-id]')].map((node) => [
          node.getAttribute('data-item-id'),
          node,
        ]),
      );
    const before = nodes();
    expect(tabStop(), 'Tab lands on the first step on screen').to.equal('s0');

    // Three wheel-sized scrolls, three steps (144 px) in all: each one renders, and Tab moves to the steps now first on
    // screen, but no step node comes or goes.
    for (const left of [48, 96, 144]) await scrollTo(scroller, left);
    expect(tabStop(), 'rendered for the new scroll position').to.not.equal('s0');
    const after = nodes();
    expect([...after.keys()]).to.have.members([...before.keys()]);
    for (const [id, node] of after) expect(node, `the node of ${id}`).to.equal(before.get(id));

    // A whole screen further on, the steps beyond what was drawn come in, and every step on screen is drawn.
    await scrollTo(scroller, 144 + scroller.clientWidth);
    const far = nodes();
    expect(
      [...far.keys()].filter((id) => !before.has(id)),
      'steps drawn anew',
    ).to.not.be.empty;
    expect(far.has('s0'), 'the first step, far out of view').to.equal(false);
    const onScreen = stepsOnScreen(element);
    expect(onScreen.length, 'steps on screen').to.be.within(5, 20);
    const first = Number(onScreen.map((id) => id.slice(1)).sort((a, b) => Number(a) - Number(b))[0]);
    const expected = Array.from({ length: onScreen.length }, (_, index) => `s${first + index}`);
    expect(onScreen, 'no step missing on screen').to.have.members(expected);
  });
});
