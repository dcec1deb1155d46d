import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent } from '../../src/events.js';
import { dates, planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click, record } from '../support/input.js';

// a → b → c, a week apart.
const plan = () =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-13', 'a'],
    c: ['2026-03-16', '2026-03-20', 'b'],
  });
const field = (element: MapTimeline, name: string) =>
  shadow(element).querySelector<HTMLInputElement>(`.inspector [name="${name}"]`)!;

/** Types a start date digit by digit from the field's month part, and presses Enter. */
async function typeStart(element: MapTimeline, digits: string) {
  field(element, 'title').focus(); // a field focused again starts on the part it was left on: come in afresh
  field(element, 'start').focus();
  await sendKeys({ type: digits });
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

describe('<map-timeline> correcting a date just typed', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  async function editingA(): Promise<MapTimeline> {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, 'a'));
    expect(field(element, 'start'), 'the details open on a click').to.exist;
    return element;
  }

  it('brings back the steps a mistyped year pushed, tells the host so, and undoes both dates at once', async () => {
    const element = await editingA();
    await typeStart(element, '03022027'); // the year wrong
    expect(dates(element.getPlan())).to.deep.equal({
      a: '2027-03-02..2027-03-04',
      b: '2027-03-05..2027-03-09',
      c: '2027-03-10..2027-03-14',
    });

    const changes = record<MapChangeEvent>(element, 'map-change');
    await typeStart(element, '03032026'); // corrected, a day later than it was
    expect(dates(element.getPlan())).to.deep.equal({
      a: '2026-03-03..2026-03-05',
      b: '2026-03-09..2026-03-13',
      c: '2026-03-16..2026-03-20',
    });
    // What changed from the plan the host last heard of: a host applying these stays in step.
    expect(changes).to.have.length(1);
    const heard = changes[0]!.detail.changes.map((change) => [change.itemId, change.after?.start]);
    expect(heard).to.deep.equal([
      ['a', '2026-03-03'],
      ['b', '2026-03-09'],
      ['c', '2026-03-16'],
    ]);

    expect(element.undo()).to.equal(true);
    await settle(element);
    expect(dates(element.getPlan())).to.deep.equal(dates(plan()));
    expect(element.canUndo, 'both dates were one undo step').to.equal(false);
  });

  it('leaves the pushed steps where they are once something else was changed in between', async () => {
    const element = await editingA();
    await typeStart(element, '03022027');
    field(element, 'owner').focus();
    await sendKeys({ type: 'Ann' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.getPlan().items[0]!.owner).to.equal('Ann');

    await typeStart(element, '03032026');
    // A new date of its own: the steps it pushed before stay pushed, as after any move of a step earlier.
    expect(dates(element.getPlan())).to.deep.equal({
      a: '2026-03-03..2026-03-05',
      b: '2027-03-05..2027-03-09',
      c: '2027-03-10..2027-03-14',
    });
  });
});
