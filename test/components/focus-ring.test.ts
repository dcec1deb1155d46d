import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, stepNode, timelineWith } from '../support/element.js';

/** Today is 10 Mar: `overdue` should have ended on 6 Mar and is still open. */
const states = (): Plan => {
  const plan = planOf({
    done: ['2026-03-02', '2026-03-04'],
    blocked: ['2026-03-09', '2026-03-13'],
    overdue: ['2026-03-04', '2026-03-06'],
    cancelled: ['2026-03-16', '2026-03-18'],
    plain: ['2026-03-16', '2026-03-20'],
  });
  plan.items.find((item) => item.id === 'done')!.status = 'done';
  plan.items.find((item) => item.id === 'blocked')!.status = 'blocked';
  plan.items.find((item) => item.id === 'cancelled')!.status = 'cancelled';
  return plan;
};

const ring = (node: Element) => {
  const style = getComputedStyle(node);
  return {
    stroke: style.stroke,
    strokeWidth: style.strokeWidth,
    outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
  };
};

/** A colour as the browser computes it, resolved against the element. */
function resolved(element: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  element.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('<map-timeline> focus ring', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const id of ['done', 'blocked', 'overdue', 'cancelled']) {
      it(`shows the focus ring on a ${id} step, ${theme} theme`, async () => {
        const element = await timelineWith(states(), { zoom: 'week' });
        element.theme = theme;
        await settle(element);
        const node = stepNode(element, id);
        expect(node.getAttribute('part'), 'the state is drawn').to.contain(id);
        const unfocused = ring(node);

        await sendKeys({ press: 'Shift' }); // keyboard modality: script focus now shows as :focus-visible
        node.focus();
        await settle(element);
        expect(node.matches(':focus-visible'), 'focused from the keyboard').to.equal(true);
        const focused = ring(node);
        const focusColor = resolved(element, getComputedStyle(element).getPropertyValue('--mt-focus'));
        expect(focused.stroke, 'the ring uses the focus colour').to.equal(focusColor);
        expect(focused.outline).to.equal(`solid 2px ${focusColor}`);
        expect(unfocused.stroke, 'positive control: unfocused, the state colour shows').to.not.equal(focusColor);
        expect(unfocused.outline).to.not.equal(focused.outline);
        node.blur();
      });
    }
  }

  it('has a forced-colors rule for a focused step that uses the system highlight', () => {
    const rules = MapTimeline.elementStyles.flatMap((style) => [
      ...(style instanceof CSSStyleSheet ? style : style.styleSheet!).cssRules,
    ]);
    const forced = rules.filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    );
    const focus = forced
      .flatMap((media) => [...media.cssRules])
      .filter(
        (rule): rule is CSSStyleRule =>
          rule instanceof CSSStyleRule && rule.selectorText.includes('.shape:focus-visible'),
      );
    expect(focus.length).to.be.greaterThan(0);
    expect(focus.some((rule) => rule.style.stroke === 'highlight' || rule.style.outlineColor === 'highlight')).to.equal(
      true,
    );
  });

  /** The ancestors (up to the shadow root) whose overflow cuts into the focused control's outline. */
  function clippedBy(control: HTMLElement): string[] {
    const style = getComputedStyle(control);
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const box = control.getBoundingClientRect();
    const clippers: string[] = [];
    for (let node = control.parentElement; node; node = node.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(node);
      if (overflowX === 'visible' && overflowY === 'visible') continue;
      const clip = node.getBoundingClientRect();
      if (box.left - reach < clip.left || box.right + reach > clip.right || box.top - reach < clip.top)
        clippers.push(node.className || node.tagName);
    }
    return clippers;
  }

  it('shows the whole focus ring of the plan title, a lane name and "+ Lane"', async () => {
    const element = await timelineWith(states(), { zoom: 'week' });
    const root = element.shadowRoot!;
    await sendKeys({ press: 'Shift' });
    for (const selector of ['.title-button', 'button.party-name', '.add-lane']) {
      const control = root.querySelector<HTMLElement>(selector)!;
      control.focus();
      expect(control.matches(':focus-visible'), selector).to.equal(true);
      expect(getComputedStyle(control).outlineStyle, selector).to.equal('solid');
      expect(clippedBy(control), `${selector}: nothing cuts into its ring`).to.deep.equal([]);
    }
    // Positive control: a heading that hides its overflow, as the title's did, is caught.
    const title = root.querySelector<HTMLElement>('.title-button')!;
    title.focus();
    title.parentElement!.style.overflow = 'hidden';
    expect(clippedBy(title)).to.deep.equal(['plan-title']);
    title.parentElement!.style.overflow = '';
  });
});
