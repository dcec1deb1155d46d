/** One finding of an import, placed where the spreadsheet shows it: a 1-based row and a column letter. */
export interface ImportIssue {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  row?: number;
  column?: string;
}

/** The spreadsheet's letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** "row 4", "rows 4 and 9", "rows 4, 9 and 12". */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}

export const quoted = (text: string): string => JSON.stringify(text);

/** Collects issues; `failed` tells whether any is an error. */
export class IssueList {
  readonly all: ImportIssue[] = [];
  add(severity: ImportIssue['severity'], code: string, message: string, row?: number, column?: string): void {
    this.all.push({
      severity,
      code,
      message,
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { column }),
    });
  }
  error(code: string, message: string, row?: number, column?: string): void {
    this.add('error', code, message, row, column);
  }
  warn(code: string, message: string, row?: number, column?: string): void {
    this.add('warning', code, message, row, column);
  }
  info(code: string, message: string, row?: number, column?: string): void {
    this.add('info', code, message, row, column);
  }
  get failed(): boolean {
    return this.all.some((issue) => issue.severity === 'error');
  }
}
