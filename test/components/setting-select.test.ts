import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

const statusSelect = (element: MapTimeline) =>
  shadow(element).querySelector<HTMLSelectElement>('.inspector [name="status"]')!;
const statusOf = (element: MapTimeline, id: string) =>
  element.getPlan().items.find((item) => item.id === id)!.status ?? 'todo';

/** The step panel of `c` open, its status list focused, and a count of the changes the element reports. */
async function statusFocused() {
  const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], c: ['2026-03-09', '2026-03-13'] }), {
    zoom: 'week',
  });
  await click(element, stepNode(element, 'c'));
  await settle(element);
  const changes: string[] = [];
  element.addEventListener('map-change', (event) => {
    changes.push(event.detail.changes.map((change) => JSON.stringify(change.after)).join());
  });
  statusSelect(element).focus();
  await settle(element);
  return { element, changes };
}

describe('a setting chosen from a closed list by keyboard', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('changes nothing while the arrows pass over the options, and counts once when focus leaves', async () => {
    const { element, changes } = await statusFocused();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    const browsed = statusSelect(element).value;
    expect(browsed, 'the list shows the option passed last').to.not.equal('todo');
    expect(statusOf(element, 'c'), 'passing over options sets nothing').to.equal('todo');
    expect(changes, 'nor reports a change').to.deep.equal([]);

    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(statusOf(element, 'c'), 'leaving the list keeps the option shown').to.equal(browsed);
    expect(changes, 'as one change').to.have.length(1);
    expect(element.undo()).to.equal(true);
    expect(statusOf(element, 'c'), 'which one undo takes back').to.equal('todo');
  });

  it('counts at once on Enter, and at once when picked in the open list', async () => {
    const { element, changes } = await statusFocused();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(statusOf(element, 'c')).to.equal('in-progress');
    expect(changes).to.have.length(1);

    // A pick in the open list: the browser sets the value and fires change, with no arrow key before it.
    statusSelect(element).value = 'done';
    statusSelect(element).dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(statusOf(element, 'c')).to.equal('done');
    expect(changes).to.have.length(2);
  });

  it('keeps the option browsed to when Escape closes the panel', async () => {
    const { element } = await statusFocused();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('.inspector'), 'the panel closed').to.not.exist;
    expect(statusOf(element, 'c')).to.equal('in-progress');
  });
});
