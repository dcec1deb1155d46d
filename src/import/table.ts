import { headerScore, mapColumns, type Field } from './columns.js';
import { IssueList, rowList } from './issues.js';

/** Where the step table is: its header row (0-based index), columns and step rows (0-based indexes). */
export interface TableExtent {
  headerIndex: number;
  columns: Map<Field, number>;
  stepRows: number[];
  /** The rows below the table that hold something (0-based): another table, notes, or a deal detail. */
  rest: number[];
}

export const isBlank = (row: readonly string[] | undefined): boolean => !row || row.every((cell) => cell.trim() === '');
const isBanner = (row: readonly string[]): boolean =>
  row.some((cell) => /^\s*(===|---|\*\*\*)/.test(cell) && !/^\s*-+\s*$/.test(cell));

/** The best-scoring header row in the first rows, or -1. */
export function findHeader(rows: readonly (readonly string[])[]): number {
  let best = -1;
  let bestScore = 0;
  rows.slice(0, 200).forEach((row, index) => {
    const score = headerScore(row);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/**
 * The step rows after the header, up to a blank run that no step row follows, a `===` banner or a second header; the
 * rows below it apart.
 * Hidden rows (of a workbook) are passed over as if they were not there.
 */
export function findTable(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  adjust?: (columns: Map<Field, number>) => void,
  hidden: ReadonlySet<number> = new Set(),
): TableExtent {
  const columns = mapColumns(rows[headerIndex]!);
  adjust?.(columns);
  const titleColumn = columns.get('title') ?? 0;
  const stepRows: number[] = [];
  // How many step columns beside the title every step row so far fills: rows after a blank gap that fill fewer are
  // notes or another table, not more steps.
  let filledByAll = Infinity;
  let end = rows.length;
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    if (hidden.has(index)) continue;
    const row = rows[index]!;
    if (isBanner(row) || headerScore(row) > 0) {
      end = index;
      break;
    }
    if (isBlank(row)) {
      let next = index;
      let blanks = 0;
      for (; next < rows.length && (isBlank(rows[next]) || hidden.has(next)); next += 1)
        if (!hidden.has(next)) blanks += 1;
      const after = rows[next];
      const looksLikeStep =
        after &&
        !isBanner(after) &&
        headerScore(after) === 0 &&
        (after[titleColumn] ?? '').trim() !== '' &&
        (filledByAll === 0 || filledByAll === Infinity
          ? blanks === 1
          : stepColumnsFilled(after, columns) >= Math.min(filledByAll, 2));
      if (!looksLikeStep) {
        end = index;
        break;
      }
      index = next - 1;
      continue;
    }
    stepRows.push(index);
    filledByAll = Math.min(filledByAll, stepColumnsFilled(row, columns));
  }
  const rest: number[] = [];
  for (let index = end; index < rows.length; index += 1)
    if (!isBlank(rows[index]) && !hidden.has(index)) rest.push(index);
  return { headerIndex, columns, stepRows, rest };
}

/** The columns a step row fills beside its title. */
const STEP_FIELDS: readonly Field[] = [
  'owner',
  'sellerOwner',
  'buyerOwner',
  'party',
  'side',
  'start',
  'due',
  'duration',
  'status',
  'dependsOn',
];

/**
 * How many of the step columns a row fills beside its title: after a blank gap (people leave room between phases),
 * a row that fills as many as the steps above is more steps; notes and another table below the plan fill fewer.
 */
function stepColumnsFilled(row: readonly string[], columns: ReadonlyMap<Field, number>): number {
  return STEP_FIELDS.filter((field) => {
    const column = columns.get(field);
    return column !== undefined && (row[column] ?? '').trim() !== '';
  }).length;
}

/** Names, once, the rows below the table that were not read (0-based indexes). */
export function reportIgnored(ignored: readonly number[], issues: IssueList): void {
  if (ignored.length === 0) return;
  const [first, last] = [ignored[0]! + 1, ignored[ignored.length - 1]! + 1];
  const span = ignored.length === 1 ? rowList([first]) : `rows ${first}–${last}`;
  const verb = ignored.length === 1 ? 'was' : 'were';
  issues.info('ignored-rows', `${span} after the step table (another table or notes) ${verb} not imported`, first);
}
