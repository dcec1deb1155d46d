import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { planOf } from '../support/plan-builders.js';
import { shadow, stepNode, timelineWith } from '../support/element.js';
import { atRest } from '../support/frames.js';

describe('the first date field of the page', () => {
  it('is made and laid out once while the page is idle, before the first panel, and nothing of it stays', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] }), {
      zoom: 'week',
    });
    const root = shadow(element);
    const added: HTMLInputElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof HTMLInputElement) added.push(node);
    });
    observer.observe(root, { childList: true, subtree: true });
    for (const start = performance.now(); added.length === 0 && performance.now() - start < 5000;) await atRest();
    observer.disconnect();
    expect(added.map((input) => input.type)).to.deep.equal(['date']);
    expect(added[0]!.isConnected, 'taken out again at once').to.equal(false);
    expect(root.querySelectorAll('input').length, 'no field before the panel opens').to.equal(0);

    // The control: the panel a click opens shows its own date fields, and only those.
    const box = stepNode(element, 'b').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await element.updateComplete;
    const dates = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="date"]'));
    expect(dates.map((input) => [input.name, input.value])).to.deep.equal([
      ['start', '2026-03-09'],
      ['end', '2026-03-13'],
    ]);
  });
});
