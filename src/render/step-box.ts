import { slipDays } from '../model/analysis.js';
import { parseDate } from '../model/dates.js';
import type { Item, Party } from '../model/types.js';
import type { ItemBox, JointChip, LayoutMetrics, MeasureText } from './layout.js';
import type { TimeScale } from './scale.js';

/** The owner chip's text: "Priya Nair · champion". */
export const ownerText = (item: Item): string => [item.owner, item.role].filter(Boolean).join(' · ');

export const CHIP_GAP = 8;
export const CHIP_PADDING = 12;
/** Room for the status glyph (check, pause, cross) at the start of a label. */
export const GLYPH_WIDTH = 16;
/** A bar is never narrower than this, however far out the zoom, so every step stays visible and clickable. */
export const MIN_BAR_WIDTH = 10;
/** A joint party's chip: a dot in its colour before its name; zoomed out, the dot alone. */
export const JOINT_DOT = 8;
export const JOINT_COMPACT_WIDTH = 16;

/** The chips of the other parties taking part in a joint step, each as wide as its name (or a dot, zoomed out). */
export function jointChips(
  item: Item,
  parties: ReadonlyMap<string, Party> | undefined,
  measure: MeasureText,
  metrics: LayoutMetrics,
): JointChip[] | undefined {
  if (!item.withPartyIds?.length || !parties) return undefined;
  const chips: JointChip[] = [];
  for (const id of item.withPartyIds) {
    const party = parties.get(id);
    if (!party || id === item.partyId) continue;
    const width = metrics.ownerChips
      ? Math.ceil(measure(party.name, true)) + CHIP_PADDING + JOINT_DOT + 5
      : JOINT_COMPACT_WIDTH;
    chips.push({ party, width });
  }
  return chips.length > 0 ? chips : undefined;
}

/** Room the joint chips take after the title, gaps included. */
export const jointWidth = (chips: readonly JointChip[] | undefined): number =>
  (chips ?? []).reduce((sum, chip) => sum + CHIP_GAP + chip.width, 0);

export type StatusGlyph = 'done' | 'blocked' | 'progress' | 'cancelled';

export function statusGlyph(item: Item): StatusGlyph | undefined {
  switch (item.status) {
    case 'done':
      return 'done';
    case 'blocked':
      return 'blocked';
    case 'in-progress':
      return 'progress';
    case 'cancelled':
      return 'cancelled';
    default:
      return undefined;
  }
}

/** The slip against the agreed end ("+5d" late, "-2d" early), or '' when it ends as agreed. */
export function slipText(item: Item): string {
  const slip = slipDays(item) ?? 0;
  return slip === 0 ? '' : slip > 0 ? `+${slip}d` : `${slip}d`;
}

/** The longest label a step's title gets on the timeline; the whole title is in its tooltip and the side panel. */
export const MAX_LABEL_CHARACTERS = 120;

/** A step's title as its label shows it: a title from another company's plan may be of any length. */
export const labelTitle = (title: string): string =>
  title.length > MAX_LABEL_CHARACTERS ? `${title.slice(0, MAX_LABEL_CHARACTERS - 1).trimEnd()}…` : title;

/** The text, shortened with an ellipsis to be at most `width` wide (as `measure` sets it). */
export function ellipsize(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/**
 * A step's title as its label shows it, at most `maxWidth` wide: a sentence-long title would otherwise run past the
 * view of a fitted plan or a presentation, cut mid-word at its edge, and push the steps after it into rows of their
 * own.
 */
export const shownTitle = (title: string, measure: MeasureText, maxWidth: number): string =>
  ellipsize(labelTitle(title), maxWidth, (text) => measure(text));

/**
 * A step's shape and label, before it is given a row. The label is the status glyph and title, then the chips of a
 * joint step's other parties, the owner chip and the slip pill, each only when shown; it goes inside a bar wide
 * enough for the title, the joint chips and the slip, else beside. `parties` names the joint chips.
 */
export function measureItem(
  item: Item,
  scale: TimeScale,
  measure: MeasureText,
  metrics: LayoutMetrics,
  parties?: ReadonlyMap<string, Party>,
): MeasuredStep {
  const joint = jointChips(item, parties, measure, metrics);
  const jointPart = jointWidth(joint);
  const title = shownTitle(item.title, measure, metrics.maxTitleWidth);
  const titleWidth = Math.ceil(measure(title)) + (statusGlyph(item) ? GLYPH_WIDTH : 0);
  const owner = metrics.ownerChips ? ownerText(item) : '';
  const ownerPart = owner ? CHIP_GAP + Math.ceil(measure(owner, true)) + CHIP_PADDING : 0;
  const slip = slipText(item);
  const slipWidth = slip ? Math.ceil(measure(slip, true)) + CHIP_PADDING : 0;
  const slipPart = slip ? CHIP_GAP + slipWidth : 0;
  if (item.kind !== 'task') {
    const size = item.kind === 'decision' ? metrics.milestoneSize + 6 : metrics.milestoneSize;
    const center = scale.x(parseDate(item.start)) + scale.dayWidth / 2;
    const x = center - size / 2;
    const labelX = x + size + metrics.labelGap;
    return {
      item,
      x,
      width: size,
      height: size,
      labelX,
      labelInside: false,
      labelWidth: titleWidth + jointPart + ownerPart + slipPart,
      title,
      titleWidth,
      showOwner: owner !== '',
      slipWidth,
      joint,
    };
  }
  const x = scale.x(parseDate(item.start));
  const width = Math.max(MIN_BAR_WIDTH, scale.x(parseDate(item.end) + 1) - x);
  const room = width - 2 * metrics.labelPadding;
  const labelInside = titleWidth + jointPart + slipPart <= room;
  const showOwner = owner !== '' && (!labelInside || titleWidth + jointPart + ownerPart + slipPart <= room);
  const labelWidth = titleWidth + jointPart + (showOwner ? ownerPart : 0) + slipPart;
  const labelX = labelInside ? x + metrics.labelPadding : x + width + metrics.labelGap;
  return {
    item,
    x,
    width,
    height: metrics.barHeight,
    labelX,
    labelInside,
    labelWidth,
    title,
    titleWidth,
    showOwner,
    slipWidth,
    joint,
  };
}

/** What `measureItem` works out for a step, before it is given a row. */
export type MeasuredStep = Omit<ItemBox, 'lane' | 'row' | 'y'>;

/**
 * A measured step placed in a row. Every box is built by this one literal, with every field present in the same
 * order: a box spread from a measured step with optional fields made objects of many shapes, which made every later
 * read of a box (routing, culling, drawing) a slow lookup and the spread itself cost most of a layout.
 */
export function placeBox(step: MeasuredStep, lane: number, row: number, y: number): ItemBox {
  return {
    item: step.item,
    lane,
    row,
    x: step.x,
    width: step.width,
    y,
    height: step.height,
    labelX: step.labelX,
    labelInside: step.labelInside,
    labelWidth: step.labelWidth,
    title: step.title,
    titleWidth: step.titleWidth,
    showOwner: step.showOwner,
    slipWidth: step.slipWidth,
    joint: step.joint,
  };
}
