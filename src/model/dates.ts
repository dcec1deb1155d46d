import type { ISODate } from './types.js';

/**
 * Calendar dates as integer day numbers (days since 1970-01-01). All arithmetic is done on integers with the
 * proleptic Gregorian calendar, so no result depends on the machine's time zone.
 */
export type DayNumber = number;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_OF_EPOCH = 4; // 1970-01-01 was a Thursday (0 = Sunday).

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 to the given civil date (month 1-12). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isISODate(value: unknown): value is ISODate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The years a plan's dates may fall in: wide enough for any deal, narrow enough to catch a mistyped year. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** Dates found good: a plan of thousands of steps repeats a few hundred of them, each checked once. */
const planDates = new Set<string>();

/** A real calendar date within the years a plan may use. */
export function isPlanDate(value: unknown): value is ISODate {
  if (typeof value === 'string' && planDates.has(value)) return true;
  if (!isISODate(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  if (planDates.size >= CACHE_LIMIT) planDates.clear();
  planDates.add(value);
  return true;
}

/** Why a value cannot be a plan's date, or undefined when it can. */
export function planDateProblem(value: unknown): string | undefined {
  if (isPlanDate(value)) return undefined;
  if (!isISODate(value))
    return `${value === undefined ? 'missing' : JSON.stringify(value)} is not a date (expected YYYY-MM-DD)`;
  return `${JSON.stringify(value)} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`;
}

/** Plans repeat the same few hundred dates thousands of times; parsing each once keeps layout and drags cheap. */
const parsed = new Map<string, DayNumber>();
const formatted = new Map<DayNumber, ISODate>();
const CACHE_LIMIT = 20_000;

/** Parses `YYYY-MM-DD` into a day number; throws on anything that is not a real calendar date. */
export function parseDate(value: ISODate): DayNumber {
  const known = parsed.get(value);
  if (known !== undefined) return known;
  if (!isISODate(value)) throw new RangeError(`${JSON.stringify(value)} is not a date (expected YYYY-MM-DD)`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const dayNumber = dayFromCivil(year, month, day);
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(value, dayNumber);
  return dayNumber;
}

export function formatDate(dayNumber: DayNumber): ISODate {
  const known = formatted.get(dayNumber);
  if (known !== undefined) return known;
  const text = formatCivil(dayNumber);
  if (formatted.size >= CACHE_LIMIT) formatted.clear();
  formatted.set(dayNumber, text);
  return text;
}

function formatCivil(dayNumber: DayNumber): ISODate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: ISODate, days: number): ISODate {
  return formatDate(parseDate(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(to: ISODate, from: ISODate): number {
  return parseDate(to) - parseDate(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: ISODate | DayNumber): number {
  const day = typeof date === 'number' ? date : parseDate(date);
  return (((day + WEEKDAY_OF_EPOCH) % 7) + 7) % 7;
}

export function isWeekend(date: ISODate | DayNumber): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Inclusive length in days of a start–end range (a one-day task is 1). */
export function spanDays(start: ISODate, end: ISODate): number {
  return diffDays(end, start) + 1;
}

export function minDate(a: ISODate, b: ISODate): ISODate {
  return a <= b ? a : b;
}

export function maxDate(a: ISODate, b: ISODate): ISODate {
  return a >= b ? a : b;
}

/** The calendar date a wall clock shows in the local time zone (the only place a `Date` is read). */
export function localToday(now: Date = new Date()): ISODate {
  return formatDate(dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 Mar" (or "9 Mar 2027" with the year). */
export function formatShortDate(date: ISODate, withYear = false): string {
  const { year, month, day } = civilFromDay(parseDate(date));
  return `${day} ${MONTHS[month - 1]}${withYear ? ` ${year}` : ''}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}
