import type { Calendar, ISODate } from '../model/types.js';
import { readDate, resolveNumeric, type DateOrder } from './date-text.js';
import { IssueList, quoted } from './issues.js';
import { detailPlace, type DetailCell } from './preamble.js';

/**
 * The plan's calendar: the host's (or Monday–Friday) plus the holidays the deal details list
 * ("Holidays: 2027-05-31, 2027-07-05"); a listed text that is not a date is a warning.
 */
export function planCalendar(
  base: Calendar,
  listed: DetailCell | undefined,
  order: DateOrder | undefined,
  issues: IssueList,
): Calendar {
  const holidays = new Set<ISODate>(base.holidays ?? []);
  for (const part of (listed?.text ?? '').split(/\s*[,;\n]\s*/)) {
    if (part.trim() === '') continue;
    const reading = readDate(part);
    const date = reading.kind === 'date' ? reading.date : order ? resolveNumeric(reading, order) : undefined;
    if (date) holidays.add(date);
    else
      issues.warn(
        'bad-holiday',
        `${detailPlace(listed!)}: the holiday ${quoted(part)} is not a date we can read — ignored`,
        listed!.sheet === undefined ? listed!.row : undefined,
      );
  }
  const calendar: Calendar = { ...base, workdays: [...base.workdays] };
  if (holidays.size > 0) calendar.holidays = [...holidays].sort();
  return calendar;
}
