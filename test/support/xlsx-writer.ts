import { crc32, deflateRawSync } from 'node:zlib';

/** A cell for a test workbook: text, a number, a boolean, or a calendar date written as a styled serial. */
export type CellValue = string | number | boolean | { date: string; style?: 'builtin' | 'custom' } | null;

export interface SheetSpec {
  name: string;
  /** Row i is spreadsheet row i + 1. */
  rows: CellValue[][];
  /** 1-based rows marked hidden. */
  hidden?: number[];
  merges?: string[];
  /** Write text as inline strings instead of shared strings. */
  inlineStrings?: boolean;
  state?: 'hidden';
}

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  store?: boolean;
  /** Lie about the uncompressed size in the directory (a zip bomb's trick). */
  declaredSize?: number;
}

const bytesOf = (data: Uint8Array | string): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

/** A ZIP archive: local headers, data, central directory and its end record. */
export function zipBytes(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = bytesOf(entry.data);
    const packed = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name);
    const crc = crc32(raw);
    const size = entry.declaredSize ?? raw.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(packed));
    centrals.push(central, name);
    offset += 30 + name.length + packed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columnName = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** Excel's serial for a calendar date: day 25569 is 1970-01-01 in the 1900 system; the 1904 system is 1462 less. */
export const serialOf = (date: string, date1904 = false): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000 + 25569 - (date1904 ? 1462 : 0);

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-809]dd\\ mmm\\ yyyy;@"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs>
</styleSheet>`;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An XLSX workbook with the given sheets, written the way Excel lays its parts out. */
export function workbookBytes(spec: { sheets: SheetSpec[]; date1904?: boolean }): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = (text: string): number => {
    let index = shared.indexOf(text);
    if (index < 0) index = shared.push(text) - 1;
    return index;
  };
  const cellXml = (value: CellValue, ref: string, inline: boolean): string => {
    if (value === null || value === '') return '';
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    if (typeof value === 'object') {
      const style = value.style === 'custom' ? 2 : 1;
      return `<c r="${ref}" s="${style}"><v>${serialOf(value.date, spec.date1904)}</v></c>`;
    }
    if (inline) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
    return `<c r="${ref}" t="s"><v>${sharedIndex(value)}</v></c>`;
  };
  const sheetXml = (sheet: SheetSpec): string => {
    const rows = sheet.rows
      .map((row, index) => {
        const hidden = sheet.hidden?.includes(index + 1) ? ' hidden="1"' : '';
        const cells = row.map((value, column) =>
          cellXml(value, `${columnName(column)}${index + 1}`, !!sheet.inlineStrings),
        );
        return row.length === 0 && !hidden ? '' : `<row r="${index + 1}"${hidden}>${cells.join('')}</row>`;
      })
      .join('');
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${REL_NS}><sheetData>${rows}</sheetData>${merges}</worksheet>`;
  };
  const sheets = spec.sheets.map(sheetXml);
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS} ${REL_NS}><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${spec.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
    )
    .join('')}</sheets></workbook>`;
  const relationships = (items: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
  const bookRels = relationships([
    ...spec.sheets.map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    ),
    `<Relationship Id="rIdS" Type="${OFFICE}/sharedStrings" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rIdT" Type="${OFFICE}/styles" Target="styles.xml"/>`,
  ]);
  const strings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${shared
    .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
    .join('')}</sst>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${spec.sheets
    .map(
      (_, index) =>
        `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join(
      '',
    )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  return zipBytes([
    { name: '[Content_Types].xml', data: types },
    {
      name: '_rels/.rels',
      data: relationships([`<Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/>`]),
    },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: bookRels },
    ...sheets.map((xml, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, data: xml })),
    { name: 'xl/sharedStrings.xml', data: strings },
    { name: 'xl/styles.xml', data: STYLES },
  ]);
}
