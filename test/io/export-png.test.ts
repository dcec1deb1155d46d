import { expect } from '@open-wc/testing';
import { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapErrorEvent } from '../../src/events.js';
import { cssTextOf } from '../../src/export/stylesheet.js';
import { pngExport } from '../../src/io/export-png.js';
import { svgExport, type ExportSource } from '../../src/export/svg-document.js';
import { stepRect, type Rect } from '../../src/export/page-layout.js';
import { enterprisePlan } from '../../src/model/samples/index.js';
import { planWithDeskLane } from '../support/desk-plan.js';
import type { Plan } from '../../src/model/types.js';
import { randomPlan, seededRandom } from '../support/random-plan.js';
import { record } from '../support/input.js';
import { settle, stepNode, timelineWith } from '../support/element.js';

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

async function decode(blob: Blob): Promise<Pixels> {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    height: bitmap.height,
    data: context.getImageData(0, 0, bitmap.width, bitmap.height).data,
  };
}

/** Any CSS colour as [r, g, b] (the canvas normalises it to #rrggbb). */
function rgb(css: string): number[] {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = css.trim();
  const hex = context.fillStyle;
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
}
const pixel = (image: Pixels, x: number, y: number): number[] => {
  const at = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [...image.data.subarray(at, at + 4)];
};

/** Pixels inside the rectangle (layout px, scaled) whose colour is within `tolerance` of `color`, and how many were looked at. */
function count(
  image: Pixels,
  rect: Rect,
  scale: number,
  test: (rgba: number[]) => boolean,
): { hits: number; total: number } {
  let hits = 0;
  let total = 0;
  for (let y = Math.ceil(rect.y * scale); y < Math.floor((rect.y + rect.height) * scale); y += 1) {
    for (let x = Math.ceil(rect.x * scale); x < Math.floor((rect.x + rect.width) * scale); x += 1) {
      total += 1;
      if (test(pixel(image, x, y))) hits += 1;
    }
  }
  return { hits, total };
}
const near =
  (color: number[], tolerance = 3) =>
  (rgba: number[]): boolean =>
    color.every((value, index) => Math.abs(value - rgba[index]!) <= tolerance);

/** What the element draws from: the same input gives the same layout, so a step's place in the image is known. */
const sourceOf = (element: MapTimeline): ExportSource => ({
  plan: element.plan,
  audience: element.audience,
  today: element.today!,
  host: element,
  css: cssTextOf(MapTimeline.elementStyles),
});

/** The enterprise deal plus a seller-side lane in a colour of its own, whose one step is internal. */
const planWithDeskStep = (): Plan => planWithDeskLane('#d946ef', { internal: true });

describe('exportPNG', () => {
  it('is the whole plan at scale 2: expected size, opaque background, text in the title block', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'), { width: 600 });
    const image = await decode(await element.exportPNG());
    const { layout } = svgExport(sourceOf(element));
    expect(layout.width).to.equal(1920);
    expect([image.width, image.height]).to.deep.equal([3840, layout.height * 2]);

    for (const [x, y] of [
      [0, 0],
      [image.width - 1, 0],
      [0, image.height - 1],
      [image.width - 1, image.height - 1],
    ]) {
      expect(pixel(image, x!, y!), `corner ${x},${y}`).to.deep.equal([255, 255, 255, 255]);
    }
    const white = near([255, 255, 255], 0);
    const title = count(image, layout.header, 2, (rgba) => !white(rgba));
    expect(title.hits, 'ink in the title block').to.be.above(title.total * 0.02);
    const text = rgb(getComputedStyle(element).getPropertyValue('--mt-text'));
    expect(count(image, layout.header, 2, near(text, 8)).hits, 'title text colour').to.be.above(500);
  });

  it("draws a step's bar where the layout puts it, in the colour the screen shows", async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'month' }); // every step on screen
    const image = await decode(await element.exportPNG());
    const { layout } = svgExport(sourceOf(element));
    for (const id of ['sow-draft', 'tech-validation', 'decision']) {
      const onScreen = rgb(getComputedStyle(stepNode(element, id)).fill);
      const rect = stepRect(layout, id)!;
      const inner = { x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: rect.height - 4 };
      const { hits, total } = count(image, inner, 2, near(onScreen));
      expect(hits / total, id).to.be.above(id === 'decision' ? 0.5 : 0.4);
    }
  });

  it("leaves an internal step's colour out of a buyer export", async () => {
    const seller = await timelineWith(planWithDeskStep());
    const sellerImage = await decode(await seller.exportPNG());
    const sellerLayout = svgExport(sourceOf(seller)).layout;
    const desk = near([0xd9, 0x46, 0xef]);
    expect(count(sellerImage, stepRect(sellerLayout, 'margin-check')!, 2, desk).hits).to.be.above(1000);

    const buyer = await timelineWith(planWithDeskStep(), { audience: 'buyer' });
    const buyerImage = await decode(await buyer.exportPNG());
    const buyerLayout = svgExport(sourceOf(buyer)).layout;
    expect(buyerLayout.scene.layout.byId.has('margin-check')).to.equal(false);
    expect(count(buyerImage, buyerLayout.body, 2, desk).hits).to.equal(0);
  });

  it('takes width, scale and background', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    const image = await decode(await element.exportPNG({ width: 1280, scale: 1, background: '#000000' }));
    expect(image.width).to.equal(1280);
    expect(pixel(image, 2, 2)).to.deep.equal([0, 0, 0, 255]);
    const clear = await decode(await element.exportPNG({ scale: 1, background: 'transparent' }));
    expect(pixel(clear, 2, 2)[3]).to.equal(0);
  });

  // How long this takes is measured by `npm run bench`, not asserted here.
  it('exports a 200-step plan whole, every step laid out, at twice the slide width', async () => {
    const plan = randomPlan(seededRandom(42), { steps: 200 });
    const element = await timelineWith(plan, { zoom: 'week' });
    const image = await decode(await element.exportPNG());
    const { layout } = svgExport(sourceOf(element));
    expect([image.width, image.height]).to.deep.equal([3840, layout.height * 2]);
    expect(
      plan.items.filter((item) => !layout.scene.layout.byId.has(item.id)).map((item) => item.id),
      'steps left out',
    ).to.deep.equal([]);
    // The bars on screen now are in the picture too, where the layout puts them, in the colour the screen shows.
    const onScreen = [
      ...element.shadowRoot!.querySelectorAll<SVGGraphicsElement>('[data-item-id][part~="bar"]'),
    ].filter(
      (node) =>
        getComputedStyle(node).fill.startsWith('rgb') &&
        stepRect(layout, node.getAttribute('data-item-id')!)!.width >= 8,
    );
    expect(onScreen.length, 'bars on screen').to.be.above(5);
    for (const node of onScreen) {
      const id = node.getAttribute('data-item-id')!;
      const rect = stepRect(layout, id)!;
      const inner = { x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: rect.height - 4 };
      const { hits, total } = count(image, inner, 2, near(rgb(getComputedStyle(node).fill)));
      expect(hits / total, id).to.be.above(0.4);
    }
  });
});

describe('exportPNG failures', () => {
  it('rejects with a clear message when html2canvas cannot be loaded', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    const failure = await pngExport(sourceOf(element), {}, () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    ).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).to.equal(
      'Could not load html2canvas to draw the PNG (Failed to fetch dynamically imported module)',
    );
    expect(document.querySelector('body > div[aria-hidden]'), 'no stage left behind').to.equal(null);
  });

  const failures: [string, () => () => void, RegExp][] = [
    [
      'the SVG image does not load',
      () => {
        const original = URL.createObjectURL;
        URL.createObjectURL = () => 'blob:nowhere';
        return () => (URL.createObjectURL = original);
      },
      /^The plan's SVG could not be loaded as an image/,
    ],
    [
      'the canvas is tainted',
      () => {
        const original = HTMLCanvasElement.prototype.toBlob;
        HTMLCanvasElement.prototype.toBlob = () => {
          throw new DOMException('Tainted canvases may not be exported.', 'SecurityError');
        };
        return () => (HTMLCanvasElement.prototype.toBlob = original);
      },
      /^The browser refused to read the drawn plan back: the canvas is tainted/,
    ],
  ];
  for (const [what, breakIt, message] of failures) {
    it(`rejects and fires map-error export-failed when ${what}; the element keeps working`, async () => {
      const element = await timelineWith(enterprisePlan('2026-03-02'));
      const errors = record<MapErrorEvent>(element, 'map-error');
      const restore = breakIt();
      let failure: Error | undefined;
      try {
        await element.exportPNG();
      } catch (error) {
        failure = error as Error;
      } finally {
        restore();
      }
      expect(failure?.message).to.match(message);
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['export-failed']);
      expect(errors[0]!.detail.message).to.equal(failure!.message);
      expect(document.querySelector('body > div[aria-hidden]'), 'no stage left behind').to.equal(null);
      element.updateItem('discovery', { title: 'Discovery (rescheduled)' });
      await settle(element);
      expect(stepNode(element, 'discovery')).to.exist;
      expect((await element.exportPNG({ scale: 1 })).size).to.be.above(1000);
    });
  }
});
