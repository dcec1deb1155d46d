import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { installBench, painted } from './harness.js';
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
    // Only what is near the viewport is in the DOM: scroll the step's lane row into view first.
    async reveal(id) {
      const step = element.sceneNow?.layout.byId.get(id);
      const scroller = element.scrollerElement;
      if (!step || !scroller) return;
      scroller.scrollTop = Math.max(0, step.y - scroller.clientHeight / 2);
      scroller.scrollLeft = Math.max(0, step.x - 300);
      await painted();
      await settled(element);
    },
    ...(typeof element.exportPNG === 'function' ? { exportPNG: () => element.exportPNG!() } : {}),
  };
});
