import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { settle, shadow, stepNode } from '../support/element.js';
import { center, drag } from '../support/input.js';

const TODAY = '2026-03-02';

/** Each drawn arrow's path, by its two ends. */
const arrows = (element: MapTimeline): Map<string, string> =>
  new Map(
    [...shadow(element).querySelectorAll<SVGPathElement>('.links path.line')].map((path) => [
      `${path.dataset['from']}→${path.dataset['to']}`,
      path.getAttribute('d')!,
    ]),
  );

async function timeline(): Promise<MapTimeline> {
  const element = await fixture<MapTimeline>(
    html`<map-timeline today=${TODAY} zoom="week" style="width:1400px;height:900px"></map-timeline>`,
  );
  element.plan = enterprisePlan(TODAY);
  await settle(element);
  return element;
}

describe('<map-timeline> arrows after a drop', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 1000 });
  });

  it('paints the drop before routing any arrow, the others as the drag drew them, then routes them as a fresh drawing would', async () => {
    const element = await timeline();
    const before = new Map(element.getPlan().items.map((item) => [item.id, item.start]));
    const [x, y] = center(stepNode(element, 'security-review'));
    await drag(element, [x, y], [x + 3 * 16, y], { release: false });
    const dragged = arrows(element);
    // The first frame after the release, read before the element's own next frame.
    const firstFrame = new Promise<Map<string, string>>((resolve) =>
      window.addEventListener('pointerup', () => requestAnimationFrame(() => resolve(arrows(element))), {
        once: true,
      }),
    );
    await sendMouse({ type: 'up' });
    const painted = await firstFrame;
    await settle(element);
    const routed = arrows(element);

    const moved = new Set(
      element
        .getPlan()
        .items.filter((item) => before.get(item.id) !== item.start)
        .map((item) => item.id),
    );
    const touchesMoved = (key: string) => key.split('→').some((id) => moved.has(id));
    const movedArrows = [...routed.keys()].filter(touchesMoved);
    expect(movedArrows.length, 'the drag moved steps with arrows').to.be.above(2);
    expect(
      movedArrows.filter((key) => painted.get(key) !== routed.get(key)).length,
      'the first frame drew the moved steps’ arrows before routing them',
    ).to.be.above(0);
    const unmoved = [...painted.keys()].filter((key) => !touchesMoved(key) && dragged.has(key));
    expect(unmoved.length, 'arrows between steps the drop left in place').to.be.above(2);
    for (const key of unmoved)
      expect(painted.get(key), `${key}, between steps the drop left in place, as the drag drew it`).to.equal(
        dragged.get(key),
      );

    // Once routed, the drawing is the one a page showing the committed plan from the start draws.
    const fresh = await timeline();
    fresh.plan = element.getPlan();
    await settle(fresh);
    expect(routed).to.deep.equal(arrows(fresh));
  });
});
