import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

const kindField = (element: MapTimeline) =>
  shadow(element).querySelector<HTMLSelectElement>('.inspector [name="kind"]')!;
const itemOf = (element: MapTimeline, id: string) => element.getPlan().items.find((item) => item.id === id)!;

describe('the step panel’s Kind list, by keyboard', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('is one undo step for a run of changes, and a task that passed through Milestone keeps its length', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] }), {
      zoom: 'week',
    });
    await click(element, stepNode(element, 'b'));
    await settle(element);
    kindField(element).focus();
    await sendKeys({ press: 'ArrowDown' }); // Milestone: a milestone is one day
    await settle(element);
    expect(itemOf(element, 'b')).to.include({ kind: 'milestone', end: '2026-03-09' });
    await sendKeys({ press: 'ArrowDown' }); // Decision
    await settle(element);
    expect(itemOf(element, 'b').kind).to.equal('decision');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' }); // back to Task
    await settle(element);
    expect(itemOf(element, 'b')).to.include({ kind: 'task', start: '2026-03-09', end: '2026-03-13' });
    expect(element.undo()).to.equal(true);
    expect(element.canUndo, 'the run was one undo step').to.equal(false);

    // Positive control: a change on its own after another edit is an undo step of its own.
    element.updateItem('a', { title: 'Renamed' });
    await click(element, stepNode(element, 'b'));
    await settle(element);
    kindField(element).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(element.undo()).to.equal(true);
    expect(itemOf(element, 'a').title, 'the rename is a step of its own').to.equal('Renamed');
  });
});
