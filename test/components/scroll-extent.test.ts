import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { settle, shadow, stepBox, stepNode, timelineWith } from '../support/element.js';
import { center, frame, framesUntil } from '../support/input.js';
import { planOf } from '../support/plan-builders.js';

// The grid is drawn to the end of the view and past it, but only what the plan needs is scrolled through: a plan that
// fits has no horizontal scrollbar, and a fitted one shows whole, on a screen or in a presentation.

const scroller = (element: MapTimeline) => shadow(element).querySelector<HTMLElement>('.scroller')!;
const sideways = (element: MapTimeline) => scroller(element).scrollWidth - scroller(element).clientWidth;

describe('<map-timeline> what scrolls sideways', () => {
  before(() => setViewport({ width: 1400, height: 900 }));

  it('nothing, for a plan that fits the view; the grid still reaches the view’s end', async () => {
    const small = planOf({ a: ['2026-03-09', '2026-03-13'], b: ['2026-03-16', '2026-03-20', 'a'] });
    const element = await timelineWith(small, { zoom: 'week', width: 1000 });
    expect(sideways(element)).to.equal(0);
    const view = scroller(element).getBoundingClientRect();
    const grid = shadow(element).querySelector('svg.body')!.getBoundingClientRect();
    expect(grid.right, 'the grid is drawn to the end of the view').to.be.at.least(view.right - 1);

    // Control: the same plan at day zoom is wider than the view, and scrolls.
    element.zoom = 'day';
    await settle(element);
    expect(sideways(element)).to.be.above(100);
  });

  it('no less than where the view ends while the plan gets shorter, so the view stays where it is', async () => {
    const plan = planOf({
      a: ['2026-03-09', '2026-03-13'],
      b: ['2026-03-16', '2026-03-20', 'a'],
      c: ['2026-05-04', '2026-05-08'],
    });
    const element = await timelineWith(plan, { zoom: 'week', width: 1000 });
    const view = scroller(element);
    view.scrollLeft = view.scrollWidth;
    await settle(element);
    const end = view.scrollLeft;
    expect(end, 'scrolled to the end').to.be.above(100);
    element.updateItem('c', { start: '2026-03-23', end: '2026-03-27' });
    await settle(element);
    expect(view.scrollLeft, 'the view did not move').to.equal(end);
    // Control: scrolled back to the start, the plan's own width is what scrolls again.
    view.scrollLeft = 0;
    await settle(element);
    await settle(element);
    expect(sideways(element)).to.equal(0);
  });

  for (const scale of ['1', '1.25']) {
    it(`nothing once fitted, at a type scale of ${scale}, and the last label and the projected finish are in view`, async () => {
      const element = await timelineWith(enterprisePlan('2026-11-25'), { zoom: 'week', width: 1200 });
      element.today = '2026-11-25';
      element.style.setProperty('--mt-font-scale', scale);
      element.fit();
      await settle(element);
      await settle(element);
      expect(sideways(element)).to.equal(0);
      const view = scroller(element).getBoundingClientRect();
      const pill = shadow(element).querySelector('.pill.projected')!.getBoundingClientRect();
      expect(pill.right, 'the projected finish’s pill').to.be.at.most(view.right);
      const labels = [...shadow(element).querySelectorAll('svg.body text.title')].map((text) =>
        text.getBoundingClientRect(),
      );
      expect(Math.max(...labels.map((label) => label.right)), 'every step title').to.be.at.most(view.right);
    });
  }

  it('gives a plan’s days half a narrow view at least once fitted, however wide its labels and pills', async () => {
    const element = await timelineWith(enterprisePlan('2026-12-06'), { zoom: 'week', width: 664 });
    element.today = '2026-12-06';
    element.fit();
    await settle(element);
    await settle(element);
    const bars = element.plan.items.map((item) => stepBox(element, item.id)).filter((box) => box.width > 0);
    const days = Math.max(...bars.map((box) => box.right)) - Math.min(...bars.map((box) => box.left));
    const heads = shadow(element).querySelector('.heads')!.getBoundingClientRect().width;
    const timeline = scroller(element).clientWidth - heads;
    expect(days / timeline, 'the days’ share of the timeline').to.be.at.least(0.45);
  });

  it('more, as a step is dragged past the plan’s end: the view scrolls along at the edge and the bar stays drawn', async () => {
    const plan = planOf({ a: ['2026-03-09', '2026-03-13'], b: ['2026-03-16', '2026-03-20', 'a'] });
    const element = await timelineWith(plan, { zoom: 'week', width: 1000 });
    expect(sideways(element), 'the control: nothing to scroll').to.equal(0);
    const from = center(stepNode(element, 'b'));
    const right = scroller(element).getBoundingClientRect().right;
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    const to: [number, number] = [Math.round(right - 4), from[1]];
    for (let step = 1; step <= 4; step += 1) {
      await sendMouse({ type: 'move', position: [Math.round(from[0] + ((to[0] - from[0]) * step) / 4), from[1]] });
      await frame();
    }
    // Held at the edge, the view scrolls on, and the step with it.
    await framesUntil(() => scroller(element).scrollLeft > 150, 'the view scrolled past the plan’s end', 300);
    const bar = stepBox(element, 'b');
    const hit = shadow(element).elementFromPoint(Math.min(bar.right, right) - 6, bar.top + bar.height / 2);
    expect(hit?.closest('[data-step="b"]'), 'the bar is drawn where it is').to.exist;
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(element.plan.items[1]!.start > '2026-04-13', 'the drop moved it weeks later').to.equal(true);
  });
});
