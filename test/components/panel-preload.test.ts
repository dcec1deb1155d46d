import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { planOf } from '../support/plan-builders.js';
import { shadow, stepNode, timelineWith } from '../support/element.js';
import { atRest } from '../support/frames.js';

/** Whether the page has fetched the step panel's code (each test file runs in a page of its own). */
const panelFetched = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/components/parts/inspector'));

/** Resolves once the page fetches the step panel's code; the test's timeout is the failure. */
const panelFetch = () =>
  new Promise<void>((resolve) => {
    const observer = new PerformanceObserver(() => {
      if (!panelFetched()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'resource', buffered: true });
  });

/** Whether the page fetches the panel's code within `ms` of rest (the bound both the test and its control use). */
async function fetchedWithin(ms: number): Promise<boolean> {
  const start = performance.now();
  while (!panelFetched() && performance.now() - start < ms) await atRest();
  return panelFetched();
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

describe('the step panel’s code', () => {
  it('is fetched while the page is idle once a plan can be edited, and not for a read-only timeline', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] });
    const element = await timelineWith(plan, { zoom: 'week', readonly: true });
    expect(await fetchedWithin(3000), 'a read-only timeline opens no panel').to.equal(false);

    // The control: the same timeline, made editable, fetches it within the same time.
    element.readonly = false;
    expect(await fetchedWithin(3000), 'an editable one fetches the panel').to.equal(true);
  });

  it('is on hand at the first click: the panel shows in the frame that follows it', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] }), {
      zoom: 'week',
    });
    await panelFetch();
    // The fetch under way is the element's; once the module is in, the element holds it a moment later. The element
    // fetches in an idle period of 40 ms or more, which a busy machine may not give at once: wait for one (its idle
    // callback was asked for before this one, so it has run by then), then for the module's promise to settle.
    await import('../../src/components/parts/inspector.js');
    await atRest();
    await idle();
    expect(shadow(element).querySelector('.inspector'), 'no panel before the click').to.equal(null);
    const box = stepNode(element, 'b').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shadow(element).querySelector('.inspector [name="title"]')).to.have.property('value', 'B');
  });
});
