import { FIRST_YEAR, LAST_YEAR, dayFromCivil, daysInMonth, formatDate, type DayNumber } from '../model/dates.js';
import type { ISODate } from '../model/types.js';

export type DateOrder = 'dmy' | 'mdy';

/** What a date cell says: a date, a day/month pair whose order is unknown, a placeholder, or nothing readable. */
export type DateReading =
  | { kind: 'date'; date: ISODate }
  | { kind: 'numeric'; first: number; second: number; year: number }
  | { kind: 'none' }
  /** `year`: the cell is a date, of a year no plan holds (see `isYearOk`). */
  | { kind: 'bad'; year?: number };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const PLACEHOLDER = /^(\[.*\]|<.*>|\{.*\}|tbd|tbc|n\/?a|none|-+|—|–|\?+|ongoing|pending|asap)$/i;

/** Excel's day 25569 is 1970-01-01 (1900 system, past the fictional 29 Feb 1900); the 1904 system is 1462 days later. */
export function fromSerial(serial: number, date1904 = false): ISODate | undefined {
  if (!Number.isFinite(serial) || serial < 61) return undefined;
  const day: DayNumber = Math.floor(serial) - 25569 + (date1904 ? 1462 : 0);
  const date = formatDate(day);
  return isYearOk(Number(date.slice(0, 4))) ? date : undefined;
}

const isYearOk = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;
const fullYear = (year: number, digits: number): number => (digits <= 2 ? 2000 + year : year);

export function civilDate(year: number, month: number, day: number): ISODate | undefined {
  if (!isYearOk(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatDate(dayFromCivil(year, month, day));
}

const dated = (date: ISODate | undefined): DateReading => (date ? { kind: 'date', date } : { kind: 'bad' });

/** Reads one date cell; `d/m/y` and `m/d/y` stay open (`numeric`) until the column's order is known. */
export function readDate(raw: string, date1904 = false): DateReading {
  const text = raw.trim().replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i, '');
  if (text === '' || PLACEHOLDER.test(text)) return { kind: 'none' };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return isYearOk(+m[1]!) ? dated(civilDate(+m[1]!, +m[2]!, +m[3]!)) : { kind: 'bad', year: +m[1]! };
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (m) return dated(civilDate(fullYear(+m[3]!, m[3]!.length), +m[2]!, +m[1]!));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const [first, second, year] = [+m[1]!, +m[2]!, fullYear(+m[3]!, m[3]!.length)];
    if (!isYearOk(year)) return { kind: 'bad', year };
    if (first > 12 && second <= 12) return dated(civilDate(year, second, first));
    if (second > 12 && first <= 12) return dated(civilDate(year, first, second));
    if (first === second) return dated(civilDate(year, first, second));
    return first <= 12 && second <= 12 ? { kind: 'numeric', first, second, year } : { kind: 'bad' };
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2}|\d{4})$/i.exec(text);
  if (m && monthOf(m[2]!) > 0) return dated(civilDate(fullYear(+m[3]!, m[3]!.length), monthOf(m[2]!), +m[1]!));
  m = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (m && monthOf(m[1]!) > 0) return dated(civilDate(+m[3]!, monthOf(m[1]!), +m[2]!));
  if (/^\d{5}(\.\d+)?$/.test(text)) return dated(fromSerial(Number(text), date1904));
  return { kind: 'bad' };
}

/** Which order the slash dates force: `dmy` when a first number is over 12, `mdy` when a second is; both → 'conflict'. */
export function forcedOrder(raws: readonly string[]): DateOrder | 'conflict' | undefined {
  let dmy = false;
  let mdy = false;
  for (const raw of raws) {
    const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\s*$/.exec(raw);
    if (!m) continue;
    if (+m[1]! > 12) dmy = true;
    if (+m[2]! > 12) mdy = true;
  }
  if (dmy && mdy) return 'conflict';
  return dmy ? 'dmy' : mdy ? 'mdy' : undefined;
}

export function resolveNumeric(reading: DateReading, order: DateOrder): ISODate | undefined {
  if (reading.kind === 'date') return reading.date;
  if (reading.kind !== 'numeric') return undefined;
  return order === 'dmy'
    ? civilDate(reading.year, reading.second, reading.first)
    : civilDate(reading.year, reading.first, reading.second);
}
