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

/** Parts of a row list before the rest is counted: a finding stays a line long whatever the file's length. */
const MAX_ROW_PARTS = 10;

/** "row 4", "rows 4 and 9", "rows 4, 9 and 12", "rows 2–3001": three rows or more in a run read as a range. */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const parts: string[] = [];
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end]! + 1) end += 1;
    if (end - start >= 2) parts.push(`${rows[start]}–${rows[end]}`);
    else for (let index = start; index <= end; index += 1) parts.push(String(rows[index]));
    start = end + 1;
  }
  if (parts.length === 1) return `rows ${parts[0]}`;
  if (parts.length > MAX_ROW_PARTS) {
    const shown = parts.slice(0, MAX_ROW_PARTS - 1);
    const counted = rows.length - shown.reduce((sum, part) => sum + rowsIn(part), 0);
    return `rows ${shown.join(', ')} and ${counted} more`;
  }
  return `rows ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const rowsIn = (part: string): number => {
  const [first, last] = part.split('–').map(Number);
  return last === undefined ? 1 : last - first! + 1;
};

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
