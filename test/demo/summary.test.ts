import { expect } from '@open-wc/testing';
import { renderSummary } from '../../demo/summary.js';
import { updateItem } from '../../src/model/commands.js';
import { planOf } from '../support/plan-builders.js';

const text = (container: HTMLElement) => container.textContent!.replace(/\s+/g, ' ').trim();

describe('the demo’s summary', () => {
  it('lists the steps dated to start before a step they wait for ends, and says nothing of order when all is well', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-06'], b: ['2026-03-09', '2026-03-13', 'a'] });
    const container = document.createElement('div');
    renderSummary(container, plan, 'seller', '2026-03-02');
    expect(text(container)).not.to.contain('Out of order');

    const early = updateItem(plan, 'b', { start: '2026-03-04', end: '2026-03-06' }).plan;
    renderSummary(container, early, 'seller', '2026-03-02');
    expect(text(container)).to.contain('Out of order 1 B starts before A ends');
  });
});
