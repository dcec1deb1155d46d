import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { nextWorkday } from '../model/calendar.js';
import { addDays, formatShortDate } from '../model/dates.js';
import type { Calendar, Item } from '../model/types.js';
import { durationText, snapText } from './duration.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from './geometry.js';
import type { ItemBox, MeasureText } from './layout.js';
import type { Scene } from './view-model.js';

/** The line drawn from a step's link handle to the pointer (in page coordinates) while a link is being made. */
export function rubberBand(scene: Scene, box: ItemBox, pointer: { x: number; y: number }, body: DOMRect) {
  const x1 = HEAD_WIDTH + box.x + box.width + 7;
  const y1 = AXIS_HEIGHT + box.y + box.height / 2;
  const x2 = HEAD_WIDTH + pointer.x - body.left;
  const y2 = AXIS_HEIGHT + pointer.y - body.top;
  const size = { width: `${HEAD_WIDTH + scene.scale.width}px`, height: `${AXIS_HEIGHT + scene.layout.height}px` };
  return html`<svg class="rubber-band" style=${styleMap(size)}>
    <line x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line><circle cx=${x2} cy=${y2} r="4"></circle></svg>`;
}

/** The tip's type size against the label font `measure` measures, and its padding on both sides. */
const TIP_TEXT_SCALE = 11.5 / 12.5;
const TIP_PADDING = 16;
const TIP_MARGIN = 4;

/**
 * The dates (and length) a dragged step would get, above it; `snapped` says where a non-working day was skipped.
 * The tip stays inside `visible` (the timeline on screen), so a step dragged to an edge keeps its dates readable.
 */
export function dragTip(
  box: ItemBox,
  calendar: Calendar | undefined,
  snapped: string | undefined,
  visible: { left: number; right: number } | undefined,
  measure: MeasureText,
) {
  const { start, end } = box.item;
  const dates =
    start === end
      ? formatShortDate(start)
      : `${formatShortDate(start)} – ${formatShortDate(end)} · ${durationText(start, end, calendar)}`;
  const note = snapped ? ` · ${snapped}` : '';
  const width = measure(dates + note) * TIP_TEXT_SCALE + TIP_PADDING;
  const x = visible ? Math.max(visible.left + TIP_MARGIN, Math.min(box.x, visible.right - width - TIP_MARGIN)) : box.x;
  const place = { left: `${HEAD_WIDTH + x}px`, top: `${AXIS_HEIGHT + box.y - 30}px` };
  return html`<div class="drag-tip" role="status" style=${styleMap(place)}>${dates}${note ? html`<span class="snap">${note}</span>` : nothing}</div>`;
}

/**
 * Where a drag asked for a non-working day, the day its `edge` snapped to instead: `days` after the committed step's
 * date, against the date the preview shows.
 */
export function snapNote(
  committed: Item,
  edge: 'start' | 'end',
  days: number,
  shown: Pick<Item, 'start' | 'end'>,
  calendar: Calendar,
): string | undefined {
  if (days === 0) return undefined;
  const wanted = addDays(committed[edge], days);
  return shown[edge] === nextWorkday(wanted, calendar) ? snapText(wanted, shown[edge]) : undefined;
}
