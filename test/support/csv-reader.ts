/**
 * Reads CSV the way a spreadsheet in a locale with this separator does: a quote opens a quoted field only at the
 * start of a cell (`""` inside is a quote); after the closing quote the text up to the next separator is taken as it
 * stands; outside quotes a line break (CRLF, LF or CR) ends the row. With `,` this is RFC 4180; with `;` it is
 * Excel in most of Europe opening a file written for `,`, where our quotes no longer sit at cell starts.
 */
export function readAs(text: string, separator: ',' | ';' | '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let atStart = true;
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
    atStart = true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (char === separator) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += char;
      atStart = false;
    }
  }
  if (!atStart || cell !== '') endCell();
  if (row.length > 0) rows.push(row);
  return rows;
}
