import type { Item, Party } from '../model/types.js';
import { firstFitRows } from './row-packing.js';
import { assignRows, type Footprint, type RowHint } from './rows.js';
import type { TimeScale } from './scale.js';
import { measureItem, placeBox, type MeasuredStep } from './step-box.js';

export interface LayoutMetrics {
  rowHeight: number;
  barHeight: number;
  lanePadding: number;
  /** Space between a bar and a label drawn beside it. */
  labelGap: number;
  /** Horizontal padding of a label drawn inside its bar. */
  labelPadding: number;
  /** Minimum empty space between two steps sharing a row. */
  rowGap: number;
  milestoneSize: number;
  /** A lane is never lower than this, so its header (name, side, open steps) always fits. */
  minLaneHeight: number;
  /** The height one party's lane head needs (its name may wrap); `minLaneHeight` for every lane without it. */
  headHeight?: ((party: Party) => number) | undefined;
  /** Owner chips beside outside labels; off when zoomed out so labels stay short and rows pack tightly. */
  ownerChips: boolean;
  /** The widest a step's title is shown; a longer one ends in an ellipsis (the whole title is in its tooltip). */
  maxTitleWidth: number;
  /**
   * The layout drawn before this one, at the same scale: steps that still fit keep their rows in it and lanes keep
   * their row count, so an edit never reshuffles the steps it did not touch, and the frozen steps it left alone keep
   * their boxes (see `reusableBoxes`). Without it, rows are packed afresh.
   */
  keepRowsOf?: PlanLayout | undefined;
}

/** About 50 characters of the label font at type scale 1: a title of a sentence, not a paragraph. */
export const MAX_TITLE_WIDTH = 340;

export const DEFAULT_METRICS: LayoutMetrics = {
  rowHeight: 38,
  barHeight: 26,
  lanePadding: 10,
  labelGap: 8,
  labelPadding: 10,
  rowGap: 10,
  milestoneSize: 20,
  minLaneHeight: 72,
  ownerChips: true,
  maxTitleWidth: MAX_TITLE_WIDTH,
};

export interface ItemBox {
  item: Item;
  lane: number;
  row: number;
  x: number;
  width: number;
  /** Top of the bar. */
  y: number;
  height: number;
  /** Where the label starts, and whether it sits inside the bar. */
  labelX: number;
  labelInside: boolean;
  /** The whole label: status glyph and title, then the owner chip and the slip pill when shown. */
  labelWidth: number;
  /** The title as shown: shortened with an ellipsis past `maxTitleWidth`. */
  title: string;
  /** The status glyph and the title. */
  titleWidth: number;
  /** Whether the owner chip fits after the title. */
  showOwner: boolean;
  /** Width of the slip pill ("+5d") at the end of the label; 0 without one. */
  slipWidth: number;
  /** A joint step's other parties, drawn as chips after the title; undefined for a step of one party. */
  joint: JointChip[] | undefined;
}

export interface JointChip {
  party: Party;
  width: number;
}

export interface LaneBox {
  party: Party;
  index: number;
  y: number;
  height: number;
  rows: number;
  /** How many steps the lane holds: `layout.items` lists them together, from `first` on. */
  count: number;
  first: number;
}

export interface PlanLayout {
  lanes: LaneBox[];
  items: ItemBox[];
  byId: ReadonlyMap<string, ItemBox>;
  height: number;
  /** The step list laid out, for what is derived from its links and kept per list (see graph.ts). */
  steps?: readonly Item[];
  /**
   * A gesture's preview: the committed layout it was derived from and the steps it moved (every other box is the
   * committed one, and `items` lists the steps in the committed order), so the preview reuses the committed
   * layout's arrow routes and index.
   */
  previewOf?: { layout: PlanLayout; moved: ReadonlySet<string> };
  /** The x of the date lines drawn across the lanes (today, target, projected): arrows avoid detouring across them. */
  dateLines?: readonly number[];
}

/** Measures a title (or, with `chip`, an owner chip's text) in pixels: canvas-backed in the element, fixed in tests. */
export type MeasureText = (text: string, chip?: boolean) => number;

/**
 * Places every step: one lane per party in plan order; steps that would overlap (bar or label) inside a lane are
 * stacked into extra rows, first fit in start order (see `firstFitRows`), or where `metrics.keepRowsOf` had them
 * (see rows.ts).
 */
export function layoutPlan(
  parties: readonly Party[],
  items: readonly Item[],
  scale: TimeScale,
  measure: MeasureText,
  metrics: LayoutMetrics = DEFAULT_METRICS,
): PlanLayout {
  const byParty = new Map<string, Item[]>(parties.map((party) => [party.id, []]));
  const partyById = new Map(parties.map((party) => [party.id, party]));
  for (const item of items) byParty.get(item.partyId)?.push(item);
  const hints = rowHints(metrics.keepRowsOf);
  const measuring: Measuring = {
    startDay: scale.startDay,
    dayWidth: scale.dayWidth,
    measure,
    // The values alone: the metrics hold the layout before, which a layout must not keep alive.
    sizes: MEASURED_BY.map((key) => metrics[key]),
    parties,
  };
  const known = reusableBoxes(metrics.keepRowsOf, measuring);

  const lanes: LaneBox[] = [];
  const boxes: ItemBox[] = [];
  let y = 0;
  parties.forEach((party, index) => {
    const laneItems = [...byParty.get(party.id)!].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const measured = laneItems.map((item): MeasuredStep => {
      const before = known?.get(item.id);
      return before?.item === item && Object.isFrozen(item)
        ? before
        : measureItem(item, scale, measure, metrics, partyById);
    });
    const footprints = measured.map((box): Footprint => ({
      item: box.item,
      start: box.x,
      end: box.labelInside ? box.x + box.width : box.labelX + box.labelWidth,
    }));
    const lane = hints?.get(party.id);
    // Without a previous layout to keep, plain first fit, which stays n log n on a lane of 50,000 overlapping steps.
    const { rows: placed, count } = lane
      ? assignRows(footprints, metrics.rowGap, lane.rows, lane.count)
      : firstFitRows(footprints, metrics.rowGap);
    const rows = Math.max(1, count);
    const first = boxes.length;
    const head = metrics.headHeight?.(party) ?? metrics.minLaneHeight;
    const height = Math.max(head, rows * metrics.rowHeight + 2 * metrics.lanePadding);
    measured.forEach((box, position) => {
      const row = placed[position]!;
      const top = y + metrics.lanePadding + row * metrics.rowHeight + (metrics.rowHeight - box.height) / 2;
      const before = known?.get(box.item.id);
      const kept = before === box && before.lane === index && before.row === row && before.y === top;
      boxes.push(kept ? before : placeBox(box, index, row, top));
    });
    lanes.push({ party, index, y, height, rows, count: laneItems.length, first });
    y += height;
  });
  const layout = {
    lanes,
    items: boxes,
    byId: new Map(boxes.map((box) => [box.item.id, box])),
    height: y,
    steps: items,
  };
  measuredWith.set(layout, measuring);
  return layout;
}

/** What a layout's boxes were measured with. */
interface Measuring {
  startDay: number;
  dayWidth: number;
  measure: MeasureText;
  /** The values of `MEASURED_BY`, in its order. */
  sizes: readonly unknown[];
  parties: readonly Party[];
}

const measuredWith = new WeakMap<PlanLayout, Measuring>();

/** The fields of the metrics that a step's measured box depends on (see `measureItem`). */
const MEASURED_BY: readonly (keyof LayoutMetrics)[] = [
  'barHeight',
  'labelGap',
  'labelPadding',
  'milestoneSize',
  'ownerChips',
  'maxTitleWidth',
];

/**
 * The boxes of the layout drawn before, when it was measured just as this one is: the same days, text measure,
 * metrics and party objects. A step an edit left alone is then the same frozen object (one that is not frozen may
 * have been changed in place), and its box, or its measurement when its row moved, is taken as it is instead of
 * measuring its text again: an edit that moves one step of a large plan measures that step.
 */
function reusableBoxes(previous: PlanLayout | undefined, now: Measuring): ReadonlyMap<string, ItemBox> | undefined {
  const then = previous && measuredWith.get(previous);
  if (!then) return undefined;
  const same =
    then.measure === now.measure &&
    then.startDay === now.startDay &&
    then.dayWidth === now.dayWidth &&
    then.sizes.every((value, index) => value === now.sizes[index]) &&
    then.parties.length === now.parties.length &&
    then.parties.every((party, index) => party === now.parties[index]);
  return same ? previous.byId : undefined;
}

/** The previous layout's rows, per party: where each step sat and how many rows the lane had. */
function rowHints(previous: PlanLayout | undefined) {
  if (!previous) return undefined;
  const lanes = new Map<string, { rows: Map<string, RowHint>; count: number }>();
  for (const lane of previous.lanes) lanes.set(lane.party.id, { rows: new Map(), count: lane.rows });
  for (const box of previous.items)
    lanes.get(box.item.partyId)?.rows.set(box.item.id, { item: box.item, row: box.row });
  return lanes;
}
