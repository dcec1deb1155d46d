import { formatDate, parseDate, weekday, type DayNumber } from './dates.js';
import type { Calendar, ISODate } from './types.js';

/** Monday to Friday: what new plans get. */
export const WORKWEEK: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

export const defaultCalendar = (): Calendar => ({ workdays: [...WORKWEEK] });

/** A calendar's working days, ready for lookups (kept per calendar object: plans are frozen while shown). */
interface WorkdayRule {
  weekdays: ReadonlySet<number>;
  holidays: ReadonlySet<DayNumber>;
}

const rules = new WeakMap<Calendar, WorkdayRule>();

function ruleOf(calendar: Calendar): WorkdayRule {
  let rule = rules.get(calendar);
  if (!rule) {
    rule = { weekdays: new Set(calendar.workdays), holidays: new Set((calendar.holidays ?? []).map(parseDate)) };
    rules.set(calendar, rule);
  }
  return rule;
}

/** Whether work happens on a day; every day is a working day without a calendar. */
export function isWorkday(day: DayNumber | ISODate, calendar: Calendar | undefined): boolean {
  if (!calendar) return true;
  const number = typeof day === 'number' ? day : parseDate(day);
  const rule = ruleOf(calendar);
  return rule.weekdays.has(weekday(number)) && !rule.holidays.has(number);
}

/** A calendar with no working weekday would make every search below endless; validation refuses one. */
const usable = (calendar: Calendar | undefined): calendar is Calendar =>
  calendar !== undefined && calendar.workdays.length > 0;

/** The day itself when it is a working day, else the next working day after it. */
export function nextWorkday(date: ISODate, calendar: Calendar | undefined): ISODate {
  if (!usable(calendar)) return date;
  let day = parseDate(date);
  while (!isWorkday(day, calendar)) day += 1;
  return formatDate(day);
}

/** The day itself when it is a working day, else the last working day before it. */
export function previousWorkday(date: ISODate, calendar: Calendar | undefined): ISODate {
  if (!usable(calendar)) return date;
  let day = parseDate(date);
  while (!isWorkday(day, calendar)) day -= 1;
  return formatDate(day);
}

/**
 * `count` working days after (or, negative, before) a date. A non-working date first snaps to the working day the
 * count runs from (the next one going forward, the previous one going back). Without a calendar: plain days.
 */
export function addWorkdays(date: ISODate, count: number, calendar: Calendar | undefined): ISODate {
  if (!usable(calendar)) return formatDate(parseDate(date) + count);
  let day = parseDate(count >= 0 ? nextWorkday(date, calendar) : previousWorkday(date, calendar));
  const step = count >= 0 ? 1 : -1;
  for (let left = Math.abs(count); left > 0;) {
    day += step;
    if (isWorkday(day, calendar)) left -= 1;
  }
  return formatDate(day);
}

/** Working days from start to end, both included (a one-day step on a working day is 1; never less than 1). */
export function workdaySpan(start: ISODate, end: ISODate, calendar: Calendar | undefined): number {
  const first = parseDate(start);
  const last = parseDate(end);
  if (!usable(calendar)) return last - first + 1;
  let count = 0;
  for (let day = first; day <= last; day += 1) if (isWorkday(day, calendar)) count += 1;
  return Math.max(1, count);
}

/** The end of a step that starts on `start` (a working day) and lasts `span` working days. */
export function endAfter(start: ISODate, span: number, calendar: Calendar | undefined): ISODate {
  return addWorkdays(start, Math.max(1, span) - 1, calendar);
}
