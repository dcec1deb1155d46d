import type { ItemBox, PlanLayout } from './layout.js';
import { stepsNear } from './layout-index.js';

/** A rectangle in timeline coordinates. */
export interface ViewRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const inView = (box: ItemBox, view: ViewRect): boolean => {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= view.left && x <= view.right && y >= view.top && y <= view.bottom;
};

/**
 * The step that holds the timeline's one Tab stop. With `visible` (the part of the timeline on screen), Tab lands on
 * something the user can see: the focused step while it is in view, else the earliest step in view (top first on
 * the same day). Without it (focus is on a step already, or nothing is measured yet), the focused step, else the
 * first one. Undefined only for a plan without steps.
 */
export function tabStop(layout: PlanLayout, focused: string | undefined, visible?: ViewRect): string | undefined {
  const current = focused ? layout.byId.get(focused) : undefined;
  if (current && (!visible || inView(current, visible))) return current.item.id;
  if (visible) {
    let best: ItemBox | undefined;
    for (const box of stepsNear(layout, visible)) {
      if (inView(box, visible) && (!best || box.x < best.x || (box.x === best.x && box.y < best.y))) best = box;
    }
    if (best) return best.item.id;
  }
  return current?.item.id ?? layout.items[0]?.item.id;
}
