/** Polylines for arrows: the points of a route, cleaned of needless corners, and drawn as an SVG path. */
export interface Point {
  x: number;
  y: number;
}

/** Drops repeated points and the middle of three points on one line, so corners are only real turns. */
export function simplify(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
    const before = kept[kept.length - 2];
    if (before && last && collinear(before, last, point)) kept.pop();
    kept.push(point);
  }
  return kept;
}

const collinear = (a: Point, b: Point, c: Point): boolean =>
  (Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - c.x) < 0.01) ||
  (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - c.y) < 0.01);

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
