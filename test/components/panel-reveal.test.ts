import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

// One step a week for 20 weeks, each in its own row of one lane: far wider than the view at week zoom.
const weekly = () => {
  const steps: Record<string, [string, string]> = {};
  for (let week = 0; week < 20; week += 1) {
    const day = (offset: number) => new Date(Date.UTC(2026, 2, 2 + week * 7 + offset)).toISOString().slice(0, 10);
    steps[`s${week}`] = [day(0), day(3)];
  }
  return planOf(steps);
};

const scrollerOf = (element: MapTimeline) => shadow(element).querySelector<HTMLElement>('.scroller')!;
const panelTitle = (element: MapTimeline) =>
  shadow(element).querySelector<HTMLInputElement>('.inspector input[name="title"]')?.value;

/** Scrolls the timeline and waits until the element has measured the new position and drawn it. */
async function scrollTo(element: MapTimeline, left: number): Promise<void> {
  const scroller = scrollerOf(element);
  const scrolled = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
  scroller.scrollLeft = left;
  await scrolled;
  await settle(element);
}

describe('<map-timeline> the step panel bringing its step into view', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('scrolls for a step clicked half hidden, and not for one clicked whole in view, while the panel is open', async () => {
    const element = await timelineWith(weekly(), { zoom: 'week', width: 1000 });
    await click(element, stepNode(element, 's1'));
    expect(panelTitle(element), 'the panel is open').to.equal('S1');

    // s3's bar half under the lane heads: its visible half is clicked.
    const scroller = scrollerOf(element);
    const heads = shadow(element).querySelector('.heads')!.getBoundingClientRect();
    const s3 = stepNode(element, 's3').getBoundingClientRect();
    await scrollTo(element, scroller.scrollLeft + (s3.left - heads.right) + s3.width / 2);
    const halfHidden = stepNode(element, 's3').getBoundingClientRect();
    expect(halfHidden.left, 'the bar starts under the lane heads').to.be.below(heads.right);
    const before = scroller.scrollLeft;
    const y = halfHidden.top + halfHidden.height / 2;
    await sendMouse({ type: 'click', position: [Math.round(halfHidden.right - 4), Math.round(y)] });
    await settle(element);
    expect(panelTitle(element)).to.equal('S3');
    expect(scroller.scrollLeft, 'scrolled to show the whole bar').to.be.below(before);
    expect(stepNode(element, 's3').getBoundingClientRect().left).to.be.at.least(heads.right);

    const kept = scroller.scrollLeft;
    await click(element, stepNode(element, 's4'));
    expect(panelTitle(element)).to.equal('S4');
    expect(scroller.scrollLeft, 'a step whole in view: no scroll').to.equal(kept);
  });

  it('scrolls to a step selected from outside the view while the panel is open', async () => {
    const element = await timelineWith(weekly(), { zoom: 'week', width: 1000 });
    await click(element, stepNode(element, 's1'));
    expect(panelTitle(element)).to.equal('S1');
    expect(stepNode(element, 's18'), 'far out of view').to.equal(null);

    element.selectedIds = ['s18'];
    await settle(element);
    await settle(element);
    expect(panelTitle(element)).to.equal('S18');
    const bar = stepNode(element, 's18').getBoundingClientRect();
    const view = scrollerOf(element).getBoundingClientRect();
    expect(bar.left, 'brought into view').to.be.at.least(view.left);
    expect(bar.right).to.be.at.most(view.right);
  });
});
