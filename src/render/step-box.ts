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

/** A step's shape and label, before it is given a row: the label goes inside a bar wide enough for the title, else beside. */
export function measureItem(item: Item, scale: TimeScale, measure: MeasureText, metrics: LayoutMetrics): Omit<ItemBox, 'lane' | 'row' | 'y'> {
  const titleWidth = Math.ceil(measure(item.title)) + (statusGlyph(item) ? GLYPH_WIDTH : 0);
  const owner = metrics.ownerChips ? ownerText(item) : '';
  const ownerPart = owner ? CHIP_GAP + Math.ceil(measure(owner, true)) + CHIP_PADDING : 0;
  if (item.kind !== 'task') {
    const size = item.kind === 'decision' ? metrics.milestoneSize + 6 : metrics.milestoneSize;
    const center = scale.x(parseDate(item.start)) + scale.dayWidth / 2;
    const x = center - size / 2;
    const labelX = x + size + metrics.labelGap;
    return { item, x, width: size, height: size, labelX, labelInside: false, labelWidth: titleWidth + ownerPart, titleWidth, showOwner: owner !== '' };
  }
  const x = scale.x(parseDate(item.start));
  const width = Math.max(4, scale.x(parseDate(item.end) + 1) - x);
  const room = width - 2 * metrics.labelPadding;
  const labelInside = titleWidth <= room;
  const showOwner = owner !== '' && (!labelInside || titleWidth + ownerPart <= room);
  const labelWidth = titleWidth + (showOwner ? ownerPart : 0);
  const labelX = labelInside ? x + metrics.labelPadding : x + width + metrics.labelGap;
  return { item, x, width, height: metrics.barHeight, labelX, labelInside, labelWidth, titleWidth, showOwner };
}
