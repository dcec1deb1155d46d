import { waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';

const frames: HTMLIFrameElement[] = [];

/** The demo page at `src`, in a frame of that size, once it shows a plan; `closeDemos` takes the frames away. */
export async function openDemo(
  src: string,
  [width, height]: [number, number] = [1200, 760],
): Promise<{ page: Window; element: MapTimeline }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  const page = frame.contentWindow!;
  await waitUntil(
    () => page.document.querySelector('map-timeline')?.shadowRoot?.querySelector('[data-item-id]'),
    'the demo shows a plan',
    { timeout: 8000 },
  );
  return { page, element: page.document.querySelector('map-timeline') as MapTimeline };
}

export function closeDemos(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
