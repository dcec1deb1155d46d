import { expect, waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepBox, timelineWith } from '../support/element.js';

/** One step in 1901 and one in 2198: three centuries of axis, almost all of it empty. */
const centuries = () =>
  planOf(
    { early: ['1901-03-04', '1901-03-04'], late: ['2198-10-15', '2198-10-15'] },
    { calendar: { workdays: [1, 2, 3, 4, 5] } },
  );

const nodes = (element: MapTimeline): number => shadow(element).querySelectorAll('*').length;
const texts = (element: MapTimeline, selector: string) => [
  ...shadow(element).querySelectorAll<SVGTextElement>(selector),
];

describe('<map-timeline> a plan spanning three centuries', () => {
  for (const zoom of ['day', 'week', 'month', 'quarter']) {
    it(`renders with a few hundred nodes at ${zoom} zoom, not one per day or week of the span`, async function () {
      this.timeout(20_000);
      const element = await timelineWith(centuries(), { zoom });
      expect(shadow(element).querySelector('[data-item-id="early"]'), 'the step in view is drawn').to.exist;
      expect(nodes(element)).to.be.below(2_000);
    });
  }

  it('draws the right axis labels where the view is after scrolling to the far end (positive control)', async function () {
    this.timeout(20_000);
    const element = await timelineWith(centuries(), { zoom: 'day' });
    expect(texts(element, '.tier.top text').map((text) => text.textContent)).to.include('Mar 1901');
    expect(texts(element, '.tier.top text').map((text) => text.textContent)).not.to.include('Oct 2198');

    element.scrollToDate('2198-10-15');
    await waitUntil(
      () => shadow(element).querySelector('[data-item-id="late"]'),
      'the far step is drawn once scrolled to',
    );
    await settle(element);
    expect(texts(element, '.tier.top text').map((text) => text.textContent)).to.include('Oct 2198');
    expect(texts(element, '.tier.top text').map((text) => text.textContent)).not.to.include('Mar 1901');
    // The day label right above the one-day step names its day (15 October 2198 is a Monday).
    const step = stepBox(element, 'late');
    const above = texts(element, '.tier.bottom text').find((text) => {
      const box = text.getBoundingClientRect();
      return box.left >= step.left - 1 && box.right <= step.right + 1;
    });
    expect(above?.textContent).to.equal('M 15');
    // The weekend after it is shaded: 20–21 October 2198.
    const weekend = [...shadow(element).querySelectorAll('rect.weekend')]
      .map((rect) => rect.getBoundingClientRect())
      .find((box) => Math.abs(box.left - (step.left + 5 * step.width)) < 1);
    expect(weekend?.width).to.be.closeTo(2 * step.width, 1);
    expect(nodes(element)).to.be.below(2_000);
  });
});
