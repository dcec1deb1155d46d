import type { Field } from './columns.js';
import { columnLetter, quoted } from './issues.js';

/** Reads a table's cells by field, and names a cell the way a spreadsheet shows it. */
export class Cells {
  constructor(
    readonly rows: readonly (readonly string[])[],
    readonly columns: ReadonlyMap<Field, number>,
    readonly header: readonly string[],
    /** Further notes columns ("Comments" beside "Notes"), read into the notes under their headers. */
    readonly moreNotes: readonly number[] = [],
  ) {}

  has(field: Field): boolean {
    return this.columns.has(field);
  }

  /** The trimmed text of a field in a 0-based row ('' when the column or cell is missing). */
  get(index: number, field: Field): string {
    const column = this.columns.get(field);
    return column === undefined ? '' : (this.rows[index]?.[column] ?? '').trim();
  }

  /** The notes of a 0-based row: the notes column's text, then each further notes column's, under its header. */
  notes(index: number): string[] {
    const more = this.moreNotes
      .map((column) => [(this.header[column] ?? '').trim(), (this.rows[index]?.[column] ?? '').trim()] as const)
      .filter(([, text]) => text !== '')
      .map(([name, text]) => `${name}: ${text}`);
    const first = this.get(index, 'notes');
    return first ? [first, ...more] : more;
  }

  letter(field: Field): string | undefined {
    const column = this.columns.get(field);
    return column === undefined ? undefined : columnLetter(column);
  }

  /** `column F "Est. Days"` */
  where(field: Field): string {
    const column = this.columns.get(field);
    return column === undefined
      ? field
      : `column ${columnLetter(column)} ${quoted((this.header[column] ?? '').trim())}`;
  }

  /** Field → column letter and header, for `detected`. */
  describe(): Record<string, { column: string; header: string }> {
    const out: Record<string, { column: string; header: string }> = {};
    for (const [field, column] of this.columns)
      out[field] = { column: columnLetter(column), header: (this.header[column] ?? '').trim() };
    return out;
  }
}
