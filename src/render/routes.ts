import type { ItemBox, LayoutMetrics } from './layout.js';

export interface Point {
  x: number;
  y: number;
}

const STUB = 4;
const ENTRY = 9;

/**
 * The elbow path of a finish-to-start arrow. Long runs travel along the gaps between rows, never through bars:
 * out of the predecessor's end, along the gap next to the successor's row, and into the successor's start.
 */
export function routePoints(from: ItemBox, to: ItemBox, metrics: LayoutMetrics): Point[] {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const gap = (metrics.rowHeight - metrics.barHeight) / 2;
  const sameRow = Math.abs(y1 - y2) < 1;
  if (sameRow && x2 - x1 >= STUB + ENTRY)
    return [
      { x: x1, y: y1 },
      { x: x2, y: y2 },
    ];
  const below = y2 >= y1;
  const rowTop = to.y - (metrics.rowHeight - to.height) / 2;
  const laneY = sameRow ? to.y + to.height + gap : below ? rowTop + gap / 2 : rowTop + metrics.rowHeight - gap / 2;
  const out = x1 + STUB;
  const into = x2 - ENTRY;
  return [
    { x: x1, y: y1 },
    { x: out, y: y1 },
    { x: out, y: laneY },
    { x: into, y: laneY },
    { x: into, y: y2 },
    { x: x2, y: y2 },
  ];
}

/** An SVG path through the points with softly rounded corners. */
export function roundedPath(points: readonly Point[], radius = 4): string {
  if (points.length === 0) return '';
  const round = (value: number): number => Math.round(value * 10) / 10;
  let d = `M${round(points[0]!.x)},${round(points[0]!.y)}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const [prev, corner, next] = [points[index - 1]!, points[index]!, points[index + 1]!];
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const before = {
      x: corner.x - ((corner.x - prev.x) / (inLength || 1)) * r,
      y: corner.y - ((corner.y - prev.y) / (inLength || 1)) * r,
    };
    const after = {
      x: corner.x + ((next.x - corner.x) / (outLength || 1)) * r,
      y: corner.y + ((next.y - corner.y) / (outLength || 1)) * r,
    };
    d += ` L${round(before.x)},${round(before.y)} Q${round(corner.x)},${round(corner.y)} ${round(after.x)},${round(after.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${round(last.x)},${round(last.y)}`;
}
