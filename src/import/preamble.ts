/** A deal detail's cell text and where it is (`sheet` when it comes from another sheet of a workbook). */
export interface DetailCell {
  text: string;
  row: number;
  sheet?: string;
}

/** "row 5", or "sheet "Cover", row 5" for a detail found on another sheet. */
export const detailPlace = (detail: DetailCell): string =>
  detail.sheet === undefined ? `row ${detail.row}` : `sheet ${JSON.stringify(detail.sheet)}, row ${detail.row}`;

/** Deal details read from the rows above the step table: label/value pairs ("Client Name:", "Acme") or "Vendor: Helios". */
export interface DealDetails {
  title?: string;
  seller?: string;
  buyer?: string;
  /** Raw text; parsed with the table's date order. */
  targetDate?: DetailCell;
  startDate?: DetailCell;
  /** Non-working days listed in one cell, parsed with the table's date order. */
  holidays?: DetailCell;
}

type Detail = 'seller' | 'buyer' | 'targetDate' | 'startDate' | 'holidays' | 'title';

const LABELS: Record<Detail, RegExp> = {
  seller:
    /^(provider|vendor|seller|supplier|selling company|provider name|vendor name|seller name|our company|partner name)$/,
  buyer: /^(client|client name|customer|customer name|buyer|buyer name|prospect|account|account name|company)$/,
  targetDate:
    /^(target close date|target close|close date|target signature date|target date|expected close date|target go-live date|decision date)$/,
  startDate: /^(map start date|start date|plan start date|plan start|kickoff date|kick-off date|kickoff)$/,
  holidays: /^(holidays|public holidays|bank holidays|company holidays|non-working days|office closed)$/,
  title: /^(title|plan|plan name|deal|deal name|opportunity|opportunity name|project|mutual action plan|map)$/,
};

const labelOf = (text: string): Detail | undefined => {
  const label = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[:]+$/, '').trim();
  return (Object.keys(LABELS) as Detail[]).find((detail) => LABELS[detail].test(label));
};

function setDetail(details: DealDetails, detail: Detail, value: string, row: number): void {
  if (value === '' || details[detail] !== undefined) return;
  if (detail === 'targetDate' || detail === 'startDate' || detail === 'holidays')
    details[detail] = { text: value, row };
  else details[detail] = value;
}

export function readPreamble(rows: readonly (readonly string[])[]): DealDetails {
  const details: DealDetails = {};
  let firstText: string | undefined;
  rows.forEach((row, index) => {
    const cells = row.map((cell) => cell.trim());
    cells.forEach((cell, column) => {
      if (cell === '') return;
      const detail = labelOf(cell);
      if (detail) {
        const value = cells.slice(column + 1).find((next) => next !== '');
        if (value !== undefined) setDetail(details, detail, value, index + 1);
        return;
      }
      const colon = /^([^:]{2,40}):\s*(.+)$/.exec(cell);
      const inline = colon ? labelOf(colon[1]!) : undefined;
      if (colon && inline) setDetail(details, inline, colon[2]!.trim(), index + 1);
    });
    const filled = cells.filter((cell) => cell !== '');
    if (firstText === undefined && filled.length === 1 && !labelOf(filled[0]!)) firstText = filled[0];
  });
  if (details.title === undefined && firstText !== undefined)
    details.title = firstText.replace(/^[=#\s]+|[=\s]+$/g, '');
  return details;
}
