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

const routers = new WeakMap<PlanLayout, Router>();

/**
 * Committed layouts drawn once with the arrows of the steps a drop moved still sketched, as the drag drew them:
 * routing them all (thousands, in a large plan) before the first frame after the drop is what made the drop slow.
 */
const sketching = new WeakMap<PlanLayout, ReadonlySet<string>>();

/** Draws the arrows of `moved` sketched in `layout` until `routeSketchedArrows` is called for it. */
export function sketchArrowsOf(layout: PlanLayout, moved: ReadonlySet<string>): void {
  sketching.set(layout, moved);
}

export function routeSketchedArrows(layout: PlanLayout): void {
  sketching.delete(layout);
}

export const sketchesArrows = (layout: PlanLayout): boolean => sketching.has(layout);

/** The router of a layout: its own, sketching the arrows of the steps a drop just moved (see `sketchArrowsOf`). */
export function routerFor(layout: PlanLayout, metrics: LayoutMetrics): Router {
  const router = ownRouter(layout, metrics);
  const moved = sketching.get(layout);
  return moved && router instanceof ArrowRouter ? new PreviewRouter(router, moved) : router;
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
