import { isWorkday } from '../model/calendar.js';
import type { Calendar } from '../model/types.js';
import { civilFromDay, monthName, weekday, type DayNumber } from '../model/dates.js';
import { PERIODS, periodStarts, type Period } from './periods.js';
import type { TimeScale } from './scale.js';

export interface Band {
  x: number;
  width: number;
  label: string;
  /** First day of the band. */
  day: DayNumber;
}

export interface AxisTiers {
  top: Band[];
  bottom: Band[];
  /** Saturday–Sunday blocks, only at week zoom and closer, where they do not turn into stripes. */
  weekends: Band[];
}

const WEEKDAY_LETTERS = ['S', 'M', 'T', 'W', 'T', 'F', 'S'];

const labels = {
  month: (day: DayNumber, wide: boolean) => {
    const { year, month } = civilFromDay(day);
    return wide ? `${monthName(month)} ${year}` : monthName(month);
  },
  quarter: (day: DayNumber, withYear: boolean) => {
    const { year, month } = civilFromDay(day);
    return `Q${Math.floor((month - 1) / 3) + 1}${withYear ? ` ${year}` : ''}`;
  },
  year: (day: DayNumber) => String(civilFromDay(day).year),
  dayOfMonth: (day: DayNumber) => String(civilFromDay(day).day),
};

/** A stretch of the timeline in its x coordinates, e.g. the part in view plus a margin. */
export interface PixelSpan {
  left: number;
  right: number;
}

/** Days `[from, to)` of the scale that a span covers (the whole scale without one). */
function daysOf(scale: TimeScale, span: PixelSpan | undefined): [DayNumber, DayNumber] {
  if (!span) return [scale.startDay, scale.endDay];
  const from = Math.max(scale.startDay, scale.dayAt(Math.max(0, span.left)));
  const to = Math.min(scale.endDay, scale.dayAt(Math.min(scale.width, span.right)) + 1);
  return [from, Math.max(from, to)];
}

/** The period's bands that overlap days `[from, to)`, each clipped to the scale (not to the days asked for). */
function bands(
  scale: TimeScale,
  period: Period,
  label: (day: DayNumber) => string,
  [from, to]: [DayNumber, DayNumber],
): Band[] {
  if (from >= to) return [];
  const starts = periodStarts(period, from, to);
  const found: Band[] = [];
  for (let index = 0; index < starts.length - 1; index += 1) {
    const day = starts[index]!;
    const start = Math.max(day, scale.startDay);
    const end = Math.min(starts[index + 1]!, scale.endDay);
    if (end > start) found.push({ x: scale.x(start), width: (end - start) * scale.dayWidth, label: label(day), day });
  }
  return found;
}

/**
 * Two tiers of time labels for the zoom level (months over days/weeks, quarters over months, years over quarters),
 * and the days off to shade. With a `span`, only what overlaps it: the element draws the part in view, so the number
 * of nodes follows the viewport, not the plan's span (a plan over three centuries at day zoom has 100,000 days).
 */
export function axisTiers(scale: TimeScale, calendar?: Calendar, span?: PixelSpan): AxisTiers {
  const dw = scale.dayWidth;
  const days = daysOf(scale, span);
  let top: Band[];
  let bottom: Band[];
  if (dw >= 24) {
    top = bands(scale, PERIODS.month, (day) => labels.month(day, true), days);
    // "W 11" needs about 30 px; narrower days show the date alone, so neighbouring labels never run together.
    bottom = bands(
      scale,
      PERIODS.day,
      (day) => (dw >= 34 ? `${WEEKDAY_LETTERS[weekday(day)]} ` : '') + labels.dayOfMonth(day),
      days,
    );
  } else if (dw >= 7) {
    top = bands(scale, PERIODS.month, (day) => labels.month(day, true), days);
    bottom = bands(scale, PERIODS.week, labels.dayOfMonth, days);
  } else if (dw >= 2.2) {
    top = bands(scale, PERIODS.quarter, (day) => labels.quarter(day, true), days);
    bottom = bands(scale, PERIODS.month, (day) => labels.month(day, false), days);
  } else {
    top = bands(scale, PERIODS.year, labels.year, days);
    bottom = bands(scale, PERIODS.quarter, (day) => labels.quarter(day, false), days);
  }
  const weekends =
    dw < 14
      ? []
      : calendar
        ? offDays(scale, calendar, days)
        : bands(scale, PERIODS.week, () => '', days).map((week) => ({
            ...week,
            x: scale.x(week.day + 5),
            width: 2 * dw,
          }));
  const left = span ? span.left : -Infinity;
  const right = span ? span.right : Infinity;
  const shown = (band: Band): boolean =>
    band.x >= 0 && band.x < scale.width && band.x + band.width >= left && band.x <= right;
  return { top, bottom, weekends: weekends.filter(shown) };
}

/**
 * The whole axis, worked out on first read: the export draws all of it, while the element draws only the part in
 * view and never pays for the rest.
 */
export function wholeAxis(scale: TimeScale, calendar?: Calendar): AxisTiers {
  let tiers: AxisTiers | undefined;
  const all = (): AxisTiers => (tiers ??= axisTiers(scale, calendar));
  return {
    get top() {
      return all().top;
    },
    get bottom() {
      return all().bottom;
    },
    get weekends() {
      return all().weekends;
    },
  };
}

/** Runs of the calendar's non-working days (weekends, holidays) among days `[from, to)` as shaded bands. */
function offDays(scale: TimeScale, calendar: Calendar, [from, to]: [DayNumber, DayNumber]): Band[] {
  const found: Band[] = [];
  let run: Band | undefined;
  for (let day = from; day < to; day += 1) {
    if (isWorkday(day, calendar)) {
      run = undefined;
    } else if (run) {
      run.width += scale.dayWidth;
    } else {
      run = { day, x: scale.x(day), width: scale.dayWidth, label: '' };
      found.push(run);
    }
  }
  return found;
}

const lastInView = new WeakMap<TimeScale, { calendar: Calendar | undefined; span: PixelSpan; tiers: AxisTiers }>();

/**
 * The axis over a span, the same as last time for the same scale, calendar and span: every frame of a drag, and every
 * render of a hover or a selection, draws the axis of a view that did not move.
 */
export function axisInView(scale: TimeScale, calendar: Calendar | undefined, span: PixelSpan): AxisTiers {
  const last = lastInView.get(scale);
  if (last && last.calendar === calendar && last.span.left === span.left && last.span.right === span.right)
    return last.tiers;
  const tiers = axisTiers(scale, calendar, span);
  lastInView.set(scale, { calendar, span: { left: span.left, right: span.right }, tiers });
  return tiers;
}
