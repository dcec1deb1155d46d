import { drawingOf } from '../render/body.js';
import { LINK_REACH, LINK_REACH_TOUCH, linkNear } from '../render/link-hit.js';
import type { EditorController } from './editor-controller.js';
import type { LinkEnds } from './selection-controller.js';

export interface GestureTarget {
  mode: 'move' | 'start' | 'end' | 'link';
  itemId: string;
}

/** Which step a pointer went down on, and on which part of it (body, an edge grip, the link handle). */
export function gestureTarget(event: Event): GestureTarget | undefined {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    const handle = node.getAttribute('data-handle');
    const handleFor = node.getAttribute('data-handle-for');
    if (handle && handleFor) return { mode: handle as GestureTarget['mode'], itemId: handleFor };
    const step = node.getAttribute('data-step');
    if (step) return { mode: 'move', itemId: step };
    if (node.classList.contains('no-pan')) return undefined;
  }
  return undefined;
}

const bodyRect = (editor: EditorController): DOMRect | undefined =>
  (editor.element.renderRoot as ParentNode).querySelector('svg.body')?.getBoundingClientRect();

/** The party whose lane is under a viewport y coordinate. */
export function laneAt(editor: EditorController, clientY: number): string | undefined {
  const rect = bodyRect(editor);
  const lanes = editor.scene?.layout.lanes ?? [];
  if (!rect || lanes.length === 0) return undefined;
  const y = clientY - rect.top;
  const lane = lanes.find((candidate) => y >= candidate.y && y < candidate.y + candidate.height);
  return (lane ?? (y < 0 ? lanes[0] : lanes[lanes.length - 1]))!.party.id;
}

/** The day under a viewport x coordinate. */
export function dayAt(editor: EditorController, clientX: number): number | undefined {
  const rect = bodyRect(editor);
  const scene = editor.scene;
  return rect && scene ? scene.scale.dayAt(clientX - rect.left) : undefined;
}

/** The step drawn at a viewport point. */
export function stepAt(editor: EditorController, clientX: number, clientY: number): string | undefined {
  const root = editor.element.renderRoot as ShadowRoot;
  const hit = root.elementsFromPoint?.(clientX, clientY) ?? [];
  for (const node of hit) {
    const step = node.closest('[data-step]')?.getAttribute('data-step');
    if (step) return step;
  }
  return undefined;
}

/**
 * The arrow a pointer event is on, when nothing drawn over the arrows (a step, its handles) took it: arrows have no
 * nodes that take the pointer, so this is the one way to find them. A finger reaches further than a mouse; `touch`
 * says which it was when the event itself cannot (a click is not a pointer event in every browser).
 */
export function linkUnder(
  event: MouseEvent,
  touch = (event as Partial<PointerEvent>).pointerType === 'touch',
): LinkEnds | undefined {
  let body: SVGSVGElement | undefined;
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.hasAttribute('data-step') || node.hasAttribute('data-handle')) return undefined;
    if (node instanceof SVGSVGElement && node.classList.contains('body')) {
      body = node;
      break;
    }
  }
  const links = body && drawingOf(body)?.links;
  const toBody = body?.getScreenCTM()?.inverse();
  if (!links?.length || !toBody) return undefined;
  const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(toBody);
  const link = linkNear(links, x, y, touch ? LINK_REACH_TOUCH : LINK_REACH);
  return link && { from: link.from, to: link.to };
}
