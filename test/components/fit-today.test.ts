import { expect } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { newPlan } from '../../src/model/templates.js';
import { HEAD_WIDTH } from '../../src/render/geometry.js';
import { settle, shadow, timelineWith } from '../support/element.js';

/** Whether today's line is drawn inside the part of the timeline the user sees (right of the lane heads). */
function todayInView(element: MapTimeline): boolean {
  const line = shadow(element).querySelector('line.marker.today');
  const pill = shadow(element).querySelector('.pill.today rect');
  const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
  if (!line || !pill) return false;
  const [x, box] = [line.getBoundingClientRect().left, pill.getBoundingClientRect()];
  return x >= scroller.left + HEAD_WIDTH && x <= scroller.right && box.left >= scroller.left + HEAD_WIDTH;
}

describe('fit() and today', () => {
  // The plan is laid out from 2 March 2026.
  for (const [today, shown, why] of [
    ['2026-02-16', true, 'shows today with the plan when the meeting is just before it starts'],
    ['2025-01-06', false, 'gives a plan far from today the whole width (the control)'],
  ] as const) {
    it(why, async () => {
      const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'day', width: 1200 });
      element.today = today;
      await settle(element);
      element.fit();
      await settle(element);
      expect(todayInView(element)).to.equal(shown);
    });
  }

  it('shows today and the target of a plan with no step yet', async () => {
    const element = await timelineWith(
      { ...newPlan({ title: 'New deal' }), targetDate: '2027-04-06' },
      {
        zoom: 'week',
        width: 1200,
      },
    );
    element.today = '2026-12-03';
    await settle(element);
    element.fit();
    await settle(element);
    expect(todayInView(element), 'today').to.equal(true);
    const target = shadow(element).querySelector('line.marker.target')!.getBoundingClientRect().left;
    const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    expect(target, 'the target').to.be.within(scroller.left + HEAD_WIDTH, scroller.right);
    expect(shadow(element).querySelector('.titlebar')!.textContent, 'and in the title bar').to.contain(
      'Target 6 Apr 2027',
    );
  });
});
