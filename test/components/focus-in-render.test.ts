import { expect } from '@open-wc/testing';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { changeInUpdateWarnings } from '../support/lit-warnings.js';
import { chord, typeNewTitle } from '../support/input.js';
import { sendKeys } from '@web/test-runner-commands';

// Alone in its page: see changeInUpdateWarnings.

describe('focus on a step the next render moves', () => {
  it('keeps track of focus leaving the step without Lit’s change-in-update warning', async () => {
    const warnings = await changeInUpdateWarnings(async () => {
      const element = await timelineWith(
        planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-03', '2026-03-05'], c: ['2026-03-09', '2026-03-13'] }),
      );
      stepNode(element, 'a').focus();
      const order = () =>
        [...shadow(element).querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id'));
      expect(order()).to.deep.equal(['a', 'c', 'b']);
      expect(shadow(element).activeElement).to.equal(stepNode(element, 'a'));
      element.updateItem('a', { start: '2026-03-16', end: '2026-03-18' });
      await settle(element);
      // Positive control: the render did move the focused step's node (after "c" in its lane).
      expect(order()).to.deep.equal(['c', 'a', 'b']);
      expect(shadow(element).activeElement?.getAttribute('data-item-id'), 'focus stays on the moved step').to.equal(
        'a',
      );
    });
    expect(warnings).to.deep.equal([]);
  });

  it('moves focus off a focused step that an undo takes away, without Lit’s change-in-update warning', async () => {
    const warnings = await changeInUpdateWarnings(async () => {
      const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] }));
      stepNode(element, 'b').focus();
      await sendKeys({ press: 'n' });
      await typeNewTitle(element, 'Kickoff');
      const added = element.getPlan().items.find((item) => item.title === 'Kickoff')!;
      expect(shadow(element).activeElement?.getAttribute('data-item-id'), 'the new step has focus').to.equal(added.id);
      await chord(['Control'], 'z');
      await settle(element);
      expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['a', 'b']);
      expect(shadow(element).activeElement?.getAttribute('data-item-id'), 'focus went to its neighbour').to.equal('b');
    });
    expect(warnings).to.deep.equal([]);
  });
});
