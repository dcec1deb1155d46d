// Which arrow a pointer is on, found from the arrows' routes instead of an invisible wide path drawn under each one:
// half of every arrow's nodes, in the DOM of every view, were there only to take the pointer.
import type { Point } from './polyline.js';

/** How far from an arrow's line a mouse pointer still takes the arrow (px): its head reaches 4.6 px to each side. */
export const LINK_REACH = 5;
/** A finger covers more than a mouse pointer: a tap takes an arrow this far from it (px). */
export const LINK_REACH_TOUCH = 10;

export interface RoutedLink {
  from: string;
  to: string;
  points: readonly Point[];
}

/**
 * The arrow nearest to (x, y) within `reach`, in the arrows' own coordinates; of arrows equally near, the one drawn
 * last, which is drawn on top.
 */
export function linkNear<T extends RoutedLink>(
  links: readonly T[],
  x: number,
  y: number,
  reach = LINK_REACH,
): T | undefined {
  let best: T | undefined;
  let bestDistance = reach * reach;
  for (const link of links) {
    const distance = squaredDistance(link.points, x, y, bestDistance);
    if (distance <= bestDistance) [best, bestDistance] = [link, distance];
  }
  return best;
}

/** The squared distance from (x, y) to the polyline, or Infinity once its bounding box alone is further than `limit`. */
function squaredDistance(points: readonly Point[], x: number, y: number, limit: number): number {
  let nearest = Infinity;
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1]!;
    const b = points[index]!;
    const outside =
      Math.max(0, Math.min(a.x, b.x) - x, x - Math.max(a.x, b.x)) ** 2 +
      Math.max(0, Math.min(a.y, b.y) - y, y - Math.max(a.y, b.y)) ** 2;
    if (outside > limit) continue;
    nearest = Math.min(nearest, toSegment(a, b, x, y));
  }
  return nearest;
}

function toSegment(a: Point, b: Point, x: number, y: number): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = dx * dx + dy * dy;
  const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length));
  return (a.x + along * dx - x) ** 2 + (a.y + along * dy - y) ** 2;
}
