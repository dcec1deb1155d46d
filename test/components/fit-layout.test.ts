import { expect } from '@open-wc/testing';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { settle, shadow, stepBox, timelineWith } from '../support/element.js';
import { changeInUpdateWarnings } from '../support/lit-warnings.js';

// Alone in its page: see changeInUpdateWarnings.

describe('fit() in two layouts', () => {
  it('compacts rows to the height after measuring its first layout, without Lit’s change-in-update warning', async () => {
    const warnings = await changeInUpdateWarnings(async () => {
      const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'day', width: 1200 });
      element.style.height = '380px';
      await settle(element);
      const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
      const rowHeight = () => stepBox(element, 'security-review').top - stepBox(element, 'tech-validation').top;
      const before = rowHeight();
      expect(scroller.scrollHeight, 'the lanes are taller than the view').to.be.greaterThan(scroller.clientHeight);
      element.fit();
      // The first layout's promise says another one is due; the second one follows before any frame is painted.
      expect(await element.updateComplete).to.equal(false);
      expect(await element.updateComplete).to.equal(true);
      expect(rowHeight(), 'rows are more compact').to.be.lessThan(before);
      await settle(element);
    });
    expect(warnings).to.deep.equal([]);
  });
});
