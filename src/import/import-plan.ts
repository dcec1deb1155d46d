import { defaultCalendar } from '../model/calendar.js';
import { PlanError } from '../model/errors.js';
import { newPlan } from '../model/templates.js';
import type { ISODate, Item, Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import { Cells } from './cells.js';
import { normalizeHeader, type Field } from './columns.js';
import type { DateOrder } from './date-text.js';
import { readDelimited, type Delimiter } from './delimited.js';
import { IssueList, type ImportIssue } from './issues.js';
import { resolveParties } from './parties.js';
import { readPreamble } from './preamble.js';
import { readLinks } from './links.js';
import { scheduleSteps } from './schedule.js';
import { preambleDate, settleDateOrder } from './step-dates.js';
import { readSteps } from './steps.js';
import { findHeader, findTable } from './table.js';

export const MAX_BYTES = 10 * 1024 * 1024;

export interface ImportOptions {
  fileName?: string;
  /** The day the import happens (YYYY-MM-DD): steps that would have to start earlier put the target at risk. */
  today: ISODate;
  dateOrder?: DateOrder;
  /** Field → column letter ("F") or header text, overriding what was detected. */
  mapping?: Partial<Record<Field, string>>;
}

export interface ImportDetected {
  format?: 'csv' | 'json';
  delimiter?: Delimiter;
  encoding?: string;
  /** 1-based row of the step table's header. */
  headerRow?: number;
  columns: Record<string, { column: string; header: string }>;
  dateOrder?: DateOrder;
  /** Owner text → party id. */
  parties: Record<string, string>;
}

export interface ImportResult {
  plan: Plan | null;
  issues: ImportIssue[];
  detected: ImportDetected;
}

const size = (input: Uint8Array | string): number => (typeof input === 'string' ? input.length : input.byteLength);
const looksLikeJSON = (input: Uint8Array | string, fileName = ''): boolean =>
  /\.json$/i.test(fileName) || (typeof input === 'string' ? /^\s*\{/.test(input) : input[0] === 0x7b);

/** A spreadsheet (CSV/TSV text or bytes) or Plan JSON → a plan to review, every finding, and what was detected. */
export function importPlan(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const issues = new IssueList();
  const detected: ImportDetected = { columns: {}, parties: {} };
  const done = (plan: Plan | null): ImportResult => ({
    plan: issues.failed ? null : plan,
    issues: issues.all,
    detected,
  });
  if (size(input) > MAX_BYTES) {
    issues.error(
      'too-large',
      `the file is ${(size(input) / 1024 / 1024).toFixed(1)} MB; files over ${MAX_BYTES / 1024 / 1024} MB cannot be imported`,
    );
    return done(null);
  }
  if (looksLikeJSON(input, options.fileName)) return importJSON(input, detected, issues, done);
  const table = readDelimited(input);
  Object.assign(detected, { format: 'csv', delimiter: table.delimiter, encoding: table.encoding });
  issues.all.push(...table.issues);
  if (issues.failed) return done(null);
  const rows = table.rows;
  if (rows.every((row) => row.every((cell) => cell.trim() === ''))) {
    issues.error('empty', 'the file is empty');
    return done(null);
  }
  const found = findHeader(rows);
  const headerIndex = found < 0 && options.mapping?.title ? 0 : found;
  if (headerIndex < 0) {
    issues.error(
      'no-header',
      'no row looks like the header of a step table (a column such as "Task", "Action Item" or "Milestone", and one more such as "Owner" or "Due Date")',
    );
    return done(null);
  }
  const extent = findTable(rows, headerIndex, issues, (columns) =>
    applyMapping(columns, rows[headerIndex]!, options.mapping),
  );
  const cells = new Cells(rows, extent.columns, rows[headerIndex]!);
  Object.assign(detected, { headerRow: headerIndex + 1, columns: cells.describe() });
  const details = readPreamble(rows.slice(0, headerIndex));
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
  const drafts = readSteps(cells, extent.stepRows, order, issues);
  if (drafts.length === 0)
    issues.error('no-steps', `no steps under the header in row ${headerIndex + 1}`, headerIndex + 1);
  const links = readLinks(cells, drafts, issues);
  if (issues.failed) return done(null);
  const names = {
    ...(details.seller ? { seller: details.seller } : {}),
    ...(details.buyer ? { buyer: details.buyer } : {}),
  };
  const owners = drafts.map((draft) => ({
    row: draft.index + 1,
    owner: cells.get(draft.index, 'owner'),
    lane: cells.get(draft.index, 'party'),
    sellerOwner: cells.get(draft.index, 'sellerOwner'),
    buyerOwner: cells.get(draft.index, 'buyerOwner'),
    role: draft.role ?? '',
  }));
  const lanes = resolveParties(owners, names, issues);
  detected.parties = lanes.detected;
  const calendar = defaultCalendar();
  const schedule = scheduleSteps(
    { drafts, links, calendar, today: options.today, anchor: start ?? options.today, ...(target ? { target } : {}) },
    issues,
  );
  const title = details.title ?? options.fileName?.replace(/\.[^.]+$/, '') ?? 'Imported plan';
  const plan: Plan = { ...newPlan({ title }), parties: lanes.parties, calendar };
  if (target) plan.targetDate = target;
  if (schedule.closeId) plan.targetItemId = schedule.closeId;
  plan.items = drafts.map((draft, index): Item => {
    const { start: s, end: e } = schedule.dates.get(draft.id)!;
    const lane = lanes.assignments[index]!;
    const dependsOn = links.get(draft.id);
    return {
      id: draft.id,
      title: draft.title,
      partyId: lane.partyId,
      kind: draft.kind,
      start: s,
      end: e,
      ...(lane.owner ? { owner: lane.owner } : {}),
      ...(draft.role ? { role: draft.role } : {}),
      ...(draft.status ? { status: draft.status } : {}),
      ...(dependsOn ? { dependsOn: [...dependsOn] } : {}),
      ...(draft.internal ? { internal: true } : {}),
      ...(draft.notes ? { notes: draft.notes } : {}),
      ...(lane.withPartyIds ? { withPartyIds: lane.withPartyIds } : {}),
      ...(draft.estimate ? { estimate: draft.estimate } : {}),
    };
  });
  return done(checked(plan, issues));
}

function checked(plan: Plan, issues: IssueList): Plan | null {
  try {
    return validatePlan(plan);
  } catch (error) {
    for (const issue of (error as PlanError).issues ?? [])
      issues.error('invalid-plan', `${issue.path}: ${issue.message}`);
    if (!issues.failed) issues.error('invalid-plan', String(error));
    return null;
  }
}

function importJSON(
  input: Uint8Array | string,
  detected: ImportDetected,
  issues: IssueList,
  done: (plan: Plan | null) => ImportResult,
): ImportResult {
  detected.format = 'json';
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  try {
    return done(validatePlan(text));
  } catch (error) {
    const found = error instanceof PlanError ? error.issues : [];
    for (const issue of found) issues.error('invalid-plan', `${issue.path}: ${issue.message}`);
    if (found.length === 0) issues.error('invalid-plan', String(error));
    return done(null);
  }
}

function applyMapping(columns: Map<Field, number>, header: readonly string[], mapping: ImportOptions['mapping']): void {
  for (const [field, where] of Object.entries(mapping ?? {}) as [Field, string][]) {
    let index = /^[A-Z]{1,3}$/.test(where) ? [...where].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 : -1;
    if (index < 0) index = header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(where));
    if (index >= 0) columns.set(field, index);
  }
}
