import type { ItemBox, PlanLayout } from './layout.js';
import { GridIndex, type Extent } from './spatial-index.js';

/** What a step covers on screen, as the culling of steps reads it: the bar, its label, and a margin below. */
export const stepExtent = (box: ItemBox): Extent => ({
  left: box.x,
  right: box.labelInside ? box.x + box.width : box.labelX + box.labelWidth + 24,
  top: box.y,
  bottom: box.y + box.height + 12,
});

/** Room an arrow's turns may take around the box of its two ends (px). */
const TURNS = { side: 20, above: 20, below: 40 };

/** What an arrow between two steps may cover: the box around its two ends, with room for its turns. */
export const linkExtent = (from: ItemBox, to: ItemBox): Extent => ({
  left: Math.min(from.x, to.x) - TURNS.side,
  right: Math.max(from.x + from.width, to.x + to.width) + TURNS.side,
  top: Math.min(from.y, to.y) - TURNS.above,
  bottom: Math.max(from.y, to.y) + TURNS.below,
});

/**
 * Whether `linkExtent` meets `view`, without making the box: a first render, which has no index yet, asks this of
 * every arrow in the plan.
 */
export const linkMeets = (from: ItemBox, to: ItemBox, view: Extent): boolean =>
  Math.max(from.x + from.width, to.x + to.width) + TURNS.side >= view.left &&
  Math.min(from.x, to.x) - TURNS.side <= view.right &&
  Math.max(from.y, to.y) + TURNS.below >= view.top &&
  Math.min(from.y, to.y) - TURNS.above <= view.bottom;

interface LayoutIndex {
  steps: GridIndex;
  links: GridIndex;
  /**
   * The two ends of every arrow whose two ends are laid out, as positions in `layout.items` (arrow n runs from
   * `ends[2n]` to `ends[2n + 1]`), in the order the layout lists them (each step's `dependsOn` in order).
   */
  ends: number[];
  /**
   * The arrows into and out of each step, by the step's position: those of step p are
   * `linkList[linkStart[p]]` up to `linkList[linkStart[p + 1]]` (two flat arrays rather than an array per step).
   */
  linkStart: Int32Array;
  linkList: Int32Array;
  /** Where each step is in `layout.items`. */
  position: Map<string, number>;
}

const indexes = new WeakMap<PlanLayout, LayoutIndex>();
/**
 * How many times each layout not yet indexed was drawn. A layout's first frame and the frame that adds the margin
 * around it pass over its steps and arrows once each, which costs far less than indexing them: it is indexed when it
 * is drawn a third time (a click, a scroll) or a drag previews a change of it, or before, once the page rests (see
 * `indexLayout`).
 */
const drawings = new WeakMap<PlanLayout, number>();
const DRAWINGS_UNINDEXED = 2;

/** Indexes a layout ahead of its next drawing, when nothing else needs the time; nothing if it is indexed already. */
export function indexLayout(layout: PlanLayout): void {
  indexOf(layout);
}

export const isIndexed = (layout: PlanLayout): boolean => indexes.has(layout);

/** Where each step's box is in `layout.items`, from the layout's index (made now if it has none yet). */
export const boxPlaces = (layout: PlanLayout): ReadonlyMap<string, number> => indexOf(layout).position;

function indexOf(layout: PlanLayout): LayoutIndex {
  let index = indexes.get(layout);
  if (index) return index;
  const { items } = layout;
  const steps = new GridIndex();
  const links = new GridIndex();
  const position = new Map<string, number>();
  for (const box of items) position.set(box.item.id, steps.add(stepExtent(box)));
  // Arrow n is numbered in the order found here, which is the order `links` adds them in.
  const ends: number[] = [];
  for (let to = 0; to < items.length; to += 1) {
    const box = items[to]!;
    for (const fromId of box.item.dependsOn ?? []) {
      const from = position.get(fromId);
      if (from === undefined) continue;
      links.add(linkExtent(items[from]!, box));
      ends.push(from, to);
    }
  }
  // Each arrow is listed under both its ends: count them per step, then fill each step's run in arrow order.
  const linkStart = new Int32Array(items.length + 1);
  for (const end of ends) linkStart[end + 1]! += 1;
  for (let step = 0; step < items.length; step += 1) linkStart[step + 1]! += linkStart[step]!;
  const linkList = new Int32Array(ends.length);
  const filled = linkStart.slice(0, items.length);
  for (let end = 0; end < ends.length; end += 1) linkList[filled[ends[end]!]!++] = end >> 1;
  index = { steps, links, ends, linkStart, linkList, position };
  indexes.set(layout, index);
  return index;
}

/**
 * The entries of `layout` near a view, in layout order, from the index of the committed layout: a preview moves only
 * a few steps, so its index is the committed one with the moved steps (and their arrows) always in the running.
 */
function near(
  layout: PlanLayout,
  view: Extent,
  kind: 'steps' | 'links',
): { index: LayoutIndex; found: number[] } | undefined {
  const committed = layout.previewOf?.layout ?? layout;
  if (committed === layout && !indexes.has(layout)) {
    const drawn = drawings.get(layout) ?? 0;
    if (drawn < DRAWINGS_UNINDEXED) {
      // A drawing asks for its steps, then its arrows: the arrows count it.
      if (kind === 'links') drawings.set(layout, drawn + 1);
      return undefined;
    }
  }
  const index = indexOf(committed);
  const found = index[kind].near(view);
  const moved = layout.previewOf?.moved;
  if (!moved || moved.size === 0) return { index, found };
  const extra = new Set<number>();
  for (const id of moved) {
    const position = index.position.get(id);
    if (position === undefined) continue;
    if (kind === 'links')
      for (let at = index.linkStart[position]!; at < index.linkStart[position + 1]!; at += 1)
        extra.add(index.linkList[at]!);
    else extra.add(position);
  }
  for (const entry of found) extra.add(entry);
  return { index, found: [...extra].sort((a, b) => a - b) };
}

/**
 * The boxes of the steps that may be in view, in layout order, plus those named in `always` wherever they are. A
 * superset: callers still test each box against the view.
 */
export function stepsNear(layout: PlanLayout, view: Extent, always: readonly (string | undefined)[] = []): ItemBox[] {
  const nearby = near(layout, view, 'steps');
  if (!nearby) return layout.items;
  const { index, found } = nearby;
  const extra = always.map((id) => (id === undefined ? undefined : index.position.get(id)));
  const positions = extra.some((position) => position !== undefined && !found.includes(position))
    ? [...new Set([...found, ...extra.filter((position) => position !== undefined)])].sort((a, b) => a - b)
    : found;
  return positions.map((position) => layout.items[position]!).filter(Boolean);
}

/** The two ends of each arrow that may be in view, in layout order (a superset, like `stepsNear`); undefined: all. */
export function linksNear(layout: PlanLayout, view: Extent): [ItemBox, ItemBox][] | undefined {
  const nearby = near(layout, view, 'links');
  if (!nearby) return undefined;
  const { index, found } = nearby;
  const pairs: [ItemBox, ItemBox][] = [];
  // A preview lists its steps in the committed order, so the committed index's positions hold for it too.
  for (const link of found)
    pairs.push([layout.items[index.ends[2 * link]!]!, layout.items[index.ends[2 * link + 1]!]!]);
  return pairs;
}
