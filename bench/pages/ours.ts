import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { installBench, painted, type CrossLane } from './harness.js';
import { planDays, shiftDays } from './plans.js';

/** Lit reports whether an update triggered another one; wait until the element has nothing pending. */
async function settled(element: MapTimeline): Promise<void> {
  while (!(await element.updateComplete));
}

installBench('map-timeline', (box, plan) => {
  const element = document.createElement('map-timeline') as MapTimeline & { exportPNG?: () => Promise<Blob> };
  element.style.cssText = 'width:100%;height:100%';
  element.today = shiftDays(planDays(plan).first, 30);
  element.zoom = 'week';
  return {
    async render() {
      box.append(element);
      element.plan = plan;
      await settled(element);
    },
    async edit(id, start, end) {
      element.updateItem(id, { start, end });
      await settled(element);
    },
    stepSelector: '[data-item-id]',
    stepNode: (id) => element.shadowRoot!.querySelector(`[data-item-id="${CSS.escape(id)}"]`),
    // Only what is near the viewport is in the DOM: scroll to the step's start date, then down the lanes until the
    // step is drawn, and centre it. Public API and DOM only, as a host would.
    async reveal(id) {
      const item = plan.items.find((candidate) => candidate.id === id);
      const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller');
      if (!item || !scroller) return;
      element.scrollToDate(item.start);
      const stepNode = () => element.shadowRoot!.querySelector(`[data-item-id="${CSS.escape(id)}"]`);
      for (let top = 0; !stepNode() && top < scroller.scrollHeight; top += scroller.clientHeight / 2) {
        scroller.scrollTop = top;
        await painted();
        await settled(element);
      }
      const node = stepNode();
      if (!node) return;
      const view = scroller.getBoundingClientRect();
      const rect = node.getBoundingClientRect();
      scroller.scrollTop += rect.top + rect.height / 2 - (view.top + view.height / 2);
      await painted();
      await settled(element);
    },
    crossLane: () => crossLane(element),
    scrollsByWheel: true,
    ...(typeof element.exportPNG === 'function' ? { exportPNG: () => element.exportPNG!() } : {}),
  };
});

/** Distance below a lane's bottom edge the pointer ends on: inside the next lane's first row. */
const INTO_NEXT_LANE = 24;

/**
 * A task in the last row of a lane, scrolled into view with the lane's bottom edge, from the lanes and steps drawn
 * (SVG coordinates are the scroller's content coordinates).
 */
async function crossLane(element: MapTimeline): Promise<CrossLane | undefined> {
  const root = element.shadowRoot!;
  const scroller = root.querySelector<HTMLElement>('.scroller')!;
  const body = root.querySelector<SVGSVGElement>('svg.body')!;
  const lanes = Array.from(root.querySelectorAll('rect.lane-bg')).map((rect) => ({
    top: Number(rect.getAttribute('y')),
    bottom: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')),
  }));
  const sideways = Math.max(200, scroller.clientWidth - 600);
  for (const lane of lanes.slice(0, -1)) {
    for (let left = 0; left < scroller.scrollWidth; left += sideways) {
      scroller.scrollTop = Math.max(0, lane.bottom - scroller.clientHeight / 2);
      scroller.scrollLeft = left;
      await painted();
      await settled(element);
      await painted();
      const origin = body.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      for (const shape of Array.from(root.querySelectorAll('rect.shape[data-item-id]'))) {
        const y = Number(shape.getAttribute('y'));
        const height = Number(shape.getAttribute('height'));
        const rect = shape.getBoundingClientRect();
        const nearBottom = y >= lane.top && y + height <= lane.bottom && lane.bottom - (y + height) < 120;
        if (!nearBottom || rect.width < 48 || rect.left < view.left + 300 || rect.right + 220 > view.right) continue;
        if (rect.top < view.top + 80 || origin.top + lane.bottom + INTO_NEXT_LANE > view.bottom - 20) continue;
        const centre = rect.top + rect.height / 2;
        return {
          id: shape.getAttribute('data-item-id')!,
          x: Math.round(rect.left + rect.width / 2),
          y: Math.round(centre),
          dy: Math.round(origin.top + lane.bottom + INTO_NEXT_LANE - centre),
        };
      }
    }
  }
  return undefined;
}
