import type { ISODate, ItemKind, ItemStatus } from '../model/types.js';
import type { Cells } from './cells.js';
import type { DateOrder } from './date-text.js';
import { IssueList, quoted, rowList } from './issues.js';
import { awaitsDateOrder, dateAt } from './step-dates.js';
import { readDuration, readKind, readStatus, readYesNo } from './values.js';

export const DEFAULT_SPAN = 5;

/** A step as read from its row, before lanes, links and scheduling. */
export interface StepDraft {
  index: number;
  id: string;
  title: string;
  kind: ItemKind;
  close: boolean;
  /** Working days (1 for a milestone). */
  span: number;
  start?: ISODate;
  end?: ISODate;
  status?: ItemStatus;
  internal?: boolean;
  role?: string;
  notes?: string;
  estimate?: string;
  /** The id of the decision this step assumes is "yes". */
  ifYes?: string;
  baseline?: { start: ISODate; end: ISODate };
}

const isPhaseHeading = (cells: Cells, index: number): string | undefined => {
  const filled = (cells.rows[index] ?? []).map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length === 1 && (cells.get(index, 'title') === '' || /^(phase|stage)\b/i.test(filled[0]!))
    ? filled[0]
    : undefined;
};

/** A title that names a decision when no Kind column does: "Go / No-Go decision", "Final decision", "Go/no-go". */
const DECISION_TITLE = /\bgo\s*\/\s*no[\s-]*go\b|\bdecision\s*$/i;

/** Reads each step row; phase headings (a lone cell) name the phase of the rows below them. */
export function readSteps(
  cells: Cells,
  stepRows: readonly number[],
  order: DateOrder | undefined,
  issues: IssueList,
): StepDraft[] {
  const drafts: StepDraft[] = [];
  const guessed: { row: number; text: string }[] = [];
  const noTitle: number[] = [];
  const decisions: number[] = [];
  // Steps headed "Milestone" with one date column (a due date) are milestones; with a start column too, a row's
  // missing or unreadable date says nothing about its length.
  const milestoneTable =
    !cells.has('duration') && !cells.has('start') && /milestone/i.test(cells.header[cells.columns.get('title')!] ?? '');
  let phase = '';
  const used = new Set<string>();
  for (const index of stepRows) {
    const heading = isPhaseHeading(cells, index);
    if (heading !== undefined) {
      phase = heading;
      continue;
    }
    const title = cells.get(index, 'title');
    if (title === '') {
      noTitle.push(index + 1);
      continue;
    }
    const draft: StepDraft = {
      index,
      id: stepId(cells, index, used),
      title,
      kind: 'task',
      close: false,
      span: DEFAULT_SPAN,
    };
    used.add(draft.id);
    const start = dateAt(cells, index, 'start', order, issues);
    const due = dateAt(cells, index, 'due', order, issues);
    const completed = dateAt(cells, index, 'completed', order, issues);
    const end = due ?? completed;
    if (start) draft.start = start;
    if (end) draft.end = end;
    const durationText = cells.get(index, 'duration');
    const days = readDuration(durationText);
    if (durationText !== '' && days === undefined) draft.estimate = durationText;
    if (days === 0) draft.kind = 'milestone';
    else if (days !== undefined) draft.span = days;
    else if (start && end) draft.span = 1;
    else if (milestoneTable) draft.kind = 'milestone';
    // A row whose dates read either way gets its length once the date order is chosen.
    else if (!awaitsDateOrder(cells, index, order)) guessed.push({ row: index + 1, text: durationText });
    const kind = readKind(cells.get(index, 'kind'));
    if (kind === 'close') draft.close = true;
    else if (kind) draft.kind = kind;
    else if (DECISION_TITLE.test(title)) {
      draft.kind = 'decision';
      decisions.push(index + 1);
    }
    if (draft.kind !== 'task') draft.span = 1;
    else if (start && end && start > end) {
      const endField = due ? 'due' : 'completed';
      issues.warn(
        'end-before-start',
        `row ${index + 1}, ${cells.where(endField)}: ${end} is before the start ${start} in ${cells.where('start')} — the step is placed on ${end} alone`,
        index + 1,
        cells.letter(endField),
      );
    }
    readStatusCell(cells, index, draft, completed !== undefined, issues);
    const baselineStart = dateAt(cells, index, 'baselineStart', order, issues);
    const baselineEnd = dateAt(cells, index, 'baselineEnd', order, issues);
    if (baselineStart && baselineEnd) draft.baseline = { start: baselineStart, end: baselineEnd };
    const facing = readYesNo(cells.get(index, 'clientFacing'));
    if (facing === false || readYesNo(cells.get(index, 'internal')) === true) draft.internal = true;
    const role = cells.get(index, 'role');
    if (role) draft.role = role;
    const forecast = cells.get(index, 'forecast');
    const notes = [
      ...cells.notes(index),
      phase || cells.get(index, 'phase') ? `Phase: ${cells.get(index, 'phase') || phase}` : '',
      forecast && forecast !== '—' ? `Forecast milestone: ${forecast}` : '',
    ]
      .filter((part) => part !== '')
      .join('\n');
    if (notes) draft.notes = notes;
    drafts.push(draft);
  }
  if (guessed.length > 0) {
    const texts = [...new Set(guessed.map((entry) => quoted(entry.text)))];
    const where = cells.where('duration');
    const what =
      guessed.length === 1 ? `${texts[0]} is not a number of days` : `${texts.join(', ')} are not numbers of days`;
    issues.warn(
      'duration-assumed',
      `${rowList(guessed.map((entry) => entry.row))}${cells.has('duration') ? `, ${where}: ${what}` : ': no duration column'} — assumed ${DEFAULT_SPAN} working days`,
      guessed[0]!.row,
      cells.letter('duration'),
    );
  }
  if (decisions.length > 0)
    issues.info(
      'decision-from-title',
      `${rowList(decisions)}: read as the buyer's decision, as ${decisions.length === 1 ? 'its title says' : 'their titles say'} (a Kind column would say otherwise)`,
      decisions[0],
      cells.letter('title'),
    );
  if (noTitle.length > 0)
    issues.warn(
      'no-title',
      `${rowList(noTitle)}: ${cells.where('title')} is empty — skipped, as a step needs a title`,
      noTitle[0],
      cells.letter('title'),
    );
  return drafts;
}

/** An id from the file where it has one that could be ours ("security-review"); else one made from the row. */
function stepId(cells: Cells, index: number, used: ReadonlySet<string>): string {
  const text = cells.get(index, 'id');
  if (/^[A-Za-z_][\w.:-]*$/.test(text) && !used.has(text)) return text;
  let id = `step-${index + 1}`;
  while (used.has(id)) id += '-b';
  return id;
}

function readStatusCell(cells: Cells, index: number, draft: StepDraft, completed: boolean, issues: IssueList): void {
  const code = readStatus(cells.get(index, 'statusCode'));
  if (code) {
    draft.status = code;
    return;
  }
  const text = cells.get(index, 'status');
  const status = readStatus(text);
  if (status) draft.status = status;
  else if (status === undefined) {
    draft.status = 'todo';
    issues.warn(
      'unknown-status',
      `row ${index + 1}, ${cells.where('status')}: ${quoted(text)} is not a status we know — read as to do`,
      index + 1,
      cells.letter('status'),
    );
  } else if (completed) draft.status = 'done';
}
