import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';

/** A timeline in a fixed-size box, showing the plan, with its first layout done. */
export async function timelineWith(
  plan: Plan,
  attributes: { zoom?: string; audience?: string; width?: number; readonly?: boolean } = {},
): Promise<MapTimeline> {
  const element = await fixture<MapTimeline>(html`<map-timeline today="2026-03-10" zoom=${attributes.zoom ?? 'day'}
    audience=${attributes.audience ?? 'seller'} ?readonly=${attributes.readonly ?? false}
    style="width:${attributes.width ?? 1200}px;height:600px"></map-timeline>`);
  element.plan = plan;
  await settle(element);
  return element;
}

/**
 * Waits for renders triggered by the last change and by the viewport measurement that follows it, and, after a plan
 * was loaded, for the half screen around the view, drawn in the frame after its first.
 */
export async function settle(element: MapTimeline): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

export const shadow = (element: MapTimeline): ShadowRoot => element.shadowRoot!;
export const stepNode = (element: MapTimeline, id: string): SVGGraphicsElement =>
  shadow(element).querySelector(`[data-item-id="${id}"]`) as SVGGraphicsElement;
export const stepBox = (element: MapTimeline, id: string): DOMRect => stepNode(element, id).getBoundingClientRect();
