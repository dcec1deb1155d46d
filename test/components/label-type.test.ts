import { expect } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow } from '../support/element.js';
import { systemSerifBase64 } from '../support/system-font.js';

const TITLE = 'Illinois illuminati will fill';

/** A plan of ASCII titles, one of them a milestone, whose label sits beside it on a background sized to the title. */
const plan = (): Plan => {
  const made = planOf({ a: ['2026-03-02', '2026-03-06'], m: ['2026-03-12', '2026-03-12', 'a'] });
  made.items[0]!.title = 'Security review';
  made.items[1]!.title = TITLE;
  made.items[1]!.kind = 'milestone';
  made.items[1]!.owner = 'Dana Lee';
  return made;
};

async function timelineIn(font: string | undefined): Promise<MapTimeline> {
  const element = document.createElement('map-timeline') as MapTimeline;
  element.setAttribute('today', '2026-03-10');
  element.style.cssText = `width:1000px;height:400px;${font ? `--mt-font:${font}` : ''}`;
  document.body.append(element);
  element.plan = plan();
  await settle(element);
  return element;
}

/** Counts the canvas measurements made while `run` runs. */
async function measurementsDuring(run: () => Promise<unknown>): Promise<number> {
  const original = CanvasRenderingContext2D.prototype.measureText;
  let count = 0;
  CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
    count += 1;
    return original.call(this, text);
  };
  try {
    await run();
  } finally {
    CanvasRenderingContext2D.prototype.measureText = original;
  }
  return count;
}

const labelOf = (element: MapTimeline) => {
  const step = shadow(element).querySelector('[data-step="m"]')!;
  return {
    background: Number(step.querySelector('rect.label-bg')!.getAttribute('width')),
    text: (step.querySelector('text.title') as SVGTextContentElement).getComputedTextLength(),
  };
};

describe('label type', () => {
  const added: Element[] = [];
  afterEach(() => {
    for (const node of added.splice(0)) node.remove();
    document.querySelectorAll('map-timeline').forEach((element) => element.remove());
  });

  it('is measured while the page is idle: the first plan in the default type lays out without the canvas', async () => {
    await new Promise((resolve) => requestIdleCallback(resolve));
    const inDefault = await measurementsDuring(() => timelineIn(undefined));
    expect(inDefault).to.equal(0);
    // The control: a type nobody measured yet is measured on the canvas, character by character.
    const inOther = await measurementsDuring(() => timelineIn('Georgia, serif'));
    expect(inOther).to.be.greaterThan(20);
  });

  it('is measured again once a web font finishes loading, so a label’s background fits the label', async function () {
    const font = await systemSerifBase64();
    if (!font) this.skip();
    const style = document.createElement('style');
    style.textContent = `@font-face { font-family: 'Late Serif'; src: url(data:font/ttf;base64,${font}); }`;
    document.head.append(style);
    added.push(style);
    // Laid out at once: the web font is not in yet, so the first widths are the fallback's.
    const element = await timelineIn(`'Late Serif', monospace`);
    await document.fonts.ready;
    await settle(element);
    expect(document.fonts.check(`12.5px 'Late Serif'`), 'the web font is in').to.equal(true);
    const { background, text } = labelOf(element);
    // The background is the title's width plus 3 px each side; characters summed without kerning err wider.
    expect(background - 6).to.be.within(text - 0.5, text + 3);
    const monospace = TITLE.length * 7.5;
    expect(Math.abs(monospace - text), 'the fallback would give another width').to.be.above(30);
  });
});
