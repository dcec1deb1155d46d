import { decodeBytes, type Decoded } from './decode.js';
import { IssueList, type ImportIssue } from './issues.js';

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedTable {
  /** Row i is spreadsheet row i + 1; cells are text, never evaluated. */
  rows: string[][];
  delimiter: Delimiter;
  encoding: Decoded['encoding'];
  issues: ImportIssue[];
}

export const MAX_ROWS = 5000;

/** The delimiter whose per-line count is most often the same non-zero number in the first lines. */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\r|\n/, 60).filter((line) => line.trim() !== '');
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of [',', ';', '\t'] as const) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const count = line.replace(/"[^"]*"/g, '').split(delimiter).length - 1;
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    const lineCount = [...tally.values()].reduce((a, b) => a + b, 0);
    const modal = Math.max(0, ...tally.values());
    const score = modal * 2 + lineCount;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

/**
 * Undoes our own CSV export's formula escape once: the `'` it puts at the start of a cell, and after a separator
 * or line break, before what a spreadsheet would read as a formula (`=` `+` `-` `@`, past spaces and quotes).
 */
export function unescapeFormula(cell: string): string {
  return cell.replace(/^'(?='*[ "]*[=+\-@\t\r])/, '').replace(/([,;\t\r\n])'(?='*[ "]*[=+\-@\t\r])/g, '$1');
}

/** RFC 4180 records: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF and CR all end rows. */
export function parseRecords(text: string, delimiter: Delimiter, issues: IssueList): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(unescapeFormula(cell));
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell.trim() === '') {
      const opened = rows.length + 1;
      cell = '';
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          issues.error('unclosed-quote', `row ${opened}: a quoted cell opened here is never closed`, opened);
          return rows;
        }
        cell += text.slice(i, close).replace(/\r\n?/g, '\n');
        if (text[close + 1] === '"') {
          cell += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      continue;
    }
    if (char === delimiter) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      if (rows.length > MAX_ROWS) {
        issues.error(
          'too-many-rows',
          `the file has more than ${MAX_ROWS.toLocaleString('en-US')} rows, more than a plan can import`,
        );
        return rows;
      }
    } else cell += char;
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Reads CSV or TSV bytes (or text) into rows of text cells. */
export function readDelimited(input: Uint8Array | string): DelimitedTable {
  const issues = new IssueList();
  const decoded: Decoded =
    typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' } : decodeBytes(input);
  if (decoded.encoding === 'windows-1252') {
    issues.warn('encoding', 'the file is not UTF-8: read as Windows-1252 (Western European); check accented letters');
  }
  const delimiter = detectDelimiter(decoded.text);
  const rows = parseRecords(decoded.text, delimiter, issues);
  return { rows, delimiter, encoding: decoded.encoding, issues: issues.all };
}
