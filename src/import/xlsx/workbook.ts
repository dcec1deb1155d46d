import { dateStyles } from './number-format.js';
import { readSheet, type SheetRows } from './sheet.js';
import { elements, stringItem } from './xml.js';
import { ZipArchive } from './zip.js';

export interface WorkbookSheet extends SheetRows {
  name: string;
}

export interface Workbook {
  /** The visible worksheets, in tab order. */
  sheets: WorkbookSheet[];
  date1904: boolean;
}

export interface WorkbookLimits {
  maxRows: number;
  /** Filled cells over all sheets. */
  maxCells: number;
}

/** "worksheets/sheet1.xml" relative to "xl/workbook.xml" → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relationships(xml: string | undefined, base: string): { id: string; type: string; part: string }[] {
  return elements(xml ?? '', 'Relationship').map((rel) => ({
    id: rel.attributes['Id'] ?? '',
    type: rel.attributes['Type'] ?? '',
    part: resolvePart(base, rel.attributes['Target'] ?? ''),
  }));
}

const relId = (attributes: Record<string, string>): string =>
  Object.entries(attributes).find(([name]) => /:id$/.test(name))?.[1] ?? '';

/** Reads the visible worksheets of an XLSX workbook as text rows (cells are never evaluated: cached values only). */
export async function readWorkbook(bytes: Uint8Array, limits: WorkbookLimits): Promise<Workbook> {
  const zip = new ZipArchive(bytes);
  const rootRels = relationships(await zip.text('_rels/.rels'), '');
  const book = rootRels.find((rel) => rel.type.endsWith('/officeDocument'))?.part ?? 'xl/workbook.xml';
  const bookXml = await zip.text(book);
  if (bookXml === undefined) throw new Error('the file is a ZIP archive but not an Excel workbook (.xlsx)');
  const rels = relationships(await zip.text(resolvePart(book, `_rels/${book.split('/').pop()}.rels`)), book);
  const partOf = (suffix: string) => rels.find((rel) => rel.type.endsWith(suffix))?.part;
  const sharedXml = await zip.text(partOf('/sharedStrings') ?? 'xl/sharedStrings.xml');
  const shared = elements(sharedXml ?? '', 'si').map((si) => stringItem(si.inner));
  const styles = dateStyles(await zip.text(partOf('/styles') ?? 'xl/styles.xml'));
  const flag = elements(bookXml, 'workbookPr')[0]?.attributes['date1904'];
  const date1904 = flag === '1' || flag === 'true';
  const sheets: WorkbookSheet[] = [];
  let cells = 0;
  for (const sheet of elements(bookXml, 'sheet')) {
    if (sheet.attributes['state'] === 'hidden' || sheet.attributes['state'] === 'veryHidden') continue;
    const rel = rels.find((candidate) => candidate.id === relId(sheet.attributes));
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = await zip.text(rel.part);
    if (xml === undefined) continue;
    const read = readSheet(xml, {
      shared,
      dateStyles: styles,
      date1904,
      maxRows: limits.maxRows,
      maxCells: limits.maxCells - cells,
    });
    cells += read.cells;
    sheets.push({ name: sheet.attributes['name'] ?? `Sheet ${sheets.length + 1}`, ...read });
  }
  return { sheets, date1904 };
}
