import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent } from '../../src/events.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click, frame, record } from '../support/input.js';
import { HEAD_WIDTH } from '../../src/render/geometry.js';
import { dateFieldOrder } from '../../src/render/inspector/fields.js';

const plan = () => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13', 'a'] });
const field = <T extends HTMLElement = HTMLInputElement>(element: MapTimeline, name: string) =>
  shadow(element).querySelector<T>(`.inspector [name="${name}"]`)!;
const top = (node: Element) => Math.round(node.getBoundingClientRect().top);
const itemOf = (element: MapTimeline, id: string) => element.getPlan().items.find((item) => item.id === id)!;

/** Focuses a date field on its first part (the month, in en-US) and moves right through its parts. */
async function focusDatePart(element: MapTimeline, name: string, part: 'month' | 'year') {
  field(element, name).focus();
  if (part === 'year') for (let i = 0; i < 2; i += 1) await sendKeys({ press: 'ArrowRight' });
}

async function withControl(key: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

/**
 * Types a date digit by digit from the field's month part, then presses `key`: Enter (which commits it, or refuses
 * it) unless told otherwise.
 */
async function enterDate(element: MapTimeline, name: string, digits: string, key = 'Enter') {
  await focusDatePart(element, name, 'month');
  await sendKeys({ type: digits });
  await sendKeys({ press: key });
  await settle(element);
}

describe('<map-timeline> date entry in the step details', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  async function editing(id: string): Promise<MapTimeline> {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, id));
    expect(field(element, 'start'), 'the details open on a click').to.exist;
    return element;
  }

  it('shows both date fields whole inside the panel, side by side when they fit and one under the other when not', async () => {
    for (const [width, sideBySide] of [
      [900, false],
      [1300, true],
    ] as const) {
      const element = await timelineWith(plan(), { zoom: 'week', width });
      await click(element, stepNode(element, 'b'));
      const [title, start, end] = ['title', 'start', 'end'].map((name) => field(element, name).getBoundingClientRect());
      for (const [name, box] of [
        ['start', start!],
        ['end', end!],
      ] as const) {
        expect(box.left, `${width}: ${name} starts inside the panel`).to.be.at.least(title!.left - 0.5);
        expect(box.right, `${width}: ${name} ends inside the panel`).to.be.at.most(title!.right + 0.5);
        const input = field(element, name);
        expect(input.scrollWidth, `${width}: ${name} shows its whole date`).to.be.at.most(input.clientWidth);
      }
      if (sideBySide) {
        expect(end!.top, `${width}: on one line`).to.equal(start!.top);
        expect(end!.left, `${width}: apart`).to.be.greaterThan(start!.right);
      } else expect(end!.top, `${width}: End under Start`).to.be.at.least(start!.bottom);
    }
  });

  it('commits a date typed digit by digit from the month part once, on Enter', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    const logBefore = element.getPlan().log?.length ?? 0;
    await focusDatePart(element, 'start', 'month');
    await sendKeys({ type: '01042027' });
    await settle(element);
    expect(changes, 'nothing is committed while typing').to.have.length(0);
    expect(itemOf(element, 'b').start).to.equal('2026-03-09');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.changes).to.have.length(1);
    // The start moves the step and keeps its five days.
    expect(changes[0]!.detail.changes[0]!.after).to.deep.equal({ start: '2027-01-04', end: '2027-01-08' });
    expect(element.getPlan().log).to.have.length(logBefore + 1);
    expect(element.undo()).to.equal(true);
    expect(itemOf(element, 'b').start).to.equal('2026-03-09');
    expect(element.canUndo, 'the whole entry was one undo step').to.equal(false);
  });

  it('commits a year typed into the year part once, when the field is left', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await focusDatePart(element, 'start', 'year');
    await sendKeys({ type: '2027' });
    await settle(element);
    expect(changes).to.have.length(0);
    await click(element, field(element, 'title')); // leave the field for another
    expect(changes).to.have.length(1);
    expect(itemOf(element, 'b')).to.include({ start: '2027-03-09', end: '2027-03-13' });
  });

  it('changes the length from the end field', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'end', '03202026');
    expect(changes).to.have.length(1);
    expect(itemOf(element, 'b')).to.include({ start: '2026-03-09', end: '2026-03-20' });
  });

  it('refuses the year 0999 with a message, and the plan does not change', async () => {
    const element = await editing('b');
    const before = element.getPlan();
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'start', '01010999');
    const error = shadow(element).querySelector('.inspector .field-error');
    expect(error?.textContent).to.contain('0999 is not a year a plan can use');
    // The field's order is said: typing an ISO date digit by digit fills the month with the year.
    expect(error?.textContent).to.contain(`typing the ${dateFieldOrder()}.`);
    expect(field(element, 'start').getAttribute('aria-invalid')).to.equal('true');
    await click(element, field(element, 'title')); // leaving the field does not sneak it in either
    expect(changes).to.have.length(0);
    expect(element.getPlan()).to.deep.equal(before);
  });

  it('takes a refusal back once the date is typed again, before anything is committed', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'start', '01010999');
    const error = () => shadow(element).querySelector('.inspector .field-error')?.textContent ?? '';
    expect(error()).to.contain('0999 is not a year a plan can use');
    await sendKeys({ type: '2' }); // the year part still has focus: the year now reads 0002
    await settle(element);
    expect(error(), 'the message spoke of the year before').to.equal('');
    expect(field(element, 'start').getAttribute('aria-invalid')).to.equal('false');
    expect(changes, 'nothing committed while typing').to.have.length(0);
    await sendKeys({ type: '027' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(error()).to.equal('');
    expect(itemOf(element, 'b').start).to.equal('2027-01-01');
  });

  it('refuses a date that does not exist, saying so, and takes it once corrected', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'start', '02302027');
    expect(shadow(element).querySelector('.inspector .field-error')?.textContent).to.contain('does not exist');
    expect(top(field(element, 'end')), 'the error under the start leaves the end field where it was').to.equal(
      top(field(element, 'start')),
    );
    expect(changes, 'nothing committed').to.have.length(0);
    expect(itemOf(element, 'b').start).to.equal('2026-03-09');
    await sendKeys({ press: 'ArrowLeft' }); // to the day part: 30 February becomes 28 February
    await sendKeys({ type: '28' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(changes, 'the date once it exists').to.have.length(1);
    expect(itemOf(element, 'b').start).to.equal('2027-02-28');
  });

  it('refuses an end before the start', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'end', '03022026');
    expect(shadow(element).querySelector('.inspector .field-error')?.textContent).to.contain(
      'cannot be before the start',
    );
    expect(changes).to.have.length(0);
  });

  it('lets a refusal go once the step changes another way, showing the step’s end again', async () => {
    const element = await editing('b');
    const error = () => shadow(element).querySelector('.inspector .field-error')?.textContent ?? '';
    await enterDate(element, 'end', '03022026');
    expect(error()).to.contain('cannot be before the start (9 Mar 2026)');
    expect(field(element, 'end').value, 'the refused entry stays to be corrected').to.equal('2026-03-02');
    element.updateItem('a', { title: 'Another step renamed' });
    await settle(element);
    expect(error(), 'a change to another step leaves the refusal alone').to.contain('cannot be before the start');
    await enterDate(element, 'start', '02232026'); // b moves two weeks earlier, keeping its length
    expect(itemOf(element, 'b')).to.include({ start: '2026-02-23', end: '2026-02-27' });
    expect(error(), 'the message spoke of a start the step no longer has').to.equal('');
    expect(field(element, 'end').value).to.equal('2026-02-27');
    expect(field(element, 'end').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the step’s end again after an undo that leaves the end as it was', async () => {
    const element = await editing('b');
    const error = () => shadow(element).querySelector('.inspector .field-error')?.textContent ?? '';
    element.updateItem('b', { title: 'Renamed' });
    await settle(element);
    await enterDate(element, 'end', '03022026');
    expect(error()).to.contain('cannot be before the start');
    expect(element.undo()).to.equal(true);
    await settle(element);
    expect(itemOf(element, 'b').title, 'the rename was undone').to.not.equal('Renamed');
    expect(error()).to.equal('');
    expect(field(element, 'end').value, 'the refused entry gives way to the end the step has').to.equal('2026-03-13');
  });

  it('undoes and redoes the plan with Ctrl+Z and Ctrl+Y from a date field, where the text is not the field’s', async () => {
    const element = await editing('b');
    await enterDate(element, 'end', '03202026');
    expect(itemOf(element, 'b').end).to.equal('2026-03-20');
    expect(shadow(element).activeElement?.getAttribute('name'), 'focus is still in the end field').to.equal('end');
    await withControl('z');
    await settle(element);
    expect(itemOf(element, 'b').end).to.equal('2026-03-13');
    expect(field(element, 'end').value).to.equal('2026-03-13');
    await withControl('y');
    await settle(element);
    expect(itemOf(element, 'b').end).to.equal('2026-03-20');
    // A text field keeps Ctrl+Z for its own typing: the plan is left alone.
    field(element, 'owner').focus();
    await sendKeys({ type: 'Ann' });
    await withControl('z');
    await settle(element);
    expect(itemOf(element, 'b').end, 'not undone from a text field being typed in').to.equal('2026-03-20');
  });

  it('undoes the plan from a text field of the details once what was typed there is saved', async () => {
    const element = await editing('b');
    field(element, 'owner').focus();
    await sendKeys({ type: 'Ann Lee' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(itemOf(element, 'b').owner).to.equal('Ann Lee');
    await withControl('z');
    await settle(element);
    expect(itemOf(element, 'b').owner, 'the plan is undone').to.equal(undefined);
    expect(field(element, 'owner').value, 'and the field says so').to.equal('');
    field(element, 'owner').blur();
    await settle(element);
    expect(itemOf(element, 'b').owner, 'leaving the field saves nothing').to.equal(undefined);
    expect(element.canRedo).to.equal(true);
  });

  it('commits a date typed digit by digit on Tab and goes on to the next field, where the next date is typed', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'start', '03162026', 'Tab');
    expect(changes).to.have.length(1);
    expect([itemOf(element, 'b').start, itemOf(element, 'b').end]).to.deep.equal(['2026-03-16', '2026-03-20']);
    expect(shadow(element).activeElement, 'on to the end, not the calendar button').to.equal(field(element, 'end'));
    await sendKeys({ type: '03272026' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(changes, 'the end typed there, committed once').to.have.length(2);
    expect(itemOf(element, 'b').end).to.equal('2026-03-27');
    expect(shadow(element).activeElement?.getAttribute('name'), 'then on past the dates').to.equal('ifYes');
  });

  it('leaves Tab to the date field’s own parts while nothing was typed into it (the control)', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    field(element, 'start').focus();
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(shadow(element).activeElement, 'still in the start field').to.equal(field(element, 'start'));
    expect(changes).to.have.length(0);
  });

  it('names the date as typed when an end on a day off becomes a working day before the start', async () => {
    const element = await timelineWith({ ...plan(), calendar: { workdays: [1, 2, 3, 4, 5] } }, { zoom: 'week' });
    await click(element, stepNode(element, 'b'));
    await enterDate(element, 'end', '02282026'); // a Saturday; the next working day, 2 Mar, is before b starts (9 Mar)
    expect(shadow(element).querySelector('.inspector .field-error')?.textContent).to.contain(
      'The end (28 Feb 2026, moved to the working day 2 Mar 2026) cannot be before the start (9 Mar 2026)',
    );
  });

  it('keeps the step and its title in sight beside the panel when new dates move it', async () => {
    const element = await editing('b');
    const inSight = () => {
      const step = stepNode(element, 'b').getBoundingClientRect();
      const title = stepNode(element, 'b').closest('[data-step]')!.querySelector('text.title')!.getBoundingClientRect();
      const panel = shadow(element).querySelector('.inspector')!.getBoundingClientRect();
      const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
      return step.left >= scroller.left + HEAD_WIDTH && Math.max(step.right, title.right) <= panel.left;
    };
    element.updateItem('b', { title: 'Security review with the buyer’s IT team' }); // a title beside the bar
    await settle(element);
    expect(inSight(), 'in sight when the panel opens').to.equal(true);
    await enterDate(element, 'start', '06012026'); // three months later: far past the right edge at week zoom
    await frame();
    expect(itemOf(element, 'b').start).to.equal('2026-06-01');
    expect(inSight(), 'scrolled to where the step went').to.equal(true);
  });

  it('closes on Escape from inside, dropping a date left unfinished, and gives focus back to the step', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    // The month taken out of the date: day and year are left, and the field holds no date.
    await focusDatePart(element, 'start', 'month');
    await sendKeys({ press: 'Backspace' });
    expect(field(element, 'start').validity.badInput, 'an unfinished date').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('.inspector')).to.equal(null);
    expect(changes).to.have.length(0);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('b');
    expect(element.getPlan().items.find((item) => item.id === 'b')!.start).to.equal('2026-03-09');
  });

  it('keeps a whole date typed before Escape, as leaving the field does, once', async () => {
    const element = await editing('b');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await enterDate(element, 'start', '03162026', 'Escape');
    expect(shadow(element).querySelector('.inspector'), 'Escape closes the panel').to.equal(null);
    expect(changes, 'one change').to.have.length(1);
    expect([itemOf(element, 'b').start, itemOf(element, 'b').end]).to.deep.equal(['2026-03-16', '2026-03-20']);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('b');
  });

  it('keeps a title and notes typed in the panel on Escape, as Tab keeps them; Ctrl/⌘+Z takes them back', async () => {
    for (const [name, key] of [
      ['title', 'Escape'],
      ['notes', 'Escape'],
      ['title', 'Tab'],
    ] as const) {
      const element = await editing('b');
      const changes = record<MapChangeEvent>(element, 'map-change');
      field<HTMLInputElement | HTMLTextAreaElement>(element, name).focus();
      await withControl('a');
      await sendKeys({ type: 'Security review (InfoSec + pen test)' });
      await sendKeys({ press: key });
      await settle(element);
      expect(changes, `${name}, ${key}: one change`).to.have.length(1);
      expect(itemOf(element, 'b')[name], `${name}, ${key}`).to.equal('Security review (InfoSec + pen test)');
      if (key === 'Escape') {
        expect(shadow(element).querySelector('.inspector'), 'Escape closes the panel').to.equal(null);
        await withControl('z');
        await settle(element);
        expect(itemOf(element, 'b')[name], `${name}: undone`).to.equal(name === 'title' ? 'B' : undefined);
      }
      element.remove();
    }
  });

  it('lays the details beside the timeline, covering no lane', async () => {
    const element = await editing('b');
    const panel = shadow(element).querySelector('.inspector')!.getBoundingClientRect();
    const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    expect(scroller.right).to.be.at.most(panel.left + 0.5);
    for (const lane of shadow(element).querySelectorAll('[part~="lane"]')) {
      const visible = lane.getBoundingClientRect();
      expect(Math.min(visible.right, scroller.right)).to.be.at.most(panel.left + 0.5);
    }
  });
});

describe('dateFieldOrder', () => {
  it('says the order of the parts in the language’s own way, with an example', () => {
    expect(dateFieldOrder('en-US')).to.equal('month, day and year, as in 01/31/2027');
    expect(dateFieldOrder('de-DE')).to.equal('day, month and year, as in 31.01.2027');
    expect(dateFieldOrder('sv-SE')).to.equal('year, month and day, as in 2027-01-31');
  });
});
