import type { ISODate } from '../model/types.js';
import type { Cells } from './cells.js';
import type { Field } from './columns.js';
import { FIRST_YEAR, LAST_YEAR } from '../model/dates.js';
import { forcedOrder, readDate, resolveNumeric, type DateOrder } from './date-text.js';
import { IssueList, quoted, rowList } from './issues.js';
import { detailPlace, type DetailCell } from './preamble.js';

const DATE_FIELDS: readonly Field[] = ['start', 'due', 'completed'];

/** The file's day/month order: the caller's choice, else what the dates force; ambiguous-only dates are an error. */
export function settleDateOrder(
  cells: Cells,
  stepRows: readonly number[],
  extra: readonly string[],
  choice: DateOrder | undefined,
  issues: IssueList,
): DateOrder | undefined {
  const texts = [...extra, ...stepRows.flatMap((index) => DATE_FIELDS.map((field) => cells.get(index, field)))];
  if (choice) return choice;
  const forced = forcedOrder(texts);
  if (forced === 'conflict') {
    issues.error(
      'date-order',
      `the dates mix day-first (${example(cells, stepRows, 'dmy')}) and month-first (${example(cells, stepRows, 'mdy')}) orders; fix the file or choose the date order`,
    );
    return undefined;
  }
  const ambiguous = stepRows.filter((index) => readsEitherWay(cells, index));
  if (forced) {
    // Dotted dates are always day first: slashed ones read month first beside them may have been meant so too.
    const dotted = texts.find((text) => DOTTED.test(text.trim()));
    if (forced === 'mdy' && dotted && ambiguous.length > 0) {
      const rows = ambiguous.map((index) => index + 1);
      issues.warn(
        'date-order-mixed',
        `${rowList(rows)}: dates such as ${ambiguousText(cells, ambiguous[0]!)} were read month first, as the other slashed dates are (${example(cells, stepRows, 'mdy')}), while dotted dates such as ${dotted.trim()} are day first: choose the date order if they are day first`,
        rows[0],
      );
    }
    return forced;
  }
  const preamble = extra.some((text) => readDate(text).kind === 'numeric');
  if (ambiguous.length > 0 || preamble) {
    const rows = ambiguous.map((index) => index + 1);
    const where = rows.length > 0 ? `${rowList(rows)}: ` : '';
    issues.error(
      'ambiguous-dates',
      `${where}dates such as 03/04/2027 can be read either way: choose the date order (day first or month first)`,
      rows[0],
    );
  }
  return undefined;
}

const DOTTED = /^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$/;

/** A step row's date that forces `order`: "row 7: 3/15/2027". */
function example(cells: Cells, stepRows: readonly number[], order: DateOrder): string {
  for (const index of stepRows)
    for (const field of DATE_FIELDS) {
      const text = cells.get(index, field);
      if (forcedOrder([text]) === order) return `row ${index + 1}: ${text}`;
    }
  return order === 'dmy' ? '31/01/2027' : '01/31/2027';
}

/** The first date of a row that reads either way. */
const ambiguousText = (cells: Cells, index: number): string =>
  DATE_FIELDS.map((field) => cells.get(index, field)).find((text) => readDate(text).kind === 'numeric') ?? '';

/** Whether one of a row's dates reads either way (day or month first). */
const readsEitherWay = (cells: Cells, index: number): boolean =>
  DATE_FIELDS.some((field) => readDate(cells.get(index, field)).kind === 'numeric');

/** Whether a row's dates wait for the date order: without one, a date that reads either way is no date yet. */
export const awaitsDateOrder = (cells: Cells, index: number, order: DateOrder | undefined): boolean =>
  order === undefined && readsEitherWay(cells, index);

/** One date cell as a date, or undefined (placeholders such as "[Date]" silently; unreadable text with a warning). */
export function dateAt(
  cells: Cells,
  index: number,
  field: Field,
  order: DateOrder | undefined,
  issues: IssueList,
): ISODate | undefined {
  const text = cells.get(index, field);
  const reading = readDate(text);
  if (reading.kind === 'date') return reading.date;
  if (reading.kind === 'numeric') return order ? resolveNumeric(reading, order) : undefined;
  if (reading.kind === 'bad') {
    const why = reading.year === undefined ? '' : ` (the year ${reading.year} is outside ${FIRST_YEAR}–${LAST_YEAR})`;
    issues.warn(
      'bad-date',
      `row ${index + 1}, ${cells.where(field)}: ${quoted(text)} is not a date we can read${why} — left to the schedule`,
      index + 1,
      cells.letter(field),
    );
  }
  return undefined;
}

/** A preamble date (target close, start). */
export function preambleDate(
  detail: DetailCell | undefined,
  order: DateOrder | undefined,
  label: string,
  issues: IssueList,
): ISODate | undefined {
  if (!detail) return undefined;
  const reading = readDate(detail.text);
  if (reading.kind === 'date') return reading.date;
  if (reading.kind === 'numeric' && order) return resolveNumeric(reading, order);
  if (reading.kind === 'bad')
    issues.warn(
      'bad-date',
      `${detailPlace(detail)}: the ${label} ${quoted(detail.text)} is not a date we can read`,
      detail.sheet === undefined ? detail.row : undefined,
    );
  return undefined;
}
