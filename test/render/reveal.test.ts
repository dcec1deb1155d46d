import { expect } from '@open-wc/testing';
import type { ItemBox } from '../../src/render/layout.js';
import { revealShift } from '../../src/render/reveal.js';

/** A bar at x 1,000–1,100 (rows 200–220) with a 300 px label beside it, or inside it. */
const box = (labelInside = false) =>
  ({ x: 1000, width: 100, y: 200, height: 20, labelX: 1106, labelInside, labelWidth: 300 }) as ItemBox;
const view = (
  left: number,
  width: number,
  top = -Infinity,
  height = Infinity,
): import('../../src/render/tab-stop.js').ViewRect => ({
  left,
  right: left + width,
  top,
  bottom: top + height,
});

describe('revealShift: the least scrolling that shows a step with its label (pure)', () => {
  it('leaves a step in view, label and all, where it is', () => {
    expect(revealShift(box(), view(900, 600))).to.deep.equal({ x: 0, y: 0 });
  });

  it('scrolls right far enough to show the label after the bar', () => {
    // The label ends at 1,406; with the 8 px margin the view's right edge goes to 1,414.
    expect(revealShift(box(), view(500, 700)).x).to.equal(1414 - 1200);
    expect(revealShift(box(true), view(500, 550)).x, 'a label inside the bar asks only for the bar').to.equal(
      1108 - 1050,
    );
  });

  it('asks for the bar alone when told to leave the label out', () => {
    expect(revealShift(box(), view(500, 700), false).x, 'the bar is in view: no scroll').to.equal(0);
    expect(revealShift(box(), view(500, 580), false).x, 'the bar’s end, with the margin').to.equal(1108 - 1080);
  });

  it('keeps the bar’s start in view when the view is too narrow for the label too', () => {
    expect(revealShift(box(), view(0, 200)).x).to.equal(1000 - 8);
  });

  it('scrolls left to a step before the view, and down only in a view that scrolls down', () => {
    expect(revealShift(box(), view(1200, 600)).x).to.equal(-208);
    expect(revealShift(box(), view(900, 600, 0, 100)).y).to.equal(228 - 100);
    expect(revealShift(box(), view(900, 600)).y).to.equal(0);
  });
});
