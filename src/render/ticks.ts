import { isWorkday } from '../model/calendar.js';
import type { Calendar } from '../model/types.js';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { civilFromDay, monthName, weekday, type DayNumber } from '../model/dates.js';
import type { TimeScale } from './scale.js';

const MS_PER_DAY = 86_400_000;
const toUTC = (day: DayNumber): Date => new Date(day * MS_PER_DAY);
const toDay = (date: Date): DayNumber => Math.round(date.getTime() / MS_PER_DAY);

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

const quarter = utcMonth.every(3)!;
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

function bands(scale: TimeScale, interval: TimeInterval, label: (day: DayNumber) => string): Band[] {
  const starts = interval.range(interval.floor(toUTC(scale.startDay)), toUTC(scale.endDay)).map(toDay);
  return starts.map((day, index) => {
    const from = Math.max(day, scale.startDay);
    const to = Math.min(starts[index + 1] ?? scale.endDay, scale.endDay);
    return { x: scale.x(from), width: (to - from) * scale.dayWidth, label: label(day), day };
  }).filter((band) => band.width > 0);
}

/** Two tiers of time labels for the zoom level (months over days/weeks, quarters over months, years over quarters). */
export function axisTiers(scale: TimeScale, calendar?: Calendar): AxisTiers {
  const dw = scale.dayWidth;
  let top: Band[];
  let bottom: Band[];
  if (dw >= 24) {
    top = bands(scale, utcMonth, (day) => labels.month(day, true));
    // "W 11" needs about 30 px; narrower days show the date alone, so neighbouring labels never run together.
    bottom = bands(scale, utcDay, (day) => (dw >= 34 ? `${WEEKDAY_LETTERS[weekday(day)]} ` : '') + labels.dayOfMonth(day));
  } else if (dw >= 7) {
    top = bands(scale, utcMonth, (day) => labels.month(day, true));
    bottom = bands(scale, utcMonday, labels.dayOfMonth);
  } else if (dw >= 2.2) {
    top = bands(scale, quarter, (day) => labels.quarter(day, true));
    bottom = bands(scale, utcMonth, (day) => labels.month(day, false));
  } else {
    top = bands(scale, utcYear, labels.year);
    bottom = bands(scale, quarter, (day) => labels.quarter(day, false));
  }
  const weekends = dw < 14 ? [] : calendar ? offDays(scale, calendar)
    : bands(scale, utcMonday, () => '').map((week) => ({ ...week, x: scale.x(week.day + 5), width: 2 * dw }));
  return { top, bottom, weekends: weekends.filter((band) => band.x >= 0 && band.x < scale.width) };
}

/** Runs of the calendar's non-working days (weekends, holidays) as shaded bands. */
function offDays(scale: TimeScale, calendar: Calendar): Band[] {
  const found: Band[] = [];
  let run: Band | undefined;
  for (let day = scale.startDay; day < scale.endDay; day += 1) {
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
