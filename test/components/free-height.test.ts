import { expect, fixture, html } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { settle, shadow } from '../support/element.js';

const TWO_STEPS: Plan = {
  version: 1,
  id: 'small',
  title: 'Small deal',
  parties: [
    { id: 's', name: 'Seller Co', side: 'seller' },
    { id: 'b', name: 'Buyer Co', side: 'buyer' },
  ],
  items: [
    { id: 'a', title: 'Kick-off', partyId: 's', kind: 'task', start: '2026-03-09', end: '2026-03-13' },
    { id: 'c', title: 'Review', partyId: 'b', kind: 'task', start: '2026-03-16', end: '2026-03-20', dependsOn: ['a'] },
  ],
};

async function timelineIn(style: string, zoom = 'week'): Promise<MapTimeline> {
  const element = await fixture<MapTimeline>(
    html`<map-timeline today="2026-03-10" zoom=${zoom} style=${style}></map-timeline>`,
  );
  element.plan = TWO_STEPS;
  await settle(element);
  return element;
}

const lanesBottom = (element: MapTimeline): number =>
  Math.max(
    ...[...shadow(element).querySelectorAll('.heads .lane-head')].map((head) => head.getBoundingClientRect().bottom),
  );
const bodyBottom = (element: MapTimeline): number =>
  shadow(element).querySelector('svg.body')!.getBoundingClientRect().bottom;
const todayLine = (element: MapTimeline): DOMRect =>
  shadow(element).querySelector('line.marker.today')!.getBoundingClientRect();

describe('<map-timeline> free room below the lanes', () => {
  it('keeps the grid and the today line down to the bottom of a tall element', async () => {
    const element = await timelineIn('width:1000px;height:800px');
    const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    expect(lanesBottom(element), 'the two lanes need far less than the element gives').to.be.below(
      scroller.bottom - 200,
    );
    expect(bodyBottom(element)).to.be.closeTo(scroller.bottom, 4);
    expect(todayLine(element).bottom).to.be.closeTo(scroller.bottom, 4);
    expect(shadow(element).querySelector('.scroller')!.scrollHeight, 'nothing to scroll').to.be.at.most(
      shadow(element).querySelector('.scroller')!.clientHeight,
    );
  });

  it('covers the free room with the lane heads’ column, so the grid never shows under it when scrolled sideways', async () => {
    // At day zoom the two steps are wider than the view: there is something to scroll to.
    const element = await timelineIn('width:700px;height:800px', 'day');
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollLeft = 400;
    await settle(element);
    const heads = shadow(element).querySelector('.heads')!.getBoundingClientRect();
    expect(scroller.scrollLeft, 'the timeline did scroll sideways').to.be.above(0);
    expect(lanesBottom(element), 'the heads’ column reaches far below the lanes').to.be.below(heads.bottom - 200);
    expect(heads.bottom).to.be.closeTo(bodyBottom(element), 1);
    // What is drawn at a point of the free room under the heads' column is the column, not the grid.
    const hit = shadow(element).elementFromPoint(heads.left + 20, lanesBottom(element) + 40);
    expect(hit?.closest('.heads'), 'the heads’ column is on top there').to.exist;
  });

  it('does not make an element that sizes to its content any taller', async () => {
    const element = await timelineIn('width:1000px');
    expect(bodyBottom(element)).to.be.closeTo(lanesBottom(element), 1);
    const height = element.getBoundingClientRect().height;
    element.plan = { ...TWO_STEPS, title: 'Small deal, renamed' };
    await settle(element);
    await settle(element);
    expect(element.getBoundingClientRect().height, 'no growth from one render to the next').to.equal(height);
  });
});
