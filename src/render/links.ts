import { svg } from 'lit';
import type { ItemBox, PlanLayout, LayoutMetrics } from './layout.js';
import { linkMeets } from './layout-index.js';
import type { Extent } from './spatial-index.js';
import { roundedPath, type Point } from './polyline.js';
import { routerFor } from './router-for.js';

export interface LinkView {
  from: string;
  to: string;
  /** `linkKey(from, to)`, made once per arrow drawn rather than on every render that lists it. */
  key: string;
  /** The route's corner points, which the drawn path rounds: what a pointer is tested against (see `linkNear`). */
  points: readonly Point[];
  d: string;
  /** The arrowhead at the line's end, a closed triangle filled in the line's colour. */
  head: string;
  violated: boolean;
  selected: boolean;
}

/**
 * Arrow geometry for every dependency whose two ends are laid out (hidden steps take their arrows with them), or for
 * the `candidates` given, that may show in `view` (see `linkMeets`).
 */
export function linkViews(
  layout: PlanLayout,
  metrics: LayoutMetrics,
  state: { violated: Set<string>; selectedLink?: string },
  view?: Extent,
  candidates?: readonly (readonly [ItemBox, ItemBox])[],
): LinkView[] {
  const views: LinkView[] = [];
  const router = routerFor(layout, metrics);
  const add = (from: ItemBox, box: ItemBox): void => {
    const fromId = from.item.id;
    const key = linkKey(fromId, box.item.id);
    const points = router.route(from, box);
    views.push({
      from: fromId,
      to: box.item.id,
      key,
      points,
      ...pathsOf(points),
      violated: state.violated.has(key),
      selected: state.selectedLink === key,
    });
  };
  if (candidates) {
    for (const [from, box] of candidates) if (!view || linkMeets(from, box, view)) add(from, box);
  } else {
    // Every arrow, in layout order: a layout drawn once has no index to ask. A first render asks this of every arrow
    // of the plan before its code is optimised: counted loops, and only arrows in view go on to `add`.
    const { items, byId } = layout;
    for (let index = 0; index < items.length; index += 1) {
      const box = items[index]!;
      const before = box.item.dependsOn;
      if (!before) continue;
      for (let at = 0; at < before.length; at += 1) {
        const from = byId.get(before[at]!);
        if (from && (!view || linkMeets(from, box, view))) add(from, box);
      }
    }
  }
  return views;
}

/** Route points are cached by the router, their path text here: every render of a layout reuses both. */
const paths = new WeakMap<readonly Point[], { d: string; head: string }>();

function pathsOf(points: readonly Point[]): { d: string; head: string } {
  let drawn = paths.get(points);
  if (drawn === undefined) paths.set(points, (drawn = { d: roundedPath(points), head: arrowHead(points) }));
  return drawn;
}

export const linkKey = (from: string, to: string): string => `${from}→${to}`;

/** How long an arrowhead is along its line, and how far it reaches to each side of it (px). */
const HEAD_LENGTH = 9.8;
const HEAD_HALF_WIDTH = 4.6;
/** How far the tip reaches past the line's end, so that the line's square end never shows beside it. */
const HEAD_OVERHANG = 0.7;

/**
 * The arrowhead of a route: a triangle pointing along its last segment, tip at its end. A path of its own rather
 * than an SVG marker: markers are painted apart from their line, and repainting them made a hover over a large plan
 * (which fades every arrow in view) three times as costly to paint.
 */
export function arrowHead(points: readonly Point[]): string {
  const end = points[points.length - 1];
  let before: Point | undefined;
  for (let index = points.length - 2; index >= 0 && !before; index -= 1) {
    const point = points[index]!;
    if (point.x !== end!.x || point.y !== end!.y) before = point;
  }
  if (!end || !before) return '';
  const length = Math.hypot(end.x - before.x, end.y - before.y);
  const [ux, uy] = [(end.x - before.x) / length, (end.y - before.y) / length];
  const tip = { x: end.x + ux * HEAD_OVERHANG, y: end.y + uy * HEAD_OVERHANG };
  const base = { x: tip.x - ux * HEAD_LENGTH, y: tip.y - uy * HEAD_LENGTH };
  const round = (value: number): number => Math.round(value * 10) / 10;
  const corner = (side: 1 | -1) =>
    `${round(base.x - uy * HEAD_HALF_WIDTH * side)},${round(base.y + ux * HEAD_HALF_WIDTH * side)}`;
  return `M${round(tip.x)},${round(tip.y)} L${corner(1)} L${corner(-1)} Z`;
}

/** The state words an arrow's parts carry besides `link` and `link-head`: `violated`, `selected`, both or none. */
export const linkStates = (link: Pick<LinkView, 'violated' | 'selected'>): string =>
  [link.violated && 'violated', link.selected && 'selected'].filter(Boolean).join(' ');

/**
 * An arrow as two nodes, its head and then its line over it, with no group and no hit path: a large view draws
 * hundreds of arrows, and the pointer finds them by their routes (see `linkNear`). The states are words of the `part`
 * (`link violated`, `link-head selected`), which the element's own style reads too.
 */
export function linkTemplate(link: LinkView) {
  const states = linkStates(link);
  return svg`<path class="link head" part=${`link-head ${states}`.trim()} d=${link.head}></path><path class="link line" part=${`link ${states}`.trim()} data-from=${link.from} data-to=${link.to} d=${link.d}></path>`;
}
