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
    ...(typeof element.exportPNG === 'function' ? { exportPNG: () => element.exportPNG!() } : {}),
  };
});
