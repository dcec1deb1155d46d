import { slipDays } from '../model/analysis.js';
import { parseDate } from '../model/dates.js';
import type { Item } from '../model/types.js';
import type { ItemBox, LayoutMetrics, MeasureText } from './layout.js';
import type { TimeScale } from './scale.js';

/** The owner chip's text: "Priya Nair · champion". */
export const ownerText = (item: Item): string => [item.owner, item.role].filter(Boolean).join(' · ');

export const CHIP_GAP = 8;
export const CHIP_PADDING = 12;
/** Room for the status glyph (check, pause, cross) at the start of a label. */
export const GLYPH_WIDTH = 16;
/** A bar is never narrower than this, however far out the zoom, so every step stays visible and clickable. */
export const MIN_BAR_WIDTH = 10;

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

/**
 * A step's shape and label, before it is given a row. The label is the status glyph and title, then the owner chip
 * and the slip pill, each only when shown; it goes inside a bar wide enough for the title (and the slip), else beside.
 */
export function measureItem(
  item: Item,
  scale: TimeScale,
  measure: MeasureText,
  metrics: LayoutMetrics,
): Omit<ItemBox, 'lane' | 'row' | 'y'> {
  const titleWidth = Math.ceil(measure(item.title)) + (statusGlyph(item) ? GLYPH_WIDTH : 0);
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
      labelWidth: titleWidth + ownerPart + slipPart,
      titleWidth,
      showOwner: owner !== '',
      slipWidth,
    };
  }
  const x = scale.x(parseDate(item.start));
  const width = Math.max(MIN_BAR_WIDTH, scale.x(parseDate(item.end) + 1) - x);
  const room = width - 2 * metrics.labelPadding;
  const labelInside = titleWidth + slipPart <= room;
  const showOwner = owner !== '' && (!labelInside || titleWidth + ownerPart + slipPart <= room);
  const labelWidth = titleWidth + (showOwner ? ownerPart : 0) + slipPart;
  const labelX = labelInside ? x + metrics.labelPadding : x + width + metrics.labelGap;
  return {
    item,
    x,
    width,
    height: metrics.barHeight,
    labelX,
    labelInside,
    labelWidth,
    titleWidth,
    showOwner,
    slipWidth,
  };
}
