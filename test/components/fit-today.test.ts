import { expect } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { newPlan } from '../../src/model/templates.js';
import { HEAD_WIDTH } from '../../src/render/geometry.js';
import { settle, shadow, timelineWith } from '../support/element.js';
import { planOf } from '../support/plan-builders.js';

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
  // The enterprise plan is laid out from 2 March 2026. The short one spans five weeks from then: half its span is
  // 18 days, and a meeting three weeks before it is still its first day.
  const enterprise = () => enterprisePlan('2026-03-02');
  const short = () => planOf({ a: ['2026-03-02', '2026-03-06'], b: ['2026-04-06', '2026-04-07', 'a'] });
  for (const [plan, today, shown, why] of [
    [enterprise, '2026-02-16', true, 'shows today with the plan when the meeting is just before it starts'],
    [enterprise, '2025-01-06', false, 'gives a plan far from today the whole width (the control)'],
    [short, '2026-02-09', true, 'shows today three weeks before a short plan starts'],
    [short, '2025-12-01', false, 'gives a short plan three months away the whole width (the control)'],
  ] as const) {
    it(why, async () => {
      const element = await timelineWith(plan(), { zoom: 'day', width: 1200 });
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

  it('shows the projected finish whole in the buyer view, when the earliest step is internal', async () => {
    const plan: Plan = {
      version: 1,
      id: 'buyer-fit',
      title: 'Buyer fit',
      targetDate: '2027-01-29',
      parties: [
        { id: 'seller', name: 'Northwind', side: 'seller' },
        { id: 'buyer', name: 'Acme', side: 'buyer' },
      ],
      items: [
        {
          id: 'memo',
          title: 'Memo',
          partyId: 'seller',
          kind: 'task',
          start: '2026-12-16',
          end: '2026-12-22',
          internal: true,
        },
        { id: 'go', title: 'Go decision', partyId: 'buyer', kind: 'decision', start: '2027-01-01', end: '2027-01-01' },
        {
          id: 'pilot',
          title: 'Pilot',
          partyId: 'buyer',
          kind: 'task',
          start: '2027-01-11',
          end: '2027-01-29',
          ifYes: 'go',
          dependsOn: ['go'],
        },
        {
          id: 'sig',
          title: 'Signature',
          partyId: 'buyer',
          kind: 'task',
          start: '2027-02-01',
          end: '2027-02-05',
          dependsOn: ['pilot'],
        },
      ],
    };
    const element = await timelineWith(plan, { zoom: 'week', width: 1310 });
    element.today = '2026-12-03';
    element.audience = 'buyer';
    await settle(element);
    element.fit();
    await settle(element);
    const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    const projected = shadow(element).querySelector('.pill.projected')!.getBoundingClientRect();
    expect(projected.right, 'the projected pill ends inside the view').to.be.at.most(scroller.right);
    expect(projected.left).to.be.at.least(scroller.left + HEAD_WIDTH);
  });
});
