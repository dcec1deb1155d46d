import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapChangeEvent } from '../../src/events.js';
import { PlanError } from '../../src/model/errors.js';
import { dates, planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { center, chord, click, drag, record } from '../support/input.js';
import { ZOOM_PRESETS } from '../../src/render/scale.js';

const plan = () => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-11', 'a'] });
const WEEK = { workdays: [1, 2, 3, 4, 5] };

describe('<map-timeline> plan and lane methods', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('changes plan fields and lanes through undoable commands, source "api", one map-change each', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    element.updatePlan({ title: 'Acme deal', targetDate: '2026-04-01', calendar: WEEK });
    const partner = element.addParty({ name: 'Brightpath', side: 'partner' });
    element.updateParty(partner.id, { color: '#9333ea' });
    element.moveParty(partner.id, 0);
    element.removeParty('buyer', { moveStepsTo: partner.id });
    expect(
      changes.map((event) => [event.detail.source, event.detail.changes.map((change) => change.op).join(',')]),
    ).to.deep.equal([
      ['api', 'plan'],
      ['api', 'party-add'],
      ['api', 'party-update'],
      ['api', 'party-move'],
      ['api', 'update,party-remove'],
    ]);
    await settle(element);
    expect(shadow(element).querySelector('.plan-title')!.textContent!.trim()).to.equal('Acme deal');
    expect(
      [...shadow(element).querySelectorAll('[part~="lane"]')].map((lane) => lane.getAttribute('data-party-id')),
    ).to.deep.equal(['brightpath', 'seller']);
    expect(element.getPlan().items.find((item) => item.id === 'b')!.partyId).to.equal('brightpath');
    for (let i = 0; i < 5; i += 1) element.undo();
    const { log, ...restored } = element.getPlan();
    expect(restored).to.deep.equal(plan());
    expect(log ?? []).to.have.length(0);
  });

  it('refuses bad input with a PlanError, leaving the plan as it was', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    const before = element.getPlan();
    const refused = (run: () => unknown, pattern: RegExp) => expect(run).to.throw(PlanError, pattern);
    refused(() => element.updatePlan({ targetDate: '1899-12-31' }), /outside the years 1900–2199/);
    refused(() => element.updatePlan({ title: '' }), /a plan needs a title/);
    refused(() => element.updateParty('buyer', { color: 'red;position:fixed;inset:0' }), /is not a CSS colour/);
    refused(() => element.removeParty('buyer'), /Buyer Ltd still owns 1 step/);
    refused(() => element.removeParty('nobody'), /no party with id "nobody"/);
    expect(changes).to.have.length(0);
    expect(element.getPlan()).to.deep.equal(before);
    element.updatePlan({ title: 'Positive control' });
    expect(changes).to.have.length(1);
  });

  it('removes a lane from its details only once it is told where the steps go', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, shadow(element).querySelector('[data-party-head="buyer"] .party-name')!);
    const panel = shadow(element).querySelector('.inspector')!;
    expect(panel.getAttribute('aria-label')).to.equal('Lane details');
    const destination = panel.querySelector<HTMLSelectElement>('[name="moveStepsTo"]')!;
    expect([...destination.options].map((option) => option.textContent)).to.deep.equal(['Seller Inc']);
    expect(destination.closest('label')!.textContent).to.contain('Its step moves to');
    await click(
      element,
      [...panel.querySelectorAll('button')].find((button) => button.textContent === 'Remove lane')!,
    );
    expect(element.getPlan().parties.map((party) => party.id)).to.deep.equal(['seller']);
    expect(element.getPlan().items.map((item) => item.partyId)).to.deep.equal(['seller', 'seller']);
    expect(
      shadow(element).activeElement?.classList.contains('add-lane'),
      'focus goes back to the lane controls',
    ).to.equal(true);
  });
});

describe('<map-timeline> working days', () => {
  const DAY = ZOOM_PRESETS.week;

  it('snaps a drag onto a weekend to the next working day and says so while dragging', async () => {
    // a: Mon 2 – Wed 4 Mar 2026; dragged +4 days it would start on Saturday 7th.
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'] }, { calendar: WEEK }), {
      zoom: 'week',
    });
    const [x, y] = center(stepNode(element, 'a'));
    await drag(element, [x, y], [x + 5 * DAY, y], { release: false });
    expect(shadow(element).querySelector('.drag-tip')!.textContent).to.contain(
      'Sat 7 Mar is not a working day: moved to Mon 9 Mar',
    );
    expect(shadow(element).querySelector('.drag-tip')!.textContent).to.contain('3 working days');
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(dates(element.getPlan())['a']).to.equal('2026-03-09..2026-03-11');
  });

  it('moves by a working day from the keyboard, over the weekend', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-06', '2026-03-06'] }, { calendar: WEEK }), {
      zoom: 'week',
    });
    stepNode(element, 'a').focus();
    await chord(['Alt'], 'ArrowRight');
    await settle(element);
    expect(dates(element.getPlan())['a']).to.equal('2026-03-09..2026-03-09');
    await chord(['Alt'], 'ArrowLeft');
    await settle(element);
    expect(dates(element.getPlan())['a']).to.equal('2026-03-06..2026-03-06');
  });

  it('shades non-working days and holidays only where the calendar says so', async () => {
    const calendar = { workdays: [1, 2, 3, 4, 5], holidays: ['2026-03-11'] };
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-13'] }, { calendar }), { zoom: 'day' });
    const bands = [...shadow(element).querySelectorAll('rect.weekend')].map((band) =>
      Number(band.getAttribute('width')),
    );
    expect(
      bands.some((width) => Math.round(width) === ZOOM_PRESETS.day),
      'a one-day band for the holiday',
    ).to.equal(true);
    expect(
      bands.some((width) => Math.round(width) === 2 * ZOOM_PRESETS.day),
      'two-day bands for weekends',
    ).to.equal(true);
    const plain = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-13'] }), { zoom: 'day' });
    const plainBands = [...shadow(plain).querySelectorAll('rect.weekend')].map((band) =>
      Math.round(Number(band.getAttribute('width'))),
    );
    expect(plainBands.every((width) => width === 2 * ZOOM_PRESETS.day)).to.equal(true);
  });

  it('says "N days late" when overdue steps push the projection, and explains it on the marker', async () => {
    // Today is 10 Mar in these fixtures; a should have ended 4 Mar and is still open.
    const element = await timelineWith(
      planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06', 'a'] }, { targetDate: '2026-03-06' }),
      { zoom: 'week' },
    );
    expect(shadow(element).querySelector('.badge.verdict')!.textContent).to.contain('6 days late');
    const pill = shadow(element).querySelector('.pill.projected title')!.textContent!;
    expect(pill).to.contain(
      "The plan's own dates finish 6 Mar 2026, but 2 overdue steps (B, A) cannot finish before today",
    );
    element.updateItem('a', { status: 'done' });
    element.updateItem('b', { status: 'done' });
    await settle(element);
    expect(
      shadow(element).querySelector('.badge.verdict')!.textContent!.trim(),
      'done steps in the past do not count',
    ).to.equal('On track');
  });

  it("shows a step's notes and its length in working days in its tooltip", async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-10'] }, { calendar: WEEK }), {
      zoom: 'week',
    });
    element.updateItem('a', { notes: 'Bring the SOC 2 letter' });
    await settle(element);
    const tip = shadow(element).querySelector('[data-step="a"] > title')!.textContent!;
    expect(tip).to.contain('7 working days');
    expect(tip).to.contain('Bring the SOC 2 letter');
    // A milestone has a date, not a length.
    element.updateItem('a', { kind: 'milestone' });
    await settle(element);
    const milestoneTip = shadow(element).querySelector('[data-step="a"] > title')!.textContent!;
    expect(milestoneTip).to.contain('Bring the SOC 2 letter');
    expect(milestoneTip).to.not.contain('day');
  });
});
