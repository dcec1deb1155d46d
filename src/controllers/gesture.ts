import { changeLane, moveItems, resizeItem } from '../model/commands.js';
import { linkAfter } from '../model/if-yes.js';
import type { Edit } from '../model/edit.js';
import type { Plan } from '../model/types.js';
import type { EdgeScroll } from './edge-scroll.js';
import type { EditorController } from './editor-controller.js';
import { laneAt, stepAt } from './pointer-targets.js';

/** One pointer gesture on a step, from the press to the release, and the edit it stands for. */
export type Mode = 'move' | 'start' | 'end' | 'link';

export interface Gesture {
  mode: Mode;
  itemId: string;
  ids: string[];
  pointerId: number;
  pointerType: string;
  x0: number;
  y0: number;
  x: number;
  y: number;
  started: boolean;
  /** A touch that moved before the hold time scrolls the timeline instead. */
  scrolling: boolean;
  scroll0: { left: number; top: number };
  holdTimer: number;
  /** The day offset and lane last previewed, and the plan shown for them. */
  shown?: string;
  previewed?: Plan | undefined;
  /** The edit worked out for `shown` from the committed plan `base` (or why there is none): the drop commits it. */
  computed?: { key: string; base: Plan; edit: Edit | undefined; error?: unknown };
  /** Scrolls the timeline while the pointer is held near its edge, once the drag has started. */
  edges?: EdgeScroll;
}

/**
 * Whole days from where the gesture started to the point under the pointer, with what the drag itself scrolled
 * (not a step brought into view on the press, which moved the step along with the view).
 */
export function gestureDays(gesture: Gesture, dayWidth: number): number {
  const scrolled = gesture.edges?.scrolledX ?? 0;
  return Math.round((gesture.x - gesture.x0 + scrolled) / dayWidth);
}

/** The whole days and the lane the pointer asks for: the gesture's edit changes only when these do. */
export function gestureStep(host: EditorController, gesture: Gesture): string {
  const days = gestureDays(gesture, host.scenes.dayWidth);
  const lane = gesture.mode === 'move' && gesture.ids.length === 1 ? laneAt(host, gesture.y) : undefined;
  return `${days}|${lane ?? ''}`;
}

/** The edit the gesture stands for right now, applied to the committed plan. */
export function editFor(host: EditorController, gesture: Gesture, plan: Plan): Edit | undefined {
  const days = gestureDays(gesture, host.scenes.dayWidth);
  if (gesture.mode === 'start' || gesture.mode === 'end')
    return days === 0 ? undefined : resizeItem(plan, gesture.itemId, gesture.mode, days);
  if (gesture.mode === 'link') {
    const to = stepAt(host, gesture.x, gesture.y);
    return to && to !== gesture.itemId ? linkAfter(plan, gesture.itemId, to) : undefined;
  }
  const lane = gesture.ids.length === 1 ? laneAt(host, gesture.y) : undefined;
  const item = plan.items.find((candidate) => candidate.id === gesture.itemId);
  let edit: Edit | undefined = days === 0 ? undefined : moveItems(plan, gesture.ids, days);
  if (lane && item && lane !== item.partyId) edit = changeLane(edit?.plan ?? plan, gesture.itemId, lane);
  return edit;
}

/** The edit for a step of the gesture, worked out once from the committed plan and kept until either changes. */
export function gestureEdit(host: EditorController, gesture: Gesture, key: string): NonNullable<Gesture['computed']> {
  const base = host.plan;
  const known = gesture.computed;
  if (known && known.key === key && known.base === base) return known;
  try {
    gesture.computed = { key, base, edit: editFor(host, gesture, base) };
  } catch (error) {
    gesture.computed = { key, base, edit: undefined, error };
  }
  return gesture.computed;
}
