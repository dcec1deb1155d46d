import { workdaySpan } from '../model/calendar.js';
import { formatShortDate, weekday } from '../model/dates.js';
import type { Calendar, ISODate } from '../model/types.js';
import { plural } from './describe.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "5 working days" with a calendar, "5 days" without. */
export function durationText(start: ISODate, end: ISODate, calendar: Calendar | undefined): string {
  const count = workdaySpan(start, end, calendar);
  return calendar ? plural(count, 'working day') : plural(count, 'day');
}

/** "Sat 12 Dec": a date with its weekday, for saying where a non-working day snapped to. */
export const dayWithWeekday = (date: ISODate): string => `${WEEKDAYS[weekday(date)]} ${formatShortDate(date)}`;

/** What a snap to the next working day did, in words, or undefined when nothing snapped. */
export function snapText(wanted: ISODate, got: ISODate): string | undefined {
  return wanted === got ? undefined : `${dayWithWeekday(wanted)} is not a working day: moved to ${dayWithWeekday(got)}`;
}
