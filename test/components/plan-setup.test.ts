import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent, MapLoadEvent } from '../../src/events.js';
import { newPlan } from '../../src/model/templates.js';
import { cleanUp, uniqueId } from '../io/storage-fixtures.js';
import { settle, shadow, stepNode } from '../support/element.js';
import { click, record } from '../support/input.js';

async function mount(planId: string, plan?: ReturnType<typeof newPlan>): Promise<MapTimeline> {
  const element = document.createElement('map-timeline');
  element.today = '2027-03-01';
  element.zoom = 'week';
  element.planId = planId;
  if (plan) element.plan = plan;
  const loaded = plan ? undefined : oneEvent(element, 'map-load');
  await fixture(html`<div style="width:1300px;height:640px">${element}</div>`);
  if (loaded) expect(((await loaded) as MapLoadEvent).detail.from).to.equal('storage');
  await settle(element);
  return element;
}

const inspectorField = <T extends HTMLElement = HTMLInputElement>(element: MapTimeline, name: string) =>
  shadow(element).querySelector<T>(`.inspector [name="${name}"]`)!;

/** Replaces a text field's content by typing, then commits it with Enter (or Tab for text areas). */
async function typeInto(element: MapTimeline, name: string, text: string, commit = 'Enter') {
  const input = inspectorField(element, name);
  input.focus();
  (input as HTMLInputElement).select();
  await sendKeys({ type: text });
  await sendKeys({ press: commit });
  await settle(element);
}

/** Picks an option of a select in the inspector, as a user choosing from its list would. */
async function choose(element: MapTimeline, name: string, value: string) {
  const select = inspectorField<HTMLSelectElement>(element, name);
  // A user reaches the list first (the list of steps to wait for is filled then).
  select.focus();
  await settle(element);
  select.value = value;
  expect(select.value, `${name} offers ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

/** Double-clicks a lane's empty space on a given day offset from its left edge, then names the new step. */
async function addStep(element: MapTimeline, partyId: string, dayOffset: number, title: string): Promise<string> {
  const lane = shadow(element).querySelector(`[part~="lane"][data-party-id="${partyId}"]`)!.getBoundingClientRect();
  const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
  const x = Math.round(Math.min(lane.left + 40 + dayOffset * 24, scroller.right - 40));
  const y = Math.round(lane.top + lane.height / 2);
  const ids = new Set(element.getPlan().items.map((item) => item.id));
  await sendMouse({ type: 'click', position: [x, y] });
  await sendMouse({ type: 'click', position: [x, y] });
  await settle(element);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await sendKeys({ type: title });
  await sendKeys({ press: 'Enter' });
  await settle(element);
  const added = element.getPlan().items.find((item) => !ids.has(item.id))!;
  expect(added, `a step was added in ${partyId}`).to.exist;
  expect(added.title).to.equal(title);
  return added.id;
}

describe('<map-timeline> a deal set up from the empty plan, by UI alone', () => {
  const planId = uniqueId('setup');

  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  after(async () => {
    await cleanUp(planId);
  });

  it('renames, adds and recolours a lane, adds and links steps, sets the target, notes and internal, and all of it survives a reload', async () => {
    const element = await mount(planId, newPlan({ id: planId }));
    const changes = record<MapChangeEvent>(element, 'map-change');

    // 1. Rename the plan from its title.
    await click(element, shadow(element).querySelector('.plan-title button')!);
    expect(shadow(element).activeElement?.getAttribute('name')).to.equal('planTitle');
    await typeInto(element, 'planTitle', 'Acme × Northwind rollout');
    expect(element.getPlan().title).to.equal('Acme × Northwind rollout');
    expect(shadow(element).querySelector('.plan-title')!.textContent!.trim()).to.equal('Acme × Northwind rollout');

    // 2. Add a partner lane, name it and recolour it.
    await click(element, shadow(element).querySelector('.add-lane')!);
    await typeInto(element, 'name', 'Brightpath Consulting');
    const partner = element.getPlan().parties[2]!;
    expect(partner).to.include({ name: 'Brightpath Consulting', side: 'partner' });
    const colour = inspectorField(element, 'color');
    colour.value = '#9333ea';
    colour.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(element.getPlan().parties[2]!.color).to.equal('#9333ea');
    const head = shadow(element).querySelector<HTMLElement>(`[data-party-head="${partner.id}"]`)!;
    expect(getComputedStyle(head).borderLeftColor).to.equal('rgb(147, 51, 234)');

    // 3. A step in each lane, then two links from the details.
    const kickoff = await addStep(element, 'seller', 1, 'Kickoff call');
    const review = await addStep(element, 'buyer', 10, 'Security review');
    const sow = await addStep(element, partner.id, 18, 'Implementation SOW');
    await click(element, stepNode(element, review));
    await choose(element, 'addDependency', kickoff);
    await click(element, stepNode(element, sow));
    await choose(element, 'addDependency', review);
    expect(element.getPlan().items.find((item) => item.id === sow)!.dependsOn).to.deep.equal([review]);
    expect(shadow(element).querySelector(`[part~="link"][data-from="${kickoff}"][data-to="${review}"]`)).to.exist;

    // 4. The target date, from the plan settings.
    await click(element, shadow(element).querySelector('.plan-title button')!);
    inspectorField(element, 'targetDate').focus();
    await sendKeys({ type: '06302027' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.getPlan().targetDate).to.equal('2027-06-30');
    expect(shadow(element).querySelector('[part~="target"]')).to.exist;

    // 5. The partner's step is internal, with notes that its tooltip shows.
    await click(element, stepNode(element, sow));
    await click(element, inspectorField(element, 'internal'));
    await typeInto(element, 'notes', 'Scope agreed with the CIO', 'Tab');
    const step = element.getPlan().items.find((item) => item.id === sow)!;
    expect(step).to.include({ internal: true, notes: 'Scope agreed with the CIO' });
    expect(stepNode(element, sow).getAttribute('part')).to.contain('internal');
    expect(shadow(element).querySelector(`[data-step="${sow}"] > title`)!.textContent).to.contain(
      'Scope agreed with the CIO',
    );

    // 6. Remove a dependency from the details.
    await click(element, stepNode(element, review));
    const remove = shadow(element).querySelector<HTMLButtonElement>('.inspector .deps button')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove dependency on Kickoff call');
    await click(element, remove);
    expect(element.getPlan().items.find((item) => item.id === review)!.dependsOn).to.equal(undefined);
    expect(shadow(element).querySelector(`[part~="link"][data-from="${kickoff}"]`)).to.equal(null);

    // Every step above was one committed change; each can be undone.
    expect(changes.every((change) => change.detail.source === 'user')).to.equal(true);
    expect(element.canUndo).to.equal(true);

    // 7. Reload: a new element on the same plan-id reads it all back from storage.
    await element.flush();
    const saved = element.getPlan();
    element.parentElement!.remove();
    const reloaded = await mount(planId);
    const plan = reloaded.getPlan();
    expect(plan.title).to.equal('Acme × Northwind rollout');
    expect(plan.targetDate).to.equal('2027-06-30');
    expect(plan.calendar).to.deep.equal({ workdays: [1, 2, 3, 4, 5] });
    expect(plan.parties.map((party) => [party.name, party.side, party.color])).to.deep.equal([
      ['Our team', 'seller', undefined],
      ['Customer', 'buyer', undefined],
      ['Brightpath Consulting', 'partner', '#9333ea'],
    ]);
    expect(plan.items.map((item) => item.title)).to.deep.equal([
      'Kickoff call',
      'Security review',
      'Implementation SOW',
    ]);
    expect(plan.items.find((item) => item.id === sow)).to.include({
      internal: true,
      notes: 'Scope agreed with the CIO',
    });
    expect(plan.items.find((item) => item.id === sow)!.dependsOn).to.deep.equal([review]);
    expect(plan.items.find((item) => item.id === review)!.dependsOn).to.equal(undefined);
    expect(plan).to.deep.equal(saved);
  });
  it('names a new lane as it is typed: the default name waits selected, so the first key replaces it', async () => {
    const id = uniqueId('lane-name');
    const element = await mount(id, newPlan({ id }));
    await click(element, shadow(element).querySelector('.add-lane')!);
    const name = inspectorField(element, 'name') as HTMLInputElement;
    expect(shadow(element).activeElement).to.equal(name);
    expect(name.value).to.equal('Partner');
    await sendKeys({ type: 'Brightpath' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    // The control: the lane was added, and it is the name typed that it carries, not one appended to the default.
    expect(element.getPlan().parties.map((party) => party.name)).to.have.length(3);
    expect(element.getPlan().parties[2]!.name).to.equal('Brightpath');
    await cleanUp(id);
  });
});
