/** An axis-aligned box, in any one coordinate space shared with the segments. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** How many times arrows pass over label text and over bars. */
export interface Crossings {
  labels: number;
  bars: number;
}

/**
 * Counts the (arrow, box) pairs where the arrow's polyline enters the box: each arrow that runs through a label or
 * a bar counts once for it, however many of its segments do. Boxes are shrunk by `inset` first, so an arrow that
 * starts on its predecessor's edge or ends on its successor's edge does not count as crossing either.
 */
export function countCrossings(
  arrows: readonly (readonly Point[])[],
  labels: readonly Box[],
  bars: readonly Box[],
  inset = 1,
): Crossings {
  const crossed = (boxes: readonly Box[]): number => {
    let count = 0;
    for (const arrow of arrows) for (const box of boxes) if (polylineEnters(arrow, shrink(box, inset))) count += 1;
    return count;
  };
  return { labels: crossed(labels), bars: crossed(bars) };
}

const shrink = (box: Box, by: number): Box => ({
  x: box.x + by,
  y: box.y + by,
  width: box.width - 2 * by,
  height: box.height - 2 * by,
});

function polylineEnters(points: readonly Point[], box: Box): boolean {
  if (box.width <= 0 || box.height <= 0) return false;
  for (let index = 1; index < points.length; index += 1)
    if (segmentEnters(points[index - 1]!, points[index]!, box)) return true;
  return false;
}

/** Whether the segment from `a` to `b` has a point strictly inside the box (Liang–Barsky clipping). */
export function segmentEnters(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let low = 0;
  let high = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low >= high) return false;
  }
  return true;
}
