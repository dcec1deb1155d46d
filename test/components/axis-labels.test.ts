import { expect, waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, timelineWith } from '../support/element.js';
import { HEAD_WIDTH } from '../../src/render/geometry.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';

/** Half a year of steps, at week zoom wider than the timeline. */
const halfYear = () =>
  planOf({ a: ['2026-03-02', '2026-03-20'], b: ['2026-05-04', '2026-05-22'], c: ['2026-08-03', '2026-08-21'] });

const monthNames = (element: MapTimeline) =>
  [...shadow(element).querySelectorAll<SVGTextElement>('.tier.top text')].map((text) => ({
    name: text.textContent!,
    box: text.getBoundingClientRect(),
  }));

/** The screen position of the line where a month named on the axis starts. */
function monthLine(element: MapTimeline, month: string): number {
  const names = monthNames(element);
  const named = names.find((entry) => entry.name === month);
  if (!named) throw new Error(`${month} is not named on the axis`);
  // A month's name starts 8 px after its line.
  return named.box.left - 8;
}

const isNamed = (element: MapTimeline, month: string) => monthNames(element).some((entry) => entry.name === month);

/** The timeline's scroller and the screen edges of what it shows beside the sticky lane heads. */
function viewOf(element: MapTimeline) {
  const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
  const box = scroller.getBoundingClientRect();
  return { scroller, left: box.left + HEAD_WIDTH, right: box.left + scroller.clientWidth };
}

/** Scrolls the line where May 2026 starts to the screen position `x`. */
async function bringMayTo(element: MapTimeline, x: number) {
  element.scrollToDate('2026-05-01');
  await waitUntil(() => isNamed(element, 'May 2026'), 'May in view');
  viewOf(element).scroller.scrollLeft += monthLine(element, 'May 2026') - x;
}

describe('<map-timeline> month names at the edges of the view', () => {
  it('leaves out a name cut by the edge, and names the month once it has room', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    const { scroller, right } = viewOf(element);
    // The start of May 30 px before the right edge: "May 2026" needs about 70.
    await bringMayTo(element, right - 30);
    await waitUntil(() => !isNamed(element, 'May 2026'), 'May left unnamed');
    await settle(element);
    for (const { name, box } of monthNames(element))
      expect(box.right, `${name} ends inside the view`).to.be.at.most(right);
    expect(monthNames(element).map((entry) => entry.name)).to.include('Apr 2026');

    // The control: 80 px further, May's name fits, and is drawn whole.
    scroller.scrollLeft += 80;
    await waitUntil(() => isNamed(element, 'May 2026'), 'May named once it fits');
    const named = monthNames(element).find((entry) => entry.name === 'May 2026')!;
    expect(named.box.right).to.be.at.most(right);
  });

  it('allows for larger type (a presentation): a name that would fit at 12 px but not at 18 px is left out', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    element.style.setProperty('--mt-font-scale', '1.5');
    element.requestUpdate();
    await settle(element);
    const { right } = viewOf(element);
    // 80 px: room for "May 2026" in 12 px type (about 70), not in 18 px (about 100).
    await bringMayTo(element, right - 80);
    await waitUntil(() => !isNamed(element, 'May 2026'), 'May left unnamed');
    for (const { name, box } of monthNames(element))
      expect(box.right, `${name} ends inside the view`).to.be.at.most(right);
  });

  it('leaves out the name of a month that ends just after the left edge, under the lane heads', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    const { scroller, left } = viewOf(element);
    // April's last 30 px in view: "Apr 2026" needs about 70.
    await bringMayTo(element, left + 30);
    await waitUntil(() => !isNamed(element, 'Apr 2026'), 'April left unnamed');
    await settle(element);
    for (const { name, box } of monthNames(element))
      expect(box.left, `${name} starts inside the view`).to.be.at.least(left);

    // The control: 80 px of April in view hold its name, drawn whole.
    scroller.scrollLeft -= 80;
    await waitUntil(() => isNamed(element, 'Apr 2026'), 'April named once it fits');
    const named = monthNames(element).find((entry) => entry.name === 'Apr 2026')!;
    expect(named.box.left).to.be.at.least(left);
  });
});

describe('<map-timeline> the names under the month or quarter names', () => {
  it('names a week across the right edge of the view in its part on screen, never cut in two', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    const { scroller, right } = viewOf(element);
    const weeks = () =>
      [...shadow(element).querySelectorAll('.tier.bottom')].map((tier) => ({
        x: tier.querySelector('line')!.getBoundingClientRect().left,
        text: tier.querySelector('text'),
      }));
    // A week's line 50 px before the right edge: its name, centred in the whole week, would end past the edge.
    element.scrollToDate('2026-04-01');
    await settle(element);
    const week = weeks().find(({ x }) => x > right - 400)!;
    scroller.scrollLeft += week.x - (right - 50);
    await settle(element);
    const across = weeks()
      .filter(({ x }) => x < right)
      .at(-1)!;
    expect(across.x, 'the control: a week starts 50 px before the edge').to.be.closeTo(right - 50, 1);
    const name = across.text?.getBoundingClientRect();
    expect(name && name.left >= across.x && name.right <= right, 'that week is named on screen').to.equal(true);
    for (const { text } of weeks()) {
      const box = text?.getBoundingClientRect();
      if (box && box.left < right)
        expect(box.right, `"${text!.textContent}" ends inside the view`).to.be.at.most(right);
    }
  });

  it('names the period the drawing ends in only where its drawn part holds the name, never cut at the end', async () => {
    let cutPeriods = 0;
    for (const width of [900, 1000, 1100, 1200, 1300]) {
      const element = await timelineWith(enterprisePlan('2026-11-25'), { zoom: 'month', width });
      element.fit();
      await settle(element);
      await settle(element);
      const axis = shadow(element).querySelector<SVGSVGElement>('svg.axis')!;
      const end = axis.getBoundingClientRect().right;
      const bands = [...axis.querySelectorAll('.tier.bottom')].map((tier) => ({
        start: tier.querySelector('line')!.getBoundingClientRect().left,
        text: tier.querySelector('text'),
      }));
      // The last period's line and the drawing's end: the period is cut when it would need more room than is left.
      const last = bands.at(-1)!;
      if (last.text === null || end - last.start < 40) cutPeriods += 1;
      for (const { text } of bands) {
        if (!text) continue;
        const box = text.getBoundingClientRect();
        expect(box.right, `"${text.textContent}" at ${width} px ends inside the drawing`).to.be.at.most(end + 0.5);
      }
      element.remove();
    }
    expect(cutPeriods, 'the control: some widths end the drawing early in a period').to.be.greaterThan(0);
  });
});
