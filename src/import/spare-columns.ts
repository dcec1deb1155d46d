import { fieldOf, type Field } from './columns.js';
import { columnLetter, quoted, type IssueList } from './issues.js';

/**
 * The header's columns that hold data under the step table but feed no field: a second notes column ("Comments"
 * beside "Notes") is read into the notes; any other is named in a finding, so nothing is dropped unseen.
 */
export function spareColumns(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  stepRows: readonly number[],
  columns: ReadonlyMap<Field, number>,
  issues: IssueList,
): number[] {
  const header = rows[headerIndex] ?? [];
  const used = new Set(columns.values());
  const width = Math.max(header.length, ...stepRows.map((index) => rows[index]?.length ?? 0));
  const moreNotes: number[] = [];
  for (let column = 0; column < width; column += 1) {
    if (used.has(column) || !stepRows.some((index) => (rows[index]?.[column] ?? '').trim() !== '')) continue;
    const name = (header[column] ?? '').trim();
    if (columns.has('notes') && fieldOf(name) === 'notes') {
      moreNotes.push(column);
      continue;
    }
    const where = `column ${columnLetter(column)}${name ? ` ${quoted(name)}` : ''}`;
    const why = name
      ? fieldOf(name)
        ? `its field is read from another column`
        : 'no field goes by that name'
      : 'it has no header';
    issues.info(
      'column-not-read',
      `${where} was not read: ${why}; map it to a field to read it`,
      headerIndex + 1,
      columnLetter(column),
    );
  }
  return moreNotes;
}
