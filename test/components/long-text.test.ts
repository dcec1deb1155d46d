import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';

// A plan may come from the other company: text of any length must not push the plan out of sight.
const laneHeight = (element: MapTimeline, id: string): number =>
  shadow(element).querySelector(`[data-party-head="${id}"]`)!.getBoundingClientRect().height;

describe('text of any length', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('keeps a 10,000-character lane name and a 3,000-character title to a few lines, the steps in view', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06'] });
    const long = 'Acme Logistics '.repeat(700);
    plan.parties[1] = { ...plan.parties[1]!, name: long };
    plan.title = 'Acme renewal '.repeat(250);
    plan.items[0] = { ...plan.items[0]!, title: 'Security questionnaire '.repeat(150) };
    const element = await timelineWith(plan, { zoom: 'week', width: 1200 });
    const box = element.getBoundingClientRect();
    expect(laneHeight(element, 'buyer'), 'four lines of name at most').to.be.below(160);
    const title = shadow(element).querySelector('.plan-title')!.getBoundingClientRect();
    expect(title.height, 'two lines of title at most').to.be.below(56);
    const step = stepNode(element, 'b').getBoundingClientRect();
    expect(step.top).to.be.within(box.top, box.bottom);
    const label = shadow(element).querySelector(
      '[data-step-id="a"] text.title, g.step:has([data-item-id="a"]) text.title',
    );
    expect(label?.textContent?.length, 'the step label is cut short').to.be.at.most(120);
    expect(label?.textContent?.endsWith('…')).to.equal(true);
    expect(shadow(element).querySelector('[data-party-head="buyer"] .party-name')!.getAttribute('title')).to.contain(
      long.trim().slice(0, 200),
    );
  });

  it('keeps a fitted plan wide when one step has a very long title', async () => {
    const plan = planOf({
      a: ['2026-12-07', '2026-12-18'],
      b: ['2027-01-04', '2027-01-29'],
      c: ['2027-02-15', '2027-03-05'],
    });
    plan.items[2] = { ...plan.items[2]!, title: 'Implementation kickoff and rollout '.repeat(8) };
    const element = await timelineWith(plan, { zoom: 'week', width: 1200 });
    element.today = '2026-12-03';
    element.fit();
    await settle(element);
    const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    const bars = ['a', 'c'].map((id) => stepNode(element, id).getBoundingClientRect());
    const span = bars[1]!.right - bars[0]!.left;
    expect(span / scroller.width, 'the steps take a good part of the width').to.be.above(0.4);
  });

  it('shows a sentence-long title whole inside a fitted view, shortened with an ellipsis and whole in its tooltip', async () => {
    const long = 'Implementation statement of work and pricing schedule sign-off with legal';
    const plan = planOf({
      a: ['2026-12-07', '2026-12-18'],
      b: ['2027-01-04', '2027-01-29', 'a'],
      c: ['2027-02-15', '2027-02-15', 'b'],
    });
    plan.items[2] = { ...plan.items[2]!, kind: 'milestone', title: long };
    plan.items[0] = { ...plan.items[0]!, title: 'Discovery workshops' };
    const element = await timelineWith(plan, { zoom: 'week', width: 1200 });
    element.today = '2026-12-03';
    element.fit();
    await settle(element);
    const titleOf = (id: string) => stepNode(element, id).closest('g.step')!.querySelector('text.title')!;
    const shown = titleOf('c');
    expect(shown.textContent, 'shortened').to.match(/^Implementation statement of work.*…$/);
    expect(shown.getBoundingClientRect().width, 'a sentence, not a paragraph').to.be.below(400);
    expect(titleOf('a').textContent, 'the control: a short title is whole').to.equal('Discovery workshops');
    const view = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    expect(shown.getBoundingClientRect().right, 'the label ends inside the fitted view').to.be.at.most(view.right);
    const tooltip = stepNode(element, 'c').closest('g.step')!.querySelector('title')!.textContent;
    expect(tooltip).to.contain(long);
  });

  it('still wraps a name of two lines (the control)', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06'] });
    plan.parties[1] = { ...plan.parties[1]!, name: 'Northwind Foods International Procurement Office' };
    const element = await timelineWith(plan, { zoom: 'week', width: 1200 });
    expect(laneHeight(element, 'buyer')).to.be.above(laneHeight(element, 'seller'));
  });
});

describe('the size a host gives', () => {
  it('is the size drawn, border included', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'] }), { zoom: 'week' });
    element.style.height = '300px';
    expect(element.getBoundingClientRect().height).to.equal(300);
  });
});
