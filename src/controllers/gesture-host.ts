import type { ReactiveControllerHost } from 'lit';
import type { Edit } from '../model/edit.js';
import type { Plan } from '../model/types.js';
import type { Scene } from '../render/view-model.js';

/** What the pointer and keyboard controllers need from the element. */
export interface GestureHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly plan: Plan;
  readonly readonly: boolean;
  readonly todayDate: string;
  readonly selectedIds: string[];
  readonly sceneNow: Scene | undefined;
  readonly dayWidthNow: number;
  readonly scrollerElement: HTMLElement | null;
  selectIds(ids: Iterable<string>): void;
  showPreview(plan: Plan | undefined, changedIds?: readonly string[]): void;
  applyUser(run: (plan: Plan) => Edit, coalesceKey?: string): boolean;
  startEditing(id: string): void;
  focusStep(id: string | undefined): void;
  undo(): boolean;
  redo(): boolean;
  say(text: string, tone?: 'error' | 'info'): void;
}

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

const bodyRect = (host: GestureHost): DOMRect | undefined =>
  (host.renderRoot as ParentNode).querySelector('svg.body')?.getBoundingClientRect();

/** The party whose lane is under a viewport y coordinate. */
export function laneAt(host: GestureHost, clientY: number): string | undefined {
  const rect = bodyRect(host);
  const lanes = host.sceneNow?.layout.lanes ?? [];
  if (!rect || lanes.length === 0) return undefined;
  const y = clientY - rect.top;
  const lane = lanes.find((candidate) => y >= candidate.y && y < candidate.y + candidate.height);
  return (lane ?? (y < 0 ? lanes[0] : lanes[lanes.length - 1]))!.party.id;
}

/** The day under a viewport x coordinate. */
export function dayAt(host: GestureHost, clientX: number): number | undefined {
  const rect = bodyRect(host);
  const scene = host.sceneNow;
  return rect && scene ? scene.scale.dayAt(clientX - rect.left) : undefined;
}

/** The step drawn at a viewport point. */
export function stepAt(host: GestureHost, clientX: number, clientY: number): string | undefined {
  const root = host.renderRoot as ShadowRoot;
  const hit = root.elementsFromPoint?.(clientX, clientY) ?? [];
  for (const node of hit) {
    const step = node.closest('[data-step]')?.getAttribute('data-step');
    if (step) return step;
  }
  return undefined;
}
