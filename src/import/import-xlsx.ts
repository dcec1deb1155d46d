import type { Plan } from '../model/types.js';
import { headerScore } from './columns.js';
import { MAX_ROWS } from './delimited.js';
import type { ImportDetected, ImportOptions } from './import-types.js';
import { importRows } from './import-rows.js';
import { IssueList, rowList } from './issues.js';
import { readPreamble, type DealDetails } from './preamble.js';
import { readWorkbook, type WorkbookSheet } from './xlsx/workbook.js';

/** Filled cells a workbook may hold over all its sheets (a 5,000-row plan with 40 columns). */
export const MAX_CELLS = 200_000;

const bestScore = (sheet: WorkbookSheet): number =>
  Math.max(0, ...sheet.rows.slice(0, 200).map((row, index) => (sheet.hidden.includes(index) ? 0 : headerScore(row))));

/** "rows 4, 9 and 12", or for many "rows 4, 9, 12, … and 40 more". */
const shortRowList = (rows: number[]): string =>
  rows.length <= 8 ? rowList(rows) : `rows ${rows.slice(0, 5).join(', ')}, … and ${rows.length - 5} more`;

const withoutHidden = (sheet: WorkbookSheet): string[][] => {
  const hidden = new Set(sheet.hidden);
  return sheet.rows.map((row, index) => (hidden.has(index) ? [] : row));
};

/** Details not yet known, taken from another sheet; their cells say which sheet they are on. */
function fillDetails(details: DealDetails, found: DealDetails, sheet: string): void {
  for (const [key, value] of Object.entries(found) as [keyof DealDetails, DealDetails[keyof DealDetails]][]) {
    if (details[key] !== undefined || value === undefined) continue;
    (details as Record<string, unknown>)[key] = typeof value === 'string' ? value : { ...value, sheet };
  }
}

/** An XLSX workbook → a plan: the sheet whose header scores best holds the steps; other sheets may hold deal details. */
export async function importWorkbook(
  bytes: Uint8Array,
  options: ImportOptions,
  detected: ImportDetected,
  issues: IssueList,
): Promise<Plan | null> {
  detected.format = 'xlsx';
  let sheets: WorkbookSheet[];
  try {
    ({ sheets } = await readWorkbook(bytes, { maxRows: MAX_ROWS, maxCells: MAX_CELLS }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const limit = /^more than/.test(message);
    issues.error(
      limit ? 'too-large' : 'unreadable-workbook',
      limit ? `the workbook has ${message}, more than a plan can import` : message,
    );
    return null;
  }
  if (sheets.length === 0) {
    issues.error('empty', 'the workbook has no visible worksheet');
    return null;
  }
  const chosen = sheets.reduce((best, sheet) => (bestScore(sheet) > bestScore(best) ? sheet : best), sheets[0]!);
  detected.sheet = chosen.name;
  const hiddenFilled = chosen.hidden.filter((index) => chosen.rows[index]!.some((cell) => cell.trim() !== ''));
  if (hiddenFilled.length > 0)
    issues.info(
      'hidden-rows',
      `${shortRowList(hiddenFilled.map((index) => index + 1))} of sheet "${chosen.name}" ${hiddenFilled.length === 1 ? 'is' : 'are'} hidden — not imported`,
      hiddenFilled[0]! + 1,
    );
  const fallback: DealDetails = {};
  for (const sheet of sheets)
    if (sheet !== chosen) fillDetails(fallback, readPreamble(withoutHidden(sheet)), sheet.name);
  return importRows(
    { rows: withoutHidden(chosen), hidden: new Set(chosen.hidden), fallbackDetails: fallback },
    options,
    detected,
    issues,
  );
}
