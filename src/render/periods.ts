import { civilFromDay, dayFromCivil, weekday, type DayNumber } from '../model/dates.js';

/** A way of cutting the calendar into consecutive periods (days, weeks from Monday, months, quarters, years). */
export interface Period {
  /** The first day of the period that holds `day`. */
  start(day: DayNumber): DayNumber;
  /** The first day of the period after the one that starts on `start`. */
  next(start: DayNumber): DayNumber;
}

/** Periods of `months` calendar months each, the first starting in January. */
const monthsOf = (months: number): Period => ({
  start(day) {
    const { year, month } = civilFromDay(day);
    return dayFromCivil(year, month - ((month - 1) % months), 1);
  },
  next(start) {
    const { year, month } = civilFromDay(start);
    const index = year * 12 + month - 1 + months;
    return dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
  },
});

export const PERIODS = {
  day: { start: (day) => day, next: (start) => start + 1 },
  week: { start: (day) => day - ((weekday(day) + 6) % 7), next: (start) => start + 7 },
  month: monthsOf(1),
  quarter: monthsOf(3),
  year: monthsOf(12),
} satisfies Record<string, Period>;

/** The first days of the periods that overlap days `[from, to)`, and the first day after the last of them. */
export function periodStarts(period: Period, from: DayNumber, to: DayNumber): DayNumber[] {
  const starts = [period.start(from)];
  while (starts[starts.length - 1]! < to) starts.push(period.next(starts[starts.length - 1]!));
  return starts;
}
