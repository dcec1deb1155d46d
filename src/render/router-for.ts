// Which router draws a layout's arrows: its own, or, for a gesture's preview, the committed layout's.
import type { ItemBox, LayoutMetrics, PlanLayout } from './layout.js';
import type { Point } from './polyline.js';
import { ArrowRouter } from './routes.js';

/** Finds the corner points of the arrow between two laid-out steps. */
export interface Router {
  route(from: ItemBox, to: ItemBox): Point[];
}

/**
 * Arrows of a gesture's preview, one frame of a drag: an arrow between two steps the gesture left in place keeps the
 * committed layout's route; an arrow to or from a moved step is sketched. Routing every arrow in view afresh on
 * every frame is what made drags stutter; the preview's arrows are routed properly once the drop is committed.
 */
class PreviewRouter implements Router {
  constructor(
    private readonly committed: ArrowRouter,
    private readonly moved: ReadonlySet<string>,
  ) {}

  route(from: ItemBox, to: ItemBox): Point[] {
    return this.moved.has(from.item.id) || this.moved.has(to.item.id)
      ? this.committed.sketch(from, to)
      : this.committed.route(from, to);
  }
}

/**
 * The first frame after a drop routes nothing: the moved steps' arrows are sketched as the drag drew them, and an
 * arrow between steps the drop left in place keeps the route it had before, moved up or down with its rows when both
 * ends moved alike (a lane above may have gained a row); else it is sketched too. Routing thousands of arrows before
 * that frame is what made a drop in a large plan slow.
 */
class DropRouter implements Router {
  constructor(
    private readonly own: ArrowRouter,
    private readonly moved: ReadonlySet<string>,
    private readonly before?: { layout: PlanLayout; router: Router },
  ) {}

  route(from: ItemBox, to: ItemBox): Point[] {
    const before = this.before;
    if (!before || this.moved.has(from.item.id) || this.moved.has(to.item.id)) return this.own.sketch(from, to);
    const [wasFrom, wasTo] = [before.layout.byId.get(from.item.id), before.layout.byId.get(to.item.id)];
    if (!wasFrom || !wasTo || !sameSpan(wasFrom, from) || !sameSpan(wasTo, to)) return this.own.sketch(from, to);
    const dy = from.y - wasFrom.y;
    if (to.y - wasTo.y !== dy) return this.own.sketch(from, to);
    const points = before.router.route(wasFrom, wasTo);
    return dy === 0 ? points : points.map((point) => ({ x: point.x, y: point.y + dy }));
  }
}

/** Whether a step's box kept its place in time and its size. */
const sameSpan = (a: ItemBox, b: ItemBox): boolean => a.x === b.x && a.width === b.width && a.height === b.height;

const routers = new WeakMap<PlanLayout, Router>();

/** Committed layouts drawn once as the first frame after a drop (see `DropRouter`), until routed. */
const sketching = new WeakMap<PlanLayout, { moved: ReadonlySet<string>; before?: PlanLayout | undefined }>();

/**
 * Draws the arrows of `moved` sketched in `layout`, and the others as `before` (the layout it replaces) drew them,
 * until `routeSketchedArrows` is called for it.
 */
export function sketchArrowsOf(layout: PlanLayout, moved: ReadonlySet<string>, before?: PlanLayout): void {
  sketching.set(layout, { moved, before });
}

export function routeSketchedArrows(layout: PlanLayout): void {
  sketching.delete(layout);
}

export const sketchesArrows = (layout: PlanLayout): boolean => sketching.has(layout);

/** The router of a layout: its own, or for the first frame after a drop, one that draws it quickly (see `DropRouter`). */
export function routerFor(layout: PlanLayout, metrics: LayoutMetrics): Router {
  const router = ownRouter(layout, metrics);
  const drop = sketching.get(layout);
  if (!drop || !(router instanceof ArrowRouter)) return router;
  const before = drop.before && { layout: drop.before, router: ownRouter(drop.before, metrics) };
  return new DropRouter(router, drop.moved, before);
}

/** Made on first use: layouts are immutable, so its routes hold as long as it lives. */
function ownRouter(layout: PlanLayout, metrics: LayoutMetrics): Router {
  let router = routers.get(layout);
  if (!router) {
    const { previewOf } = layout;
    router = previewOf
      ? new PreviewRouter(committedRouter(previewOf.layout, metrics), previewOf.moved)
      : new ArrowRouter(layout, metrics);
    routers.set(layout, router);
  }
  return router;
}

function committedRouter(layout: PlanLayout, metrics: LayoutMetrics): ArrowRouter {
  const router = ownRouter(layout, metrics);
  return router instanceof ArrowRouter ? router : new ArrowRouter(layout, metrics);
}
