import { quoted, type IssueList } from './issues.js';
import { readPreamble, type DealDetails } from './preamble.js';

/**
 * Rows in or under the step table that state a deal detail rather than a step, as a rep's sheet often ends: "Target
 * close: 31/01/2027" under the last step. They give the detail (when the rows above the table did not) and are no
 * step; each is named in a finding. Returns the other rows, and the details.
 */
export function detailRows(
  rows: readonly (readonly string[])[],
  stepRows: readonly number[],
  issues: IssueList,
): { stepRows: number[]; details: DealDetails } {
  const details: DealDetails = {};
  const kept: number[] = [];
  for (const index of stepRows) {
    const row = rows[index] ?? [];
    // A detail row says one thing: a label and a date, in one cell or two. A step ("Kickoff", owner, dates) does not.
    const filled = row.filter((cell) => cell.trim() !== '').length;
    const found = filled <= 2 ? readPreamble([row]) : {};
    const detail = found.targetDate ?? found.startDate;
    if (!detail || !/\d/.test(detail.text)) {
      kept.push(index);
      continue;
    }
    const what = found.targetDate ? 'the target close date' : 'the start date';
    if (found.targetDate) details.targetDate ??= { ...found.targetDate, row: index + 1 };
    else details.startDate ??= { ...found.startDate!, row: index + 1 };
    const text = row
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
      .join(' ');
    issues.info('detail-row', `row ${index + 1}: ${quoted(text)} is read as ${what}, not as a step`, index + 1);
  }
  return { stepRows: kept, details };
}
