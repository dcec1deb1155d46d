import type { ItemBox } from './layout.js';
import type { ViewRect } from './tab-stop.js';

const MARGIN = 8;

/**
 * How far to scroll, across and down, for the least scrolling that shows a step whole with its label beside it, or,
 * when the view is too narrow for both, the bar's start and as much of the label as fits. A view that does not
 * scroll vertically (infinite top and bottom) is never moved down. `withLabel` false asks for the bar alone.
 */
export function revealShift(box: ItemBox, view: ViewRect, withLabel = true): { x: number; y: number } {
  const label = withLabel && !box.labelInside ? box.labelX + box.labelWidth : 0;
  const end = Math.max(box.x + box.width, label);
  return {
    x: shift(box.x, end, view.left, view.right),
    y: Number.isFinite(view.top) ? shift(box.y, box.y + box.height, view.top, view.bottom) : 0,
  };
}

function shift(start: number, end: number, from: number, to: number): number {
  if (start - MARGIN < from) return start - MARGIN - from;
  return end + MARGIN > to ? Math.min(end + MARGIN - to, start - MARGIN - from) : 0;
}

/** Whether the view shows the step whole (with its label, unless `withLabel` is false): no scroll would reveal more. */
export function inSight(box: ItemBox, view: ViewRect, withLabel = true): boolean {
  const shift = revealShift(box, view, withLabel);
  return shift.x === 0 && shift.y === 0;
}
