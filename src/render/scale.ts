import { parseDate, type DayNumber } from '../model/dates.js';
import type { ISODate } from '../model/types.js';

export type ZoomPreset = 'day' | 'week' | 'month' | 'quarter';

/** Pixels per day of each preset. */
export const ZOOM_PRESETS: Record<ZoomPreset, number> = { day: 44, week: 16, month: 5, quarter: 1.8 };
export const MIN_DAY_WIDTH = 0.8;
export const MAX_DAY_WIDTH = 120;

export const clampDayWidth = (dayWidth: number): number => Math.min(MAX_DAY_WIDTH, Math.max(MIN_DAY_WIDTH, dayWidth));

/** The preset whose day width is nearest (on a log scale) to the given one. */
export function nearestPreset(dayWidth: number): ZoomPreset {
  let best: ZoomPreset = 'week';
  for (const preset of Object.keys(ZOOM_PRESETS) as ZoomPreset[]) {
    if (Math.abs(Math.log(ZOOM_PRESETS[preset] / dayWidth)) < Math.abs(Math.log(ZOOM_PRESETS[best] / dayWidth)))
      best = preset;
  }
  return best;
}

/** A linear day → x mapping over a whole number of days. */
export interface TimeScale {
  readonly startDay: DayNumber;
  /** Exclusive. */
  readonly endDay: DayNumber;
  readonly dayWidth: number;
  readonly width: number;
  /** Left edge of a day. */
  x(date: ISODate | DayNumber): number;
  /** The day under an x position. */
  dayAt(x: number): DayNumber;
}

export function timeScale(startDay: DayNumber, endDay: DayNumber, dayWidth: number): TimeScale {
  const toDay = (date: ISODate | DayNumber): DayNumber => (typeof date === 'number' ? date : parseDate(date));
  return {
    startDay,
    endDay,
    dayWidth,
    width: (endDay - startDay) * dayWidth,
    x: (date) => (toDay(date) - startDay) * dayWidth,
    dayAt: (x) => startDay + Math.floor(x / dayWidth),
  };
}

/** The same scale drawn on to `endDay` (exclusive) at least: every day keeps its x. */
export const drawnTo = (scale: TimeScale, endDay: DayNumber): TimeScale =>
  endDay <= scale.endDay ? scale : timeScale(scale.startDay, endDay, scale.dayWidth);

/** The same scale drawn on at least `room` pixels past `x`. */
export const drawnPast = (scale: TimeScale, x: number, room: number): TimeScale =>
  drawnTo(scale, scale.startDay + Math.ceil((x + room) / scale.dayWidth));

/**
 * The days to draw for a plan: its range with breathing room, starting on a Monday, stretched to fill the
 * visible width so the grid never ends in the middle of the box.
 */
export function visibleSpan(
  first: DayNumber,
  last: DayNumber,
  dayWidth: number,
  minWidth: number,
): [DayNumber, DayNumber] {
  const padBefore = Math.max(3, Math.ceil(40 / dayWidth));
  let start = first - padBefore;
  start -= (((start + 3) % 7) + 7) % 7; // back to Monday (day 0 was a Thursday)
  const padAfter = Math.max(7, Math.ceil(140 / dayWidth));
  const end = Math.max(last + 1 + padAfter, start + Math.ceil(minWidth / dayWidth));
  return [start, end];
}
