import { defaultCalendar } from '../model/calendar.js';
import { findViolations } from '../model/graph.js';
import { hasUnsafeText, safeText } from '../model/text.js';
import type { Plan } from '../model/types.js';
import { assemblePlan } from './assemble.js';
import { Cells } from './cells.js';
import { normalizeHeader, type Field } from './columns.js';
import type { ImportDetected, ImportOptions } from './import-types.js';
import { rowList, type IssueList } from './issues.js';
import { readLinks } from './links.js';
import { resolveParties, type PartyResult } from './parties.js';
import { readIfYes } from './decisions.js';
import { lanesFromSides, namesSides } from './side-lanes.js';
import { readPreamble, type DealDetails } from './preamble.js';
import { scheduleSteps } from './schedule.js';
import { planCalendar } from './holidays.js';
import { preambleDate, settleDateOrder } from './step-dates.js';
import { readSteps, type StepDraft } from './steps.js';
import { findHeader, findTable, reportIgnored } from './table.js';
import { spareColumns } from './spare-columns.js';
import { detailRows } from './detail-rows.js';

export interface RowSource {
  /** Row i is spreadsheet row i + 1. */
  rows: readonly (readonly string[])[];
  /** 0-based rows to pass over (hidden in a workbook). */
  hidden?: ReadonlySet<number>;
  /** Deal details found elsewhere (a workbook's cover sheet), used where the rows above the table say nothing. */
  fallbackDetails?: DealDetails;
}

/**
 * Rows of text cells (a CSV file or a workbook sheet) → a plan: the header, the deal details above it, the steps,
 * their links and lanes, and dates worked back from the target.
 */
export function importRows(
  source: RowSource,
  options: ImportOptions,
  detected: ImportDetected,
  issues: IssueList,
): Plan | null {
  // A line break typed in Word or Excel (U+000B), or another control character, becomes a space, and what no export
  // can carry is dropped (see `safeText`), in every cell, before anything reads them.
  const rows = source.rows.map((row) => (row.some(hasUnsafeText) ? row.map(safeText) : row));
  if (rows.every((row) => row.every((cell) => cell.trim() === ''))) {
    issues.error('empty', 'the file is empty');
    return null;
  }
  const found = findHeader(rows);
  const headerIndex = found < 0 && options.mapping?.title ? 0 : found;
  if (headerIndex < 0) {
    issues.error(
      'no-header',
      'no row looks like the header of a step table (a column such as "Task", "Action Item" or "Milestone", and one more such as "Owner" or "Due Date")',
    );
    return null;
  }
  const extent = findTable(
    rows,
    headerIndex,
    (columns) => applyMapping(columns, rows[headerIndex]!, options.mapping),
    source.hidden,
  );
  const inTable = detailRows(rows, extent.stepRows, issues);
  extent.stepRows = inTable.stepRows;
  const below = detailRows(rows, extent.rest, issues);
  reportIgnored(below.stepRows, issues);
  const moreNotes = spareColumns(rows, headerIndex, extent.stepRows, extent.columns, issues);
  const cells = new Cells(rows, extent.columns, rows[headerIndex]!, moreNotes);
  Object.assign(detected, {
    headerRow: headerIndex + 1,
    headers: headerCells(rows[headerIndex]!),
    columns: cells.describe(),
  });
  const details: DealDetails = {
    ...source.fallbackDetails,
    ...below.details,
    ...inTable.details,
    ...readPreamble(rows.slice(0, headerIndex)),
  };
  const order = settleDateOrder(
    cells,
    extent.stepRows,
    [details.targetDate?.text ?? '', details.startDate?.text ?? ''],
    options.dateOrder,
    issues,
  );
  if (order) detected.dateOrder = order;
  const target = preambleDate(details.targetDate, order, 'target close date', issues);
  const start = preambleDate(details.startDate, order, 'start date', issues);
  const calendar = planCalendar(options.calendar ?? defaultCalendar(), details.holidays, order, issues);
  const drafts = readSteps(cells, extent.stepRows, order, issues);
  if (drafts.length === 0)
    issues.error('no-steps', `no steps under the header in row ${headerIndex + 1}`, headerIndex + 1);
  const links = readLinks(cells, drafts, issues);
  readIfYes(cells, drafts, links, issues);
  if (issues.failed) return null;
  const names = {
    ...(details.seller ? { seller: details.seller } : {}),
    ...(details.buyer ? { buyer: details.buyer } : {}),
  };
  const lanes = readLanes(cells, drafts, names, issues);
  detected.parties = lanes.detected;
  if (details.title) detected.title = details.title;
  detected.laneKeys = Object.fromEntries(drafts.map((draft, index) => [draft.id, lanes.assignments[index]?.key ?? '']));
  const schedule = scheduleSteps(
    { drafts, links, calendar, today: options.today, anchor: start ?? options.today, ...(target ? { target } : {}) },
    issues,
  );
  const plan = assemblePlan(
    {
      title: details.title ?? options.fileName?.replace(/\.[^.]+$/, '') ?? 'Imported plan',
      calendar,
      ...(target ? { target } : {}),
      parties: lanes.parties,
      assignments: lanes.assignments,
      drafts,
      links,
      schedule,
    },
    issues,
  );
  if (plan) reportOutOfOrder(plan, drafts, issues);
  return plan;
}

/** Rows listed in one finding before the rest are counted. */
const ROWS_LISTED = 12;

/** Steps the file's dates put before a step they wait for: said before the import, not found on the timeline after. */
function reportOutOfOrder(plan: Plan, drafts: readonly StepDraft[], issues: IssueList): void {
  const violations = findViolations(plan.items);
  if (violations.length === 0) return;
  const rowOf = new Map(drafts.map((draft) => [draft.id, draft.index + 1]));
  const rows = [...new Set(violations.map((violation) => rowOf.get(violation.to)!))].sort((a, b) => a - b);
  const listed =
    rowList(rows.slice(0, ROWS_LISTED)) + (rows.length > ROWS_LISTED ? ` and ${rows.length - ROWS_LISTED} more` : '');
  const one = rows.length === 1;
  const [first] = violations;
  issues.warn(
    'out-of-order',
    `${listed}: ${one ? 'starts' : 'start'} before a step ${one ? 'it waits' : 'they wait'} for ends (row ${rowOf.get(first!.to)} waits for row ${rowOf.get(first!.from)}) — ${one ? 'its arrow turns' : 'their arrows turn'} red, and the projected finish waits for ${one ? 'it' : 'them'}`,
    rows[0],
  );
}

/** Each step's lane: named with its side (our own export), else worked out from owners and side words. */
function readLanes(
  cells: Cells,
  drafts: readonly StepDraft[],
  names: { seller?: string; buyer?: string },
  issues: IssueList,
): PartyResult {
  const sided = drafts.map((draft) => ({
    party: cells.get(draft.index, 'party'),
    side: cells.get(draft.index, 'side'),
    owner: cells.get(draft.index, 'owner'),
  }));
  if (namesSides(sided)) return lanesFromSides(sided);
  const owners = drafts.map((draft, index) => ({
    row: draft.index + 1,
    owner: sided[index]!.owner,
    lane: sided[index]!.party || sided[index]!.side,
    sellerOwner: cells.get(draft.index, 'sellerOwner'),
    buyerOwner: cells.get(draft.index, 'buyerOwner'),
    role: draft.role ?? '',
  }));
  return resolveParties(owners, names, issues);
}

/** The header row's cells, trimmed, without the blank ones at its end. */
function headerCells(row: readonly string[]): string[] {
  const cells = row.map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function applyMapping(columns: Map<Field, number>, header: readonly string[], mapping: ImportOptions['mapping']): void {
  for (const [field, where] of Object.entries(mapping ?? {}) as [Field, string][]) {
    let index = /^[A-Z]{1,3}$/.test(where) ? [...where].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 : -1;
    if (index < 0) index = header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(where));
    if (index >= 0) columns.set(field, index);
  }
}
