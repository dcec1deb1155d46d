import { expect } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import type { MapChangeEvent, MapErrorEvent } from '../../src/events.js';
import type { Plan } from '../../src/model/types.js';
import { ZOOM_PRESETS } from '../../src/render/scale.js';
import { dates, linkedPair, planOf } from '../support/plan-builders.js';
import { settle, stepNode, timelineWith } from '../support/element.js';
import { center, drag } from '../support/input.js';

const DAY = ZOOM_PRESETS.week;
const plan = linkedPair;

/** The element with every map-change and map-error it sends kept. */
async function heardTimeline() {
  const element = await timelineWith(plan(), { zoom: 'week' });
  const changes: Plan[] = [];
  const errors: string[] = [];
  element.addEventListener('map-change', (event) => changes.push((event as MapChangeEvent).detail.plan));
  element.addEventListener('map-error', (event) => errors.push((event as MapErrorEvent).detail.message));
  return { element, changes, errors };
}

describe('<map-timeline> a host feeding its plan back', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('keeps the undo history when the plan comes back with a field of the host’s own, and keeps the field', async () => {
    const { element, changes } = await heardTimeline();
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x + 2 * DAY, y]);
    await settle(element);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-18..2026-03-22');

    element.plan = { ...changes.at(-1)!, savedAt: '2026-12-06T10:00:00.000Z' };
    await settle(element);
    expect(element.canUndo, 'the drag can still be undone').to.equal(true);
    expect(element.getPlan()['savedAt']).to.equal('2026-12-06T10:00:00.000Z');
    expect(element.plan['savedAt'], 'read back through the property too').to.equal('2026-12-06T10:00:00.000Z');

    element.undo();
    await settle(element);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-16..2026-03-20');

    // The control: a plan that differs in a step is the host's own, and starts afresh.
    element.plan = planOf({ a: ['2026-04-01', '2026-04-03'] });
    await settle(element);
    expect(dates(element.getPlan())).to.deep.equal({ a: '2026-04-01..2026-04-03' });
    expect(element.canUndo).to.equal(false);
  });

  it('ignores the host’s late echo of an earlier change, which would take back what the user did since', async () => {
    const { element, changes, errors } = await heardTimeline();
    element.updateItem('c', { start: '2026-03-17', end: '2026-03-21' });
    element.updateItem('a', { title: 'Kick-off' });
    await settle(element);
    expect(changes).to.have.length(2);

    // The answer to the first change arrives after the second one (a round trip to a server).
    element.plan = structuredClone(changes[0]!);
    await settle(element);
    const plan = element.getPlan();
    expect(dates(plan)['c']).to.equal('2026-03-17..2026-03-21');
    expect(plan.items.find((item) => item.id === 'a')?.title, 'the later change stays').to.equal('Kick-off');
    expect(element.canUndo).to.equal(true);

    // Then the answer to the second: the host has caught up, and nothing moves.
    element.plan = structuredClone(changes[1]!);
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'a')?.title).to.equal('Kick-off');
    element.undo();
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'a')?.title, 'undo still works').to.equal('A');
    expect(errors).to.deep.equal([]);

    // The control: once caught up, a host that sets an earlier plan on purpose gets it.
    element.plan = structuredClone(changes[1]!);
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'a')?.title).to.equal('Kick-off');
    element.plan = structuredClone(changes[0]!);
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'a')?.title).to.equal('A');
    expect(dates(element.getPlan())['c']).to.equal('2026-03-17..2026-03-21');
  });

  it('keeps the plan shown, its history and no error when the host sets nothing while its data loads', async () => {
    const { element, errors } = await heardTimeline();
    element.updateItem('c', { start: '2026-03-17', end: '2026-03-21' });
    await settle(element);
    for (const nothing of [undefined, null]) {
      element.plan = nothing as unknown as Plan;
      await settle(element);
    }
    expect(dates(element.getPlan())['c']).to.equal('2026-03-17..2026-03-21');
    expect(element.canUndo).to.equal(true);
    expect(errors).to.deep.equal([]);
    // The control: a value that is not a plan is still refused, by name.
    element.plan = 42 as unknown as Plan;
    await settle(element);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('42 is not a plan object');
  });
});
