import { parseDate } from '../model/dates.js';
import type { Item, Party } from '../model/types.js';
import { firstFitRows } from './row-packing.js';
import type { TimeScale } from './scale.js';

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
  /** Owner chips beside outside labels; off when zoomed out so labels stay short and rows pack tightly. */
  ownerChips: boolean;
}

export const DEFAULT_METRICS: LayoutMetrics = {
  rowHeight: 38, barHeight: 26, lanePadding: 10, labelGap: 8, labelPadding: 10, rowGap: 10, milestoneSize: 20, minLaneHeight: 72, ownerChips: true,
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
  labelWidth: number;
  titleWidth: number;
  /** Whether the owner chip fits after the title. */
  showOwner: boolean;
}

export interface LaneBox {
  party: Party;
  index: number;
  y: number;
  height: number;
  rows: number;
  /** How many steps the lane holds. */
  count: number;
}

export interface PlanLayout {
  lanes: LaneBox[];
  items: ItemBox[];
  byId: Map<string, ItemBox>;
  height: number;
}

/** Measures a title (or, with `chip`, an owner chip's text) in pixels: canvas-backed in the element, fixed in tests. */
export type MeasureText = (text: string, chip?: boolean) => number;

/** The owner chip's text: "Priya Nair · champion". */
export const ownerText = (item: Item): string => [item.owner, item.role].filter(Boolean).join(' · ');

export const CHIP_GAP = 8;
export const CHIP_PADDING = 12;
/** Room for the status glyph (check, pause, cross) at the start of a label. */
export const GLYPH_WIDTH = 16;

export type StatusGlyph = 'done' | 'blocked' | 'progress' | 'cancelled';

export function statusGlyph(item: Item): StatusGlyph | undefined {
  switch (item.status) {
    case 'done': return 'done';
    case 'blocked': return 'blocked';
    case 'in-progress': return 'progress';
    case 'cancelled': return 'cancelled';
    default: return undefined;
  }
}

/**
 * Places every step: one lane per party in plan order; steps that would overlap (bar or label) inside a lane are
 * stacked into extra rows, first fit, in start order (see `firstFitRows`).
 */
export function layoutPlan(parties: readonly Party[], items: readonly Item[], scale: TimeScale, measure: MeasureText, metrics: LayoutMetrics = DEFAULT_METRICS): PlanLayout {
  const byParty = new Map<string, Item[]>(parties.map((party) => [party.id, []]));
  for (const item of items) byParty.get(item.partyId)?.push(item);

  const lanes: LaneBox[] = [];
  const boxes: ItemBox[] = [];
  let y = 0;
  parties.forEach((party, index) => {
    const laneItems = [...byParty.get(party.id)!].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const measured = laneItems.map((item) => measureItem(item, scale, measure, metrics));
    const packed = firstFitRows(measured.map((box) => ({ start: box.x, end: box.labelInside ? box.x + box.width : box.labelX + box.labelWidth })), metrics.rowGap);
    const rows = Math.max(1, packed.count);
    const height = Math.max(metrics.minLaneHeight, rows * metrics.rowHeight + 2 * metrics.lanePadding);
    measured.forEach((box, position) => {
      const row = packed.rows[position]!;
      const top = y + metrics.lanePadding + row * metrics.rowHeight + (metrics.rowHeight - box.height) / 2;
      boxes.push({ ...box, lane: index, row, y: top });
    });
    lanes.push({ party, index, y, height, rows, count: laneItems.length });
    y += height;
  });
  return { lanes, items: boxes, byId: new Map(boxes.map((box) => [box.item.id, box])), height: y };
}

export function measureItem(item: Item, scale: TimeScale, measure: MeasureText, metrics: LayoutMetrics): Omit<ItemBox, 'lane' | 'row' | 'y'> {
  const titleWidth = Math.ceil(measure(item.title)) + (statusGlyph(item) ? GLYPH_WIDTH : 0);
  const owner = metrics.ownerChips ? ownerText(item) : '';
  const withOwner = owner ? titleWidth + CHIP_GAP + Math.ceil(measure(owner, true)) + CHIP_PADDING : titleWidth;
  if (item.kind !== 'task') {
    const size = item.kind === 'decision' ? metrics.milestoneSize + 6 : metrics.milestoneSize;
    const center = scale.x(parseDate(item.start)) + scale.dayWidth / 2;
    const x = center - size / 2;
    const labelX = x + size + metrics.labelGap;
    return { item, x, width: size, height: size, labelX, labelInside: false, labelWidth: withOwner, titleWidth, showOwner: owner !== '' };
  }
  const x = scale.x(parseDate(item.start));
  const width = Math.max(4, scale.x(parseDate(item.end) + 1) - x);
  const room = width - 2 * metrics.labelPadding;
  const labelInside = titleWidth <= room;
  const showOwner = owner !== '' && (!labelInside || withOwner <= room);
  const labelWidth = showOwner ? withOwner : titleWidth;
  const labelX = labelInside ? x + metrics.labelPadding : x + width + metrics.labelGap;
  return { item, x, width, height: metrics.barHeight, labelX, labelInside, labelWidth, titleWidth, showOwner };
}
