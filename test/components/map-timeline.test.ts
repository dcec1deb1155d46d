import { expect, waitUntil, oneEvent } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapErrorEvent } from '../../src/events.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import type { Plan } from '../../src/model/types.js';
import { ZOOM_PRESETS } from '../../src/render/scale.js';
import { MIN_BAR_WIDTH } from '../../src/render/step-box.js';
import { framesUntil } from '../support/frames.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepBox, stepNode, timelineWith } from '../support/element.js';

const three = (): Plan =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-11', 'a'],
    c: ['2026-03-09', '2026-03-13'],
  });

describe('<map-timeline> reading the plan', () => {
  it('draws one lane per party in plan order and one node per step, with the documented hooks', async () => {
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { zoom: 'month' });
    const lanes = [...shadow(element).querySelectorAll('[part~="lane"]')].map((lane) =>
      lane.getAttribute('data-party-id'),
    );
    expect(lanes).to.deep.equal(plan.parties.map((party) => party.id));
    const ids = [...shadow(element).querySelectorAll('[data-item-id]')].map((node) =>
      node.getAttribute('data-item-id'),
    );
    expect(ids.sort()).to.deep.equal(plan.items.map((item) => item.id).sort());
    expect(stepNode(element, 'decision').getAttribute('part')).to.match(/^decision\b/);
    expect(stepNode(element, 'signature').getAttribute('part')).to.match(/^milestone\b.*\bconditional\b/);
    expect(stepNode(element, 'security-review').getAttribute('part')).to.equal('bar blocked');
    expect(stepNode(element, 'discovery').getAttribute('part')).to.equal('bar done');
    expect(shadow(element).querySelectorAll('[part~="link"]').length).to.equal(
      plan.items.reduce((n, item) => n + (item.dependsOn?.length ?? 0), 0),
    );
    for (const marker of ['today', 'target', 'projected'])
      expect(shadow(element).querySelector(`[part="${marker}"]`), marker).to.exist;
  });

  it('draws the steps after a decision as firm once the decision is done (yes), on screen, in the legend and in words', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'month' });
    const conditional = () =>
      [...shadow(element).querySelectorAll('[part~="conditional"]')].map((node) => node.getAttribute('data-item-id'));
    const waitingOn = element.getPlan().items.filter((item) => item.ifYes === 'decision');
    const calendarText = () => element.exportICS().replace(/\r\n /g, ''); // long lines are folded
    expect(conditional().sort(), 'before the decision').to.deep.equal(waitingOn.map((item) => item.id).sort());
    expect(stepNode(element, 'signature').closest('.step')!.classList.contains('conditional')).to.equal(true);
    expect(stepNode(element, 'signature').getAttribute('aria-label')).to.contain('only if Go / no-go decision is yes');
    expect(element.exportSVG()).to.contain('If the decision is yes');
    expect(calendarText()).to.contain('Assumes Go / no-go decision is yes');

    element.updateItem('decision', { status: 'done' });
    await settle(element);
    expect(conditional(), 'after a yes').to.deep.equal([]);
    expect(stepNode(element, 'signature').closest('.step')!.classList.contains('conditional')).to.equal(false);
    expect(stepNode(element, 'signature').getAttribute('aria-label')).not.to.contain('only if');
    expect(element.exportSVG()).not.to.contain('If the decision is yes');
    expect(calendarText()).not.to.contain('Assumes Go / no-go decision is yes');
    expect(element.getPlan().items.find((item) => item.id === 'signature')!.ifYes, 'the link is kept').to.equal(
      'decision',
    );
  });

  it('counts parties and steps in the corner, singular for one, on screen and in the exported picture', async () => {
    const corner = (element: MapTimeline) => ({
      screen: shadow(element).querySelector('.corner span')!.textContent,
      picture: element.exportSVG().includes(shadow(element).querySelector('.corner span')!.textContent!),
    });
    const one = planOf({ a: ['2026-03-02', '2026-03-04'] });
    one.parties = one.parties.slice(0, 1);
    expect(corner(await timelineWith(one))).to.deep.equal({ screen: '1 party · 1 step', picture: true });
    expect(corner(await timelineWith(three()))).to.deep.equal({ screen: '2 parties · 3 steps', picture: true });
  });

  it('places a step one week later exactly 7 day-widths to the right', async () => {
    const element = await timelineWith(three(), { zoom: 'day' });
    const a = stepBox(element, 'a');
    const b = stepBox(element, 'b');
    expect(b.left - a.left).to.be.closeTo(7 * ZOOM_PRESETS.day, 0.5);
    expect(a.width).to.be.closeTo(3 * ZOOM_PRESETS.day, 0.5);
  });

  it('stacks steps that overlap in one lane into distinct rows', async () => {
    const plan = three();
    plan.items[2]!.partyId = 'seller'; // c now shares the seller lane with a... and overlaps nothing
    plan.items[1]!.partyId = 'seller'; // b overlaps c in time
    const element = await timelineWith(plan);
    const b = stepBox(element, 'b');
    const c = stepBox(element, 'c');
    expect(Math.abs(b.top - c.top)).to.be.greaterThan(b.height);
    expect(stepBox(element, 'a').top).to.equal(Math.min(b.top, c.top));
  });

  it('marks an arrow violated when the successor starts before its predecessor ends', async () => {
    const plan = three();
    plan.items[1]!.start = '2026-03-03';
    const element = await timelineWith(plan);
    const link = shadow(element).querySelector('[part~="link"][data-from="a"][data-to="b"]')!;
    expect(link.getAttribute('part')).to.equal('link violated');
    expect(getComputedStyle(link).stroke).to.equal('rgb(220, 38, 38)');
  });

  it('hides internal steps and their arrows from the buyer', async () => {
    const plan = enterprisePlan('2026-03-02');
    const internal = plan.items.filter((item) => item.internal).map((item) => item.id);
    expect(internal.length).to.be.greaterThan(0);
    const element = await timelineWith(plan, { audience: 'buyer', zoom: 'month' });
    for (const id of internal) {
      expect(stepNode(element, id), id).to.equal(null);
      expect(shadow(element).querySelector(`[data-from="${id}"], [data-to="${id}"]`), id).to.equal(null);
    }
    expect(shadow(element).querySelectorAll('[data-item-id]').length).to.equal(plan.items.length - internal.length);
  });

  it('refuses an invalid plan with map-error and keeps showing the old one', async () => {
    const element = await timelineWith(three());
    const bad = { ...three(), items: [{ ...three().items[0]!, end: '2026-02-30' }] };
    setTimeout(() => {
      element.plan = bad as Plan;
    });
    const event = (await oneEvent(element, 'map-error')) as MapErrorEvent;
    expect(event.detail.code).to.equal('invalid-plan');
    expect(event.detail.message).to.contain('items[0].end: "2026-02-30" is not a date');
    await settle(element);
    expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    expect(stepNode(element, 'c')).to.exist;
  });

  it('renders markup in titles as text, never as HTML', async () => {
    const plan = three();
    plan.items[0]!.title = '<b>bold</b><img src=x onerror=alert(1)>';
    const element = await timelineWith(plan);
    expect(shadow(element).querySelector('b, img')).to.equal(null);
    const title = shadow(element).querySelector('[data-step="a"] .title')!;
    expect(title.textContent).to.equal('<b>bold</b><img src=x onerror=alert(1)>');
  });

  it('changes the day width with the zoom presets', async () => {
    const element = await timelineWith(three(), { zoom: 'day' });
    for (const zoom of ['week', 'month', 'quarter', 'day'] as const) {
      element.zoom = zoom;
      await settle(element);
      // A bar never gets narrower than MIN_BAR_WIDTH (a three-day step at quarter zoom is 5.4 px of time).
      expect(stepBox(element, 'a').width, zoom).to.be.closeTo(Math.max(MIN_BAR_WIDTH, 3 * ZOOM_PRESETS[zoom]), 0.5);
    }
  });

  it('re-lays out when its container is resized', async () => {
    const element = await timelineWith(three(), { zoom: 'quarter', width: 600 });
    const axis = () => shadow(element).querySelector('svg.axis')!.getBoundingClientRect().width;
    const narrow = axis();
    element.style.width = '1300px';
    await waitUntil(() => axis() > narrow + 600, 'the axis follows the new width');
  });

  it('fit() zooms so the whole plan is in view', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'day', width: 1200 });
    element.fit();
    await settle(element);
    const host = element.getBoundingClientRect();
    for (const id of ['discovery', 'go-live']) {
      const box = stepBox(element, id);
      expect(box.left, id).to.be.greaterThan(host.left + 200);
      expect(box.right, id).to.be.lessThan(host.right);
    }
  });

  it('shows a friendly empty state for a plan without steps', async () => {
    const element = await timelineWith({ ...three(), items: [] });
    const empty = shadow(element).querySelector('.empty')!;
    expect(empty.textContent).to.contain('No steps yet');
    expect(empty.textContent).to.contain('Double-click a lane');
    expect(shadow(element).querySelectorAll('[part~="lane"]').length).to.equal(2);
  });

  it('keeps the empty plan\u2019s hint over the timeline, clear of the side panel once it opens', async () => {
    const element = await timelineWith({ ...three(), items: [] });
    const empty = () => shadow(element).querySelector('.empty')!.getBoundingClientRect();
    const before = empty().right;
    shadow(element).querySelector<HTMLButtonElement>('[data-party-head] button.party-name')!.click();
    await framesUntil(() => shadow(element).querySelector('.inspector') !== null, 'the lane panel open');
    await settle(element);
    const panel = shadow(element).querySelector('.inspector')!.getBoundingClientRect();
    expect(before, 'without the panel, the hint spans where it opens').to.be.greaterThan(panel.left);
    expect(empty().right).to.be.at.most(panel.left);
    expect(empty().width, 'and still reads as a box').to.be.greaterThan(300);
  });

  for (const width of [390, 600]) {
    it(`keeps every title-bar button inside a ${width} px element`, async () => {
      const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'month', width });
      const edge = element.getBoundingClientRect();
      const buttons = [...shadow(element).querySelectorAll<HTMLElement>('.titlebar button')];
      expect(buttons.length, 'the view and help buttons at least').to.be.at.least(2);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.right, button.textContent!.trim()).to.be.at.most(edge.right);
        expect(box.left, button.textContent!.trim()).to.be.at.least(edge.left);
      }
    });
  }

  it('shows the agreement state and the verdict in the title bar', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'month' });
    const header = shadow(element).querySelector('[part="header"]')!.textContent!.replace(/\s+/g, ' ');
    expect(header).to.contain('Verbally agreed');
    expect(header).to.contain('5 days late');
  });
});
