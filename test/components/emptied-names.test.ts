import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click, frame, record } from '../support/input.js';
import { linkedPair } from '../support/plan-builders.js';

// A title or a name emptied by mistake goes back to what it was, and the rep is told so, in place of a field that
// silently shows the old text again.

const field = (element: MapTimeline, name: string) =>
  shadow(element).querySelector<HTMLInputElement>(`.inspector [name="${name}"]`)!;
const noteOf = (element: MapTimeline, name: string) =>
  shadow(element).querySelector(`.inspector #${name}-note`)?.textContent?.trim() ?? '';
const messageLine = (element: MapTimeline) => shadow(element).querySelector('.notice')?.textContent?.trim() ?? '';

/** Selects the field's text, types over it (nothing: empties it), and commits with Enter. */
async function typeOver(element: MapTimeline, name: string, text: string) {
  const input = field(element, name);
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

describe('an emptied title or name', () => {
  before(() => setViewport({ width: 1400, height: 800 }));

  it('in the title editor on the bar: the step keeps its title and the message line says so', async () => {
    const element = await timelineWith(linkedPair(), { zoom: 'week' });
    const changes = record(element, 'map-change');
    stepNode(element, 'a').focus();
    await sendKeys({ press: 'F2' });
    await settle(element);
    await frame();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.plan.items[0]!.title).to.equal('A');
    expect(changes).to.have.length(0);
    expect(messageLine(element)).to.equal('A step’s title cannot be empty: it stays “A”.');
    expect(shadow(element).querySelector('.inline-editor')).to.equal(null);

    // Control: the same editor renames the step.
    await sendKeys({ press: 'F2' });
    await settle(element);
    await frame();
    await sendKeys({ type: 'Kick-off' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.plan.items[0]!.title).to.equal('Kick-off');
    expect(changes).to.have.length(1);
  });

  it('in the step panel: the title stays, with a note under it that a good title takes away', async () => {
    const element = await timelineWith(linkedPair(), { zoom: 'week' });
    await click(element, stepNode(element, 'b'));
    await typeOver(element, 'title', '');
    expect(field(element, 'title').value).to.equal('B');
    expect(element.plan.items[1]!.title).to.equal('B');
    expect(noteOf(element, 'title')).to.equal('Title cannot be empty: it stays “B”.');
    expect(field(element, 'title').getAttribute('aria-describedby')).to.equal('title-note');

    await typeOver(element, 'title', 'Security review');
    expect(element.plan.items[1]!.title).to.equal('Security review');
    expect(noteOf(element, 'title')).to.equal('');
  });

  it('in the lane panel: the lane keeps its name, and a new name takes the note away', async () => {
    const element = await timelineWith(linkedPair(), { zoom: 'week' });
    await click(element, shadow(element).querySelector('[data-party-head="buyer"] .party-name')!);
    await typeOver(element, 'name', '');
    expect(element.plan.parties[1]!.name).to.equal('Buyer Ltd');
    expect(field(element, 'name').value).to.equal('Buyer Ltd');
    expect(noteOf(element, 'name')).to.equal('Name cannot be empty: it stays “Buyer Ltd”.');

    await typeOver(element, 'name', 'Acme Logistics');
    expect(element.plan.parties[1]!.name).to.equal('Acme Logistics');
    expect(noteOf(element, 'name')).to.equal('');
  });

  it('in the plan panel: the plan keeps its title', async () => {
    const element = await timelineWith(linkedPair(), { zoom: 'week' });
    await click(element, shadow(element).querySelector('.title-button')!);
    await typeOver(element, 'planTitle', '');
    expect(element.plan.title).to.equal('Test plan');
    expect(noteOf(element, 'planTitle')).to.equal('Plan title cannot be empty: it stays “Test plan”.');

    await typeOver(element, 'planTitle', 'Fleet analytics');
    expect(element.plan.title).to.equal('Fleet analytics');
    expect(noteOf(element, 'planTitle')).to.equal('');
  });
});
