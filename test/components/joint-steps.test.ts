import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';

const PARTNER_COLOR = '#e11d48';

/** Step b is the seller's and joint with the partner lane, which owns no step: only the chip shows its colour. */
const jointPlan = (joint = true): Plan => {
  const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-20', 'a'] });
  plan.parties.push({ id: 'brightpath', name: 'Brightpath', side: 'partner', color: PARTNER_COLOR });
  plan.items[1]!.partyId = 'seller';
  if (joint) plan.items[1]!.withPartyIds = ['brightpath', 'buyer'];
  return plan;
};

const chipNames = (root: ParentNode, id: string): string[] =>
  [...root.querySelectorAll(`[data-step="${id}"] [data-joint-party]`)].map(
    (chip) => `${chip.getAttribute('data-joint-party')}:${chip.textContent!.trim()}`,
  );

/** Pixels of the PNG export within a small distance of a colour. */
async function pixelsOf(element: MapTimeline, color: string): Promise<number> {
  const bitmap = await createImageBitmap(await element.exportPNG({ scale: 1 }));
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const want = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  let found = 0;
  for (let at = 0; at < data.length; at += 4)
    if (want.every((value, channel) => Math.abs(data[at + channel]! - value) <= 6)) found += 1;
  return found;
}

describe('joint steps (withPartyIds)', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it("draws each other party's chip on the step, names it for screen readers, and keeps it in the SVG export", async () => {
    const element = await timelineWith(jointPlan(), { zoom: 'day' });
    expect(chipNames(shadow(element), 'b')).to.deep.equal(['brightpath:Brightpath', 'buyer:Buyer Ltd']);
    expect(chipNames(shadow(element), 'a'), 'a step that is not joint has none').to.deep.equal([]);
    const chip = shadow(element).querySelector('[data-step="b"] [data-joint-party="brightpath"] .joint-dot')!;
    expect(getComputedStyle(chip).fill).to.equal('rgb(225, 29, 72)');
    expect(stepNode(element, 'b').getAttribute('aria-label')).to.include('with Brightpath and Buyer Ltd');

    const svg = new DOMParser().parseFromString(element.exportSVG(), 'image/svg+xml');
    expect(chipNames(svg, 'b')).to.deep.equal(['brightpath:Brightpath', 'buyer:Buyer Ltd']);
  });

  it('zoomed out, a joint party is a dot in its colour, named in its tooltip', async () => {
    const element = await timelineWith(jointPlan(), { zoom: 'quarter' });
    const chips = shadow(element).querySelectorAll('[data-step="b"] [data-joint-party]');
    expect([...chips].map((chip) => chip.querySelector('title')!.textContent)).to.deep.equal([
      'Brightpath',
      'Buyer Ltd',
    ]);
  });

  it('shows the chip in the PNG export: the joint party colour appears only with it', async () => {
    const without = await timelineWith(jointPlan(false), { zoom: 'week' });
    const alone = await pixelsOf(without, PARTNER_COLOR);
    const element = await timelineWith(jointPlan(), { zoom: 'week' });
    await settle(element);
    const withChip = await pixelsOf(element, PARTNER_COLOR);
    expect(withChip - alone, 'pixels of the chip (its dot and outline)').to.be.greaterThan(25);
  });
});
