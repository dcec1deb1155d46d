import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { SAMPLE_PLANS, currentSample } from '../../src/model/samples/index.js';
import { countCrossings, type Box, type Crossings, type Point } from '../../src/render/crossings.js';
import { settle, stepNode } from '../support/element.js';
import { click } from '../support/input.js';
import { segmentEnters } from '../../src/render/crossings.js';

const TODAY = '2026-11-25';

/** A node's box in page pixels: its own bounding box through its transform to the screen. */
function screenBox(node: SVGGraphicsElement): Box {
  const box = node.getBBox();
  const matrix = node.getScreenCTM()!;
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  return {
    x: Math.min(corners[0]!.x, corners[1]!.x),
    y: Math.min(corners[0]!.y, corners[1]!.y),
    width: Math.abs(corners[1]!.x - corners[0]!.x),
    height: Math.abs(corners[1]!.y - corners[0]!.y),
  };
}

/** An arrow as drawn, corners and all: its path sampled every pixel, in page pixels. */
function screenPolyline(path: SVGPathElement): Point[] {
  const matrix = path.getScreenCTM()!;
  const length = path.getTotalLength();
  const points: Point[] = [];
  for (let at = 0; at < length; at += 1) points.push(path.getPointAtLength(at).matrixTransform(matrix));
  points.push(path.getPointAtLength(length).matrixTransform(matrix));
  return points;
}

/**
 * Arrows that go out past a date line (today, target, projected) beyond their own two ends and come back: each arrow
 * counts once per line it detours across.
 */
function detoursAcrossLines(arrows: readonly (readonly Point[])[], lines: readonly number[]): number {
  let count = 0;
  for (const arrow of arrows) {
    const [start, end] = [arrow[0]!.x, arrow.at(-1)!.x];
    const xs = arrow.map((point) => point.x);
    const [left, right] = [Math.min(...xs), Math.max(...xs)];
    for (const x of lines)
      if ((x > Math.max(start, end) + 1 && right > x + 1) || (x < Math.min(start, end) - 1 && left < x - 1)) count += 1;
  }
  return count;
}

/** The crossings of arrows with label text and with bars, measured on rendered SVG (the view or an export). */
function measuredCrossings(root: ParentNode): Crossings & { arrows: number; steps: number; lineDetours: number } {
  const arrows = [...root.querySelectorAll<SVGPathElement>('.links path.line')].map(screenPolyline);
  const labels = [...root.querySelectorAll<SVGGraphicsElement>('.steps text')].map(screenBox);
  const bars = [...root.querySelectorAll<SVGGraphicsElement>('.steps .shape')].map(screenBox);
  // The lines across the lanes, not the legend's short samples of them.
  const lines = [...root.querySelectorAll<SVGGraphicsElement>('line.marker')]
    .map(screenBox)
    .filter((box) => box.height > 100)
    .map((box) => box.x + box.width / 2);
  return {
    ...countCrossings(arrows, labels, bars),
    arrows: arrows.length,
    steps: bars.length,
    lineDetours: detoursAcrossLines(arrows, lines),
  };
}

async function viewOf(plan: ReturnType<typeof currentSample>): Promise<MapTimeline> {
  // Large enough that nothing is culled: every step and arrow of the sample is drawn.
  const element = await fixture<MapTimeline>(html`<map-timeline today=${TODAY} zoom="week"
    style="width:3200px;height:1800px"></map-timeline>`);
  element.plan = plan;
  await settle(element);
  await document.fonts.ready;
  return element;
}

function exportedInPage(svgText: string): { root: Element; remove: () => void } {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const host = document.createElement('div');
  host.append(document.importNode(doc.documentElement, true));
  document.body.append(host);
  return { root: host, remove: () => host.remove() };
}

const linkCount = (plan: ReturnType<typeof currentSample>): number =>
  plan.items.reduce((sum, item) => sum + (item.dependsOn?.length ?? 0), 0);

/**
 * Bars crossed per sample and picture, measured when the router was made (see the report in the issue); arrows
 * pass behind a bar only where no way round exists, and a change that makes this worse should be seen.
 */
const BAR_CROSSINGS_AT_MOST: Record<string, { view: number; export: number }> = {
  enterprise: { view: 0, export: 0 },
  hiring: { view: 0, export: 1 },
  'go-live': { view: 0, export: 0 },
};

/**
 * Detours across a date line per sample and picture, measured when detours across one were made to cost more: such a
 * detour is taken only where every way round the labels on the other side is longer still.
 */
const LINE_DETOURS_AT_MOST: Record<string, { view: number; export: number }> = {
  enterprise: { view: 1, export: 1 },
  hiring: { view: 5, export: 1 },
  'go-live': { view: 3, export: 1 },
};

describe('arrow routing on the sample plans at week zoom', () => {
  for (const sample of SAMPLE_PLANS) {
    it(`${sample.name}: no arrow runs through label text, in the view and in the export`, async function () {
      this.timeout(30_000);
      const plan = currentSample(sample, TODAY);
      const element = await viewOf(plan);
      const view = measuredCrossings(element.shadowRoot!);
      expect(view.steps, 'every step is drawn').to.equal(plan.items.length);
      expect(view.arrows, 'every arrow is drawn').to.equal(linkCount(plan));

      const exported = exportedInPage(element.exportSVG());
      const picture = measuredCrossings(exported.root);
      exported.remove();
      expect(picture.arrows, 'every arrow is exported').to.equal(linkCount(plan));
      console.log(
        `crossings ${sample.id}: view labels ${view.labels} bars ${view.bars} line detours ${view.lineDetours}; export labels ${picture.labels} bars ${picture.bars} line detours ${picture.lineDetours}`,
      );

      expect(view.labels, 'arrows over label text in the view').to.equal(0);
      expect(picture.labels, 'arrows over label text in the export').to.equal(0);
      const limit = BAR_CROSSINGS_AT_MOST[sample.id]!;
      expect(view.bars, 'arrows behind bars in the view').to.be.at.most(limit.view);
      expect(picture.bars, 'arrows behind bars in the export').to.be.at.most(limit.export);
      const detours = LINE_DETOURS_AT_MOST[sample.id]!;
      expect(view.lineDetours, 'detours across a date line in the view').to.be.at.most(detours.view);
      expect(picture.lineDetours, 'detours across a date line in the export').to.be.at.most(detours.export);
    });
  }
});

describe('the link handle', () => {
  it('never covers the label of the selected step, whether the label follows the bar or sits in it', async function () {
    this.timeout(30_000);
    const plan = currentSample(SAMPLE_PLANS[0]!, TODAY);
    const element = await viewOf(plan);
    const root = element.shadowRoot!;
    const outside = root.querySelector('.step.label-outside.kind-task')!.getAttribute('data-step')!;
    const inside = root.querySelector('.step.label-inside.kind-task')!.getAttribute('data-step')!;
    for (const id of [outside, inside]) {
      await click(element, stepNode(element, id));
      const handle = root.querySelector<SVGGraphicsElement>(`[data-handle="link"][data-handle-for="${id}"]`);
      expect(handle, `the handle of ${id}`).to.exist;
      const ring = screenBox(handle!);
      const bar = screenBox(stepNode(element, id));
      expect(Math.abs(ring.x + ring.width / 2 - (bar.x + bar.width)), 'at the bar end').to.be.at.most(8);
      const texts = [...root.querySelectorAll<SVGGraphicsElement>(`[data-step="${id}"] text`)].map(screenBox);
      expect(texts.length).to.be.greaterThan(0);
      // Its diagonal stands for the ring: the two boxes must not meet at all.
      for (const text of texts)
        expect(
          segmentEnters({ x: ring.x, y: ring.y }, { x: ring.x + ring.width, y: ring.y + ring.height }, text),
          `the handle of ${id} over its text`,
        ).to.equal(false);
    }
  });
});
