import { expect } from '@open-wc/testing';
import { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapErrorEvent } from '../../src/events.js';
import { cssTextOf } from '../../src/export/stylesheet.js';
import { svgExport } from '../../src/export/svg-document.js';
import { PlanError } from '../../src/model/errors.js';
import { enterprisePlan } from '../../src/model/samples/index.js';
import { planWithDeskLane } from '../support/desk-plan.js';
import type { Plan } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import { record } from '../support/input.js';
import { timelineWith } from '../support/element.js';

/** Colours another company's plan might carry to restyle, cover or phone home from the picture. */
const HOSTILE_COLORS = [
  'red;position:fixed;inset:0',
  'red;background-image:url(https://example.invalid/x)',
  'url(https://example.invalid/paint#p)',
  'var(--mt-bg);}</style><script>alert(1)</script>',
  'red}.x-title{display:none',
  'expression(alert(1))',
  'red\\;fill:url(https://example.invalid/y)',
];

/** The enterprise deal with one more seller lane in `color`, holding one step. */
const planWithColor = (color: string): Plan => planWithDeskLane(color);

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');

/** Every piece of style text in the document: `style` attributes and `<style>` elements. */
const styleTexts = (doc: Document): string[] => [
  ...[...doc.querySelectorAll('[style]')].map((node) => node.getAttribute('style')!),
  ...[...doc.querySelectorAll('style')].map((node) => node.textContent ?? ''),
];

/** Every `url(…)` in attributes and style text that points outside the document (not `#id`, not `data:`). */
function outsideUrls(doc: Document): string[] {
  const texts = [...doc.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].map((attribute) => attribute.value),
  );
  return [...texts, ...styleTexts(doc)]
    .flatMap((text) => [...text.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)].map((match) => match[1]!))
    .filter((target) => !target.startsWith('#') && !target.startsWith('data:'));
}

describe('party colours in exports', () => {
  let host: MapTimeline;
  before(async () => {
    host = await timelineWith(enterprisePlan('2026-03-02'));
  });
  /** The drawing function given a plan object directly, as a host bypassing validation would. */
  const drawn = (plan: Plan): Document =>
    parse(
      svgExport({
        plan,
        audience: 'seller',
        today: '2026-03-10',
        host,
        css: cssTextOf(MapTimeline.elementStyles),
      }).svg,
    );

  for (const color of HOSTILE_COLORS) {
    it(`refuses ${JSON.stringify(color)} in validation, naming the party`, () => {
      let error: unknown;
      try {
        validatePlan(planWithColor(color));
      } catch (thrown) {
        error = thrown;
      }
      expect(error).to.be.instanceOf(PlanError);
      expect((error as PlanError).message).to.match(/^parties\[3\]\.color: .* is not a CSS colour/m);
    });

    it(`never lets ${JSON.stringify(color)} into the style of an SVG drawn without validation`, () => {
      const doc = drawn(planWithColor(color));
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelector('[data-item-id="margin-check"]'), 'the lane and its step are drawn').to.exist;
      for (const text of styleTexts(doc)) expect(text).not.to.contain(color);
      expect(new XMLSerializer().serializeToString(doc)).not.to.contain('example.invalid');
      expect(doc.querySelector('script')).to.equal(null);
      expect(outsideUrls(doc)).to.deep.equal([]);
    });
  }

  it('draws a plain colour as the lane colour (positive control)', () => {
    const doc = drawn(planWithColor('#d946ef'));
    const step = doc.querySelector('[data-item-id="margin-check"]')!.closest('g.step')!;
    expect(step.getAttribute('style')).to.match(/^--side:\s*#d946ef;?$/);
    const head = [...doc.querySelectorAll('.x-lane')].find((lane) => lane.textContent!.includes('Deal desk'))!;
    expect(head.getAttribute('style')).to.match(/^--side:\s*#d946ef;?$/);
    expect(outsideUrls(doc)).to.deep.equal([]);
    // The checks above can fail: a url to the outside would be found.
    expect(
      outsideUrls(parse('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://example.invalid/p)"/></svg>')),
    ).to.have.length(1);
  });

  it('gives a lane with a refused colour its side colour, like a lane with none', () => {
    const doc = drawn(planWithColor('red;position:fixed;inset:0'));
    const step = doc.querySelector('[data-item-id="margin-check"]')!.closest('g.step')!;
    expect(step.classList.contains('side-seller')).to.equal(true);
    expect(step.getAttribute('style') ?? '').not.to.contain('--side');
  });

  it('keeps the shown plan and reports invalid-plan when the element is given such a plan', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    const errors = record<MapErrorEvent>(element, 'map-error');
    element.plan = planWithColor(HOSTILE_COLORS[1]!);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-plan']);
    expect(errors[0]!.detail.message).to.contain('parties[3].color');
    expect(element.exportSVG()).not.to.contain('example.invalid');
    expect(element.plan.parties.map((party) => party.id)).not.to.include('desk');
  });
});
