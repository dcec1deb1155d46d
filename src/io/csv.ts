import type { Item, ItemStatus, Plan } from '../model/types.js';
import { planForAudience, type ExportOptions } from '../model/audience.js';
import { safeText } from '../model/text.js';

export interface CSVOptions extends ExportOptions {
  /** Prefix a UTF-8 byte order mark, which Excel needs to read non-ASCII text correctly. Default false. */
  bom?: boolean;
}

interface Column {
  header: string;
  value: (item: Item, names: Names) => string;
  /** The value is a list whose parts are already made safe (`safePart`), so the cell is only quoted. */
  listOfSafeParts?: boolean;
}

interface Names {
  party: Map<string, string>;
  side: Map<string, string>;
  item: Map<string, string>;
}

const title = (id: string, names: Names): string => names.item.get(id) ?? id;

const STATUS_WORDS: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  cancelled: 'Cancelled',
};

const COLUMNS: readonly Column[] = [
  { header: 'Party', value: (item, names) => names.party.get(item.partyId) ?? item.partyId },
  { header: 'Title', value: (item) => item.title },
  { header: 'Kind', value: (item) => item.kind },
  { header: 'Owner', value: (item) => item.owner ?? '' },
  { header: 'Role', value: (item) => item.role ?? '' },
  { header: 'Start', value: (item) => item.start },
  { header: 'End', value: (item) => item.end },
  { header: 'Status', value: (item) => STATUS_WORDS[item.status ?? 'todo'] },
  // Each title is neutralised before joining, so `A; '=B` reads as it should.
  {
    header: 'Depends on',
    value: (item, names) => (item.dependsOn ?? []).map((id) => safePart(title(id, names))).join('; '),
    listOfSafeParts: true,
  },
  { header: 'If yes', value: (item, names) => (item.ifYes === undefined ? '' : title(item.ifYes, names)) },
  { header: 'Notes', value: (item) => item.notes ?? '' },
];

/** The machine-readable status, for programs that read the file back; the "Status" column is for people. */
const STATUS_CODE_COLUMN: Column = { header: 'Status code', value: (item) => item.status ?? 'todo' };

/** What a program needs to rebuild the plan from the file: ids, sides, links by id, and the agreed dates. */
const ROUND_TRIP_COLUMNS: readonly Column[] = [
  { header: 'ID', value: (item) => item.id },
  { header: 'Side', value: (item, names) => names.side.get(item.partyId) ?? '' },
  {
    header: 'Depends on IDs',
    value: (item) => (item.dependsOn ?? []).map(safePart).join('; '),
    listOfSafeParts: true,
  },
  { header: 'If yes ID', value: (item) => item.ifYes ?? '' },
  { header: 'Baseline start', value: (item) => item.baseline?.start ?? '' },
  { header: 'Baseline end', value: (item) => item.baseline?.end ?? '' },
];

const INTERNAL_COLUMN: Column = { header: 'Internal', value: (item) => (item.internal ? 'yes' : '') };

/** RFC 4180 CSV, one row per step in plan order, safe to open in a spreadsheet. */
export function planToCSV(plan: Plan, options: CSVOptions = {}): string {
  const audience = options.audience ?? 'seller';
  const shown = planForAudience(plan, audience);
  // Every row in a buyer export would be empty in this column, and its header alone would hint at hidden steps.
  const columns = [
    ...COLUMNS,
    STATUS_CODE_COLUMN,
    ...ROUND_TRIP_COLUMNS,
    ...(audience === 'buyer' ? [] : [INTERNAL_COLUMN]),
  ];
  const names: Names = {
    party: new Map(shown.parties.map((party) => [party.id, party.name])),
    side: new Map(shown.parties.map((party) => [party.id, party.side])),
    item: new Map(shown.items.map((item) => [item.id, item.title])),
  };
  const rows = [columns.map((column) => csvCell(column.header))];
  for (const item of shown.items)
    rows.push(
      columns.map((column) =>
        column.listOfSafeParts ? quoted(column.value(item, names)) : csvCell(column.value(item, names)),
      ),
    );
  const text = rows.map((row) => row.join(',') + '\r\n').join('');
  return options.bom ? `\uFEFF${text}` : text;
}

/**
 * Where a spreadsheet may start a new cell and read a formula: the start of the field, and after any character that
 * is a separator in some locale or import dialog (`,` `;` tab) or ends a line, when what follows (past spaces and
 * quotes) starts a formula (`=` `+` `-` `@`, or the tab and CR some programs strip first). Excel in a `;` locale
 * splits `Intro;=cmd|' /C calc'!A0` at the `;` although the field is quoted for `,`.
 */
const FORMULA_AT_START = /^'*[ "]*[=+\-@\t\r]/;
const FORMULA_AFTER_SEPARATOR = /[,;\t\r\n](?='*[ "]*[=+\-@\t\r])/g;

/**
 * The text with a `'` wherever a cell could start with a formula; the spreadsheet shows the rest as typed. Text that
 * already has a `'` there gets one more, so a reader that removes one `'` (the importer) gets the text back exactly.
 */
export const neutralised = (value: string): string =>
  (FORMULA_AT_START.test(value) ? "'" : '') + value.replace(FORMULA_AFTER_SEPARATOR, "$&'");

/**
 * One field: text no file should hold replaced (model/text.ts), neutralised against formula injection, and always
 * quoted, so no reader has to guess where it ends.
 */
export function csvCell(value: string): string {
  return quoted(safePart(String(value)));
}

/** Text no file should hold replaced, then neutralised: one cell, or one part of a list in a cell. */
const safePart = (value: string): string => neutralised(safeText(value));

const quoted = (value: string): string => `"${value.replaceAll('"', '""')}"`;
