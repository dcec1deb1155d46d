import { explainOverdue, verdictFor, type Verdict } from '../model/analysis.js';
import { planForAudience, type Audience } from '../model/audience.js';
import { cascade } from '../model/cascade.js';
import { projectItem, projectSchedule } from '../model/projection.js';
import { parseDate } from '../model/dates.js';
import { dependentsIndex, idPositions, placeIn, violates } from '../model/graph.js';
import type { Item, Plan } from '../model/types.js';
import type { ItemBox, LaneBox, PlanLayout } from './layout.js';
import { measureItem, placeBox, type MeasuredStep } from './step-box.js';
import { linkKey } from './links.js';
import { boxPlaces } from './layout-index.js';
import { markers, pillReach } from './markers.js';
import { FIT_MARGIN, PILL_ROOM, stepRight } from './fit.js';
import { drawnPast, drawnTo } from './scale.js';
import { wholeAxis } from './ticks.js';
import type { Scene } from './view-model.js';

/**
 * The scene of a drag in progress, derived from the committed one instead of laid out again: moved steps keep their
 * lane and row and only change their x, so nothing is re-measured or re-stacked; the rest is a few linear passes.
 * Returns undefined when the gesture needs a real layout: a step moved before the first day drawn (every x would
 * change), or changed lane (unless `acrossLanes`, which shows it in a free row of its new lane). A step moved past the
 * last day drawn draws more days.
 */
export function previewScene(
  committed: Scene,
  plan: Plan,
  audience: Audience,
  changedIds: readonly string[],
  { acrossLanes = false }: { acrossLanes?: boolean } = {},
): Scene | undefined {
  const shown = planForAudience(plan, audience);
  const items = shown.items;
  const changedItems = itemsByIdAmong(committed.items, items, changedIds);
  // A step the gesture left alone is the committed step object: only the changed ones are looked up in the preview.
  const itemOf = (id: string): Item | undefined => changedItems.get(id) ?? committed.layout.byId.get(id)?.item;
  const boxes = new Map<string, ItemBox>();
  const lanes = new Map(committed.layout.lanes.map((lane) => [lane.party.id, lane]));
  const parties = new Map(committed.layout.lanes.map((lane) => [lane.party.id, lane.party]));
  // A step that changed lane takes a free row among the steps of its new lane as the preview shows them (pushed
  // ones included), so it is placed once every other step is.
  const changedLane: [MeasuredStep, LaneBox][] = [];
  // A step moved past the days drawn draws more of them: every day keeps its x, so nothing else moves.
  let scale = committed.scale;
  for (const item of changedItems.values()) scale = drawnTo(scale, parseDate(item.end) + 1);
  for (const id of changedIds) {
    const item = changedItems.get(id);
    const before = committed.layout.byId.get(id);
    if (!item || !before) continue;
    const lane = lanes.get(item.partyId);
    if (
      !lane ||
      (item.partyId !== before.item.partyId && !acrossLanes) ||
      parseDate(item.start) < committed.scale.startDay
    ) {
      return undefined;
    }
    const placed = measureItem(item, scale, committed.measure, committed.metrics, parties);
    if (item.partyId === before.item.partyId)
      boxes.set(id, placeBox(placed, before.lane, before.row, before.y + (before.height - placed.height) / 2));
    else changedLane.push([placed, lane]);
  }
  for (const [placed, lane] of changedLane) boxes.set(placed.item.id, inOtherLane(committed, boxes, placed, lane));
  const moved = new Set(boxes.keys());
  const verdict = previewVerdict(committed, shown, changedItems, changedIds);
  let markerList = markers(scale, committed.today, verdict, committed.measure, shown);
  // What moved past the committed content (a step dragged later, the projected finish with it) widens it, and the
  // days drawn go on past it, so that the view can scroll on to it (as a drag held at the edge does).
  let reach = pillReach(markerList);
  for (const box of boxes.values()) reach = Math.max(reach, stepRight(box));
  const drawnOn = drawnPast(scale, reach, PILL_ROOM);
  if (drawnOn !== scale) {
    scale = drawnOn;
    markerList = markers(scale, committed.today, verdict, committed.measure, shown);
  }
  const layout: PlanLayout = {
    ...committed.layout,
    items: withBoxes(committed.layout, boxes),
    byId: new BoxesOver(committed.layout.byId, boxes),
    previewOf: { layout: committed.layout, moved },
  };
  return {
    ...committed,
    plan: shown,
    items,
    scale,
    contentWidth: Math.min(scale.width, Math.max(committed.contentWidth, reach + FIT_MARGIN)),
    layout,
    tiers: scale === committed.scale ? committed.tiers : wholeAxis(scale, shown.calendar),
    ...(verdict ? { verdict } : {}),
    markers: markerList,
    violated: previewViolations(committed, itemOf, changedIds),
  };
}

/**
 * The steps named in `ids`, from `items`, a list in the order of `committedItems` (a gesture changes dates and lanes,
 * never the order of the steps): found where the committed list holds them (see `placeIn`), without a map of the
 * whole list.
 */
function itemsByIdAmong(
  committedItems: readonly Item[],
  items: readonly Item[],
  ids: readonly string[],
): Map<string, Item> {
  const placeOf = placeIn(items, committedItems);
  const found = new Map<string, Item>();
  for (const id of ids) {
    const place = placeOf(id);
    if (place !== undefined) found.set(id, items[place]!);
  }
  return found;
}

/**
 * The committed layout's boxes in its order, with the moved ones in their places: one copy, no lookup per step. The
 * places come from the committed layout's index, which a drag's frames ask for anyway to find what is in view.
 */
function withBoxes(layout: PlanLayout, moved: ReadonlyMap<string, ItemBox>): ItemBox[] {
  const items = layout.items.slice();
  const places = boxPlaces(layout);
  for (const [id, box] of moved) items[places.get(id)!] = box;
  return items;
}

/** The committed layout's boxes by id, with the moved ones over them: nothing copied per frame. */
class BoxesOver implements ReadonlyMap<string, ItemBox> {
  constructor(
    private readonly base: ReadonlyMap<string, ItemBox>,
    private readonly over: ReadonlyMap<string, ItemBox>,
  ) {}

  get size(): number {
    return this.base.size;
  }

  get(id: string): ItemBox | undefined {
    return this.over.get(id) ?? this.base.get(id);
  }

  has(id: string): boolean {
    return this.base.has(id);
  }

  *entries(): MapIterator<[string, ItemBox]> {
    for (const [id, box] of this.base) yield [id, this.over.get(id) ?? box];
  }

  *keys(): MapIterator<string> {
    yield* this.base.keys();
  }

  *values(): MapIterator<ItemBox> {
    for (const [, box] of this.entries()) yield box;
  }

  [Symbol.iterator](): MapIterator<[string, ItemBox]> {
    return this.entries();
  }

  forEach(callback: (box: ItemBox, id: string, map: ReadonlyMap<string, ItemBox>) => void): void {
    for (const [id, box] of this.entries()) callback(box, id, this);
  }
}

/**
 * The committed scene's violated links, with those into and out of the changed steps checked again: a drag changes
 * dates, never links, so no other link can change state (and checking every link of a large plan cost each frame).
 */
function previewViolations(
  committed: Scene,
  itemOf: (id: string) => Item | undefined,
  changedIds: readonly string[],
): Set<string> {
  const violated = new Set(committed.violated);
  const dependents = dependentsIndex(committed.items);
  const check = (fromId: string, toId: string): void => {
    const [from, to] = [itemOf(fromId), itemOf(toId)];
    if (from && to && violates(from, to)) violated.add(linkKey(fromId, toId));
    // A plan with no broken link, the usual one, names none of the links a drag carries along.
    else if (violated.size > 0) violated.delete(linkKey(fromId, toId));
  };
  for (const id of changedIds) {
    for (const fromId of itemOf(id)?.dependsOn ?? []) check(fromId, id);
    for (const toId of dependents.get(id) ?? []) check(id, toId);
  }
  return violated;
}

/**
 * A step dragged into another lane, shown in the first of that lane's rows where it overlaps none of the steps as
 * the preview shows them (`shown`: those it pushed have moved), else in its last row, instead of laying the lanes out
 * again on every frame; the drop lays them out for real.
 */
function inOtherLane(
  committed: Scene,
  shown: ReadonlyMap<string, ItemBox>,
  placed: MeasuredStep,
  lane: LaneBox,
): ItemBox {
  const { metrics } = committed;
  const start = placed.x - metrics.rowGap;
  const end = (placed.labelInside ? placed.x + placed.width : placed.labelX + placed.labelWidth) + metrics.rowGap;
  const taken = new Set<number>();
  for (const committedBox of laneBoxes(committed.layout)[lane.index] ?? []) {
    const other = shown.get(committedBox.item.id) ?? committedBox;
    const otherEnd = other.labelInside ? other.x + other.width : other.labelX + other.labelWidth;
    if (other.x < end && otherEnd > start) taken.add(other.row);
  }
  let row = 0;
  while (row < lane.rows - 1 && taken.has(row)) row += 1;
  const y = lane.y + metrics.lanePadding + row * metrics.rowHeight + (metrics.rowHeight - placed.height) / 2;
  return placeBox(placed, lane.index, row, y);
}

const byLane = new WeakMap<PlanLayout, ItemBox[][]>();

/** A layout's boxes per lane, indexed once per layout. */
function laneBoxes(layout: PlanLayout): ItemBox[][] {
  let lanes = byLane.get(layout);
  if (!lanes) {
    lanes = layout.lanes.map(() => []);
    for (const box of layout.items) lanes[box.lane]?.push(box);
    byLane.set(layout, lanes);
  }
  return lanes;
}

/** The projected finish, cascading only from the moved steps over the committed plan's projected schedule. */
function previewVerdict(
  committed: Scene,
  plan: Plan,
  changedItems: ReadonlyMap<string, Item>,
  changedIds: readonly string[],
): Verdict | undefined {
  const { today } = committed;
  const { calendar } = plan;
  // The projected schedule lists the steps in the committed order: the changed ones are put in their places.
  const projected = projectSchedule(committed.items, today, calendar).slice();
  const places = idPositions(committed.items);
  for (const [id, item] of changedItems) {
    const place = places.get(id);
    if (place !== undefined) projected[place] = projectItem(item, today, calendar);
  }
  return explainOverdue(
    plan,
    verdictFor(plan, cascade(projected, changedIds, committed.items, calendar)),
    today,
    plan.items,
  );
}
