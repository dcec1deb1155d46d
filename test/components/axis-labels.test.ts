import { expect, waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, timelineWith } from '../support/element.js';
import { HEAD_WIDTH } from '../../src/render/geometry.js';

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

describe('<map-timeline> month names at the edges of the view', () => {
  it('leaves out a name cut by the edge, and names the month once it has room', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const right = scroller.getBoundingClientRect().left + scroller.clientWidth;
    // Bring the start of May to 30 px before the right edge: "May 2026" needs about 70.
    element.scrollToDate('2026-05-01');
    await waitUntil(() => monthNames(element).some((entry) => entry.name === 'May 2026'), 'May in view');
    const may = monthLine(element, 'May 2026');
    scroller.scrollLeft += may - (right - 30);
    await waitUntil(() => !monthNames(element).some((entry) => entry.name === 'May 2026'), 'May left unnamed');
    await settle(element);
    for (const { name, box } of monthNames(element))
      expect(box.right, `${name} ends inside the view`).to.be.at.most(right);
    expect(monthNames(element).map((entry) => entry.name)).to.include('Apr 2026');

    // The control: 80 px further, May's name fits, and is drawn whole.
    scroller.scrollLeft += 80;
    await waitUntil(() => monthNames(element).some((entry) => entry.name === 'May 2026'), 'May named once it fits');
    const named = monthNames(element).find((entry) => entry.name === 'May 2026')!;
    expect(named.box.right).to.be.at.most(right);
  });

  it('allows for larger type (a presentation): a name that would fit at 12 px but not at 18 px is left out', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    element.style.setProperty('--mt-font-scale', '1.5');
    element.requestUpdate();
    await settle(element);
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const right = scroller.getBoundingClientRect().left + scroller.clientWidth;
    element.scrollToDate('2026-05-01');
    await waitUntil(() => monthNames(element).some((entry) => entry.name === 'May 2026'), 'May in view');
    const may = monthLine(element, 'May 2026');
    // 80 px: room for "May 2026" in 12 px type (about 70), not in 18 px (about 100).
    scroller.scrollLeft += may - (right - 80);
    await waitUntil(() => !monthNames(element).some((entry) => entry.name === 'May 2026'), 'May left unnamed');
    for (const { name, box } of monthNames(element))
      expect(box.right, `${name} ends inside the view`).to.be.at.most(right);
  });

  it('leaves out the name of a month that ends just after the left edge, under the lane heads', async () => {
    const element = await timelineWith(halfYear(), { zoom: 'week', width: 900 });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const left = scroller.getBoundingClientRect().left + HEAD_WIDTH;
    element.scrollToDate('2026-05-01');
    await waitUntil(() => monthNames(element).some((entry) => entry.name === 'May 2026'), 'May in view');
    // April's last 30 px in view: "Apr 2026" needs about 70.
    scroller.scrollLeft += monthLine(element, 'May 2026') - (left + 30);
    await waitUntil(() => !monthNames(element).some((entry) => entry.name === 'Apr 2026'), 'April left unnamed');
    await settle(element);
    for (const { name, box } of monthNames(element))
      expect(box.left, `${name} starts inside the view`).to.be.at.least(left);

    // The control: 80 px of April in view hold its name, drawn whole.
    scroller.scrollLeft -= 80;
    await waitUntil(() => monthNames(element).some((entry) => entry.name === 'Apr 2026'), 'April named once it fits');
    const named = monthNames(element).find((entry) => entry.name === 'Apr 2026')!;
    expect(named.box.left).to.be.at.least(left);
  });
});
