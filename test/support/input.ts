import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { settle, shadow } from './element.js';
import { frame } from './frames.js';

export const center = (node: Element): [number, number] => {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

export { frame, framesUntil } from './frames.js';

/** A real mouse drag in several steps, so the element sees intermediate frames. */
export async function drag(
  element: MapTimeline,
  from: [number, number],
  to: [number, number],
  options: { release?: boolean } = {},
) {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  const steps = 4;
  for (let i = 1; i <= steps; i += 1) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * i) / steps);
    const y = Math.round(from[1] + ((to[1] - from[1]) * i) / steps);
    await sendMouse({ type: 'move', position: [x, y] });
    await frame();
  }
  if (options.release !== false) await sendMouse({ type: 'up' });
  await settle(element);
}

export async function click(element: MapTimeline, node: Element, modifiers: string[] = []) {
  const [x, y] = center(node);
  for (const key of modifiers) await sendKeys({ down: key });
  await sendMouse({ type: 'click', position: [x, y] });
  for (const key of modifiers) await sendKeys({ up: key });
  await settle(element);
}

export const handle = (element: MapTimeline, id: string, kind: 'start' | 'end' | 'link') =>
  shadow(element).querySelector(`[data-handle="${kind}"][data-handle-for="${id}"]`)!;

/** Collects events of one type until `stop()` is called. */
export function record<T extends Event>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/** Presses a key with modifiers held (`chord(['Control', 'Shift'], 'z')`). */
export async function chord(modifiers: string[], key: string) {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
}

/** Types a title into the title editor that N (or a double-click) opened, and commits it with Enter. */
export async function typeNewTitle(element: MapTimeline, title: string): Promise<void> {
  await settle(element);
  await frame();
  await sendKeys({ type: title });
  await sendKeys({ press: 'Enter' });
  await settle(element);
}
