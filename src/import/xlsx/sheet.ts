import { fromSerial } from '../date-text.js';
import { decodeText, elements, stringItem } from './xml.js';

/** One worksheet as text rows: row i is spreadsheet row i + 1; dates are written as YYYY-MM-DD. */
export interface SheetRows {
  rows: string[][];
  /** 0-based indexes of rows hidden in the sheet. */
  hidden: number[];
  cells: number;
}

export interface SheetContext {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxRows: number;
  maxCells: number;
}

export class SheetLimitError extends Error {}

/** "BC12" → [11, 54]: 0-based row and column. */
export function cellPosition(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  const column = [...m[1]!.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, column];
}

const VALUE = /<(?:[\w.-]+:)?v>([^<]*)</;

/** A number as a person typed it: no binary noise such as 0.30000000000000004. */
const plainNumber = (value: number): string => String(Number(value.toPrecision(15)));

function cellText(type: string | undefined, style: number, inner: string, context: SheetContext): string {
  if (type === 'inlineStr') return stringItem(elements(inner, 'is')[0]?.inner ?? '');
  const raw = decodeText(VALUE.exec(inner)?.[1] ?? '');
  if (type === 's') return context.shared[Number(raw)] ?? '';
  if (type === 'b') return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
  if (type === 'd') return raw.slice(0, 10);
  if (type === 'str' || type === 'e' || raw.trim() === '') return raw;
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (context.dateStyles[style]) return fromSerial(value, context.date1904) ?? plainNumber(value);
  return plainNumber(value);
}

/**
 * Reads a worksheet. A merged range spanning rows repeats its top-left value down its first column (a phase or owner
 * merged over several steps belongs to each); across columns it stays in the top-left cell only, so a merged banner
 * or phase heading still reads as one cell.
 */
export function readSheet(xml: string, context: SheetContext): SheetRows {
  const rows: string[][] = [];
  const hidden: number[] = [];
  let cells = 0;
  const data = elements(xml, 'sheetData')[0]?.inner ?? '';
  let next = 0;
  for (const row of elements(data, 'row')) {
    const index = row.attributes['r'] ? Number(row.attributes['r']) - 1 : next;
    next = index + 1;
    if (!Number.isInteger(index) || index < 0) continue;
    const texts: string[] = [];
    let column = 0;
    for (const cell of elements(row.inner, 'c')) {
      const position = cell.attributes['r'] ? cellPosition(cell.attributes['r']) : undefined;
      const at = position ? position[1] : column;
      column = at + 1;
      const text = cellText(cell.attributes['t'], Number(cell.attributes['s'] ?? 0), cell.inner, context);
      if (text === '') continue;
      cells += 1;
      if (cells > context.maxCells)
        throw new SheetLimitError(`more than ${context.maxCells.toLocaleString('en-US')} filled cells`);
      while (texts.length < at) texts.push('');
      texts[at] = text;
    }
    if (texts.length > 0 && index >= context.maxRows)
      throw new SheetLimitError(`more than ${context.maxRows.toLocaleString('en-US')} rows`);
    if (index >= context.maxRows) continue;
    while (rows.length < index) rows.push([]);
    rows[index] = texts;
    const flag = row.attributes['hidden'];
    if (flag === '1' || flag === 'true') hidden.push(index);
  }
  fillMerges(xml, rows);
  return { rows, hidden, cells };
}

function fillMerges(xml: string, rows: string[][]): void {
  for (const merge of elements(xml, 'mergeCell')) {
    const [from, to] = (merge.attributes['ref'] ?? '').split(':').map(cellPosition);
    if (!from || !to || to[0] <= from[0]) continue;
    const value = rows[from[0]]?.[from[1]] ?? '';
    if (value === '') continue;
    for (let index = from[0] + 1; index <= Math.min(to[0], rows.length - 1); index += 1) {
      const row = rows[index]!;
      while (row.length < from[1]) row.push('');
      if ((row[from[1]] ?? '') === '') row[from[1]] = value;
    }
  }
}
