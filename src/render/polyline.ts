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
  // Plain numbers and one string built up: a first render writes hundreds of these before the engine has warmed up.
  let d = `M${tenths(points[0]!.x)},${tenths(points[0]!.y)}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const prev = points[index - 1]!;
    const corner = points[index]!;
    const next = points[index + 1]!;
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const into = inLength || 1;
    const out = outLength || 1;
    d +=
      ` L${tenths(corner.x - ((corner.x - prev.x) / into) * r)},${tenths(corner.y - ((corner.y - prev.y) / into) * r)}` +
      ` Q${tenths(corner.x)},${tenths(corner.y)}` +
      ` ${tenths(corner.x + ((next.x - corner.x) / out) * r)},${tenths(corner.y + ((next.y - corner.y) / out) * r)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${tenths(last.x)},${tenths(last.y)}`;
}

const tenths = (value: number): number => Math.round(value * 10) / 10;
