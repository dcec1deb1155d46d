import type { ImportField } from '../import/index.js';

/** The fields the preview offers to map, in the order a step reads, with the words a rep knows them by. */
export const FIELDS: readonly { field: ImportField; label: string }[] = [
  { field: 'title', label: 'Step' },
  { field: 'id', label: 'Number (#)' },
  { field: 'phase', label: 'Phase' },
  { field: 'owner', label: 'Owner' },
  { field: 'sellerOwner', label: 'Seller owner' },
  { field: 'buyerOwner', label: 'Buyer owner' },
  { field: 'party', label: 'Lane (company)' },
  { field: 'side', label: 'Side (seller, buyer, partner)' },
  { field: 'role', label: 'Role / contact' },
  { field: 'duration', label: 'Duration (days)' },
  { field: 'start', label: 'Start date' },
  { field: 'due', label: 'Due date' },
  { field: 'completed', label: 'Completed date' },
  { field: 'status', label: 'Status' },
  { field: 'dependsOn', label: 'Depends on' },
  { field: 'kind', label: 'Kind' },
  { field: 'clientFacing', label: 'Client-facing' },
  { field: 'internal', label: 'Internal' },
  { field: 'notes', label: 'Notes' },
  { field: 'forecast', label: 'Forecast' },
];

/**
 * A column past the last of any sheet the importer accepts: its cells are empty, so a field mapped to it reads
 * nothing. The importer's mapping can only point a field at a column, so "not used" is said this way.
 */
export const UNUSED_COLUMN = 'ZZZ';

/** The spreadsheet's letter for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/**
 * The columns a field can be mapped to: every cell of the header row when it is known, else the columns the
 * importer used; blank trailing columns are left out.
 */
export function columnsOf(
  headers: readonly string[] | undefined,
  used: Readonly<Record<string, { column: string; header: string }>>,
): { letter: string; header: string }[] {
  if (headers) {
    let last = headers.length;
    while (last > 0 && headers[last - 1]!.trim() === '') last -= 1;
    return headers.slice(0, last).map((header, index) => ({ letter: columnLetter(index), header: header.trim() }));
  }
  const columns = new Map<string, string>();
  for (const { column, header } of Object.values(used)) if (column !== UNUSED_COLUMN) columns.set(column, header);
  return [...columns]
    .sort(([a], [b]) => a.length - b.length || a.localeCompare(b))
    .map(([letter, header]) => ({ letter, header }));
}
