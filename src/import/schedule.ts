import { addWorkdays, endAfter, nextWorkday, previousWorkday } from '../model/calendar.js';
import type { Calendar, ISODate } from '../model/types.js';
import { IssueList, quoted, rowList } from './issues.js';
import type { StepDraft } from './steps.js';

export interface ScheduleInput {
  drafts: readonly StepDraft[];
  links: ReadonlyMap<string, readonly string[]>;
  calendar: Calendar;
  today: ISODate;
  target?: ISODate;
  /** Where steps with nothing before them start (the plan's start date, else today). */
  anchor: ISODate;
}

export interface Schedule {
  dates: Map<string, { start: ISODate; end: ISODate }>;
  closeId?: string;
}

/** Kahn's order over the links (the caller has refused cycles). */
function topological(drafts: readonly StepDraft[], links: ReadonlyMap<string, readonly string[]>): StepDraft[] {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const done = new Set<string>();
  const order: StepDraft[] = [];
  const visit = (draft: StepDraft) => {
    if (done.has(draft.id)) return;
    done.add(draft.id);
    for (const id of links.get(draft.id) ?? []) visit(byId.get(id)!);
    order.push(draft);
  };
  drafts.forEach(visit);
  return order;
}

/** The close step: marked, or due on the target date, or the last step nothing depends on. */
function findClose(input: ScheduleInput): StepDraft | undefined {
  if (!input.target) return undefined;
  const marked = input.drafts.find((draft) => draft.close) ?? input.drafts.find((draft) => draft.end === input.target);
  if (marked) return marked;
  const predecessors = new Set([...input.links.values()].flat());
  return [...input.drafts].reverse().find((draft) => !predecessors.has(draft.id));
}

/** Dates from the file as given; a missing end or start follows from the span, moved off non-working days. */
function place(
  draft: StepDraft,
  start: ISODate | undefined,
  end: ISODate | undefined,
  calendar: Calendar,
): { start: ISODate; end: ISODate } {
  const span = draft.kind === 'task' ? draft.span : 1;
  if (draft.end && (draft.kind !== 'task' || (draft.start && draft.start > draft.end)))
    return { start: draft.end, end: draft.end };
  if (draft.start && draft.end) return { start: draft.start, end: draft.end };
  if (draft.start) return { start: draft.start, end: span <= 1 ? draft.start : endAfter(draft.start, span, calendar) };
  if (draft.end)
    return { start: span <= 1 ? draft.end : addWorkdays(draft.end, -(span - 1), calendar), end: draft.end };
  if (end !== undefined) return { start: addWorkdays(end, -(span - 1), calendar), end };
  const first = nextWorkday(start!, calendar);
  return { start: first, end: endAfter(first, span, calendar) };
}

/**
 * Works back from the target: the close step ends on the target date, its ancestors as late as their successors
 * allow; every other step goes forward from its predecessors or the anchor. Dates from the file never move.
 */
export function scheduleSteps(input: ScheduleInput, issues: IssueList): Schedule {
  const { calendar, links } = input;
  const order = topological(input.drafts, links);
  const close = findClose(input);
  const dates = new Map<string, { start: ISODate; end: ISODate }>();
  const backward = new Set<string>();
  if (close) {
    const stack = [close.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (backward.has(id)) continue;
      backward.add(id);
      stack.push(...(links.get(id) ?? []));
    }
  }
  const successors = new Map<string, string[]>();
  for (const [id, before] of links)
    for (const from of before) successors.set(from, [...(successors.get(from) ?? []), id]);
  for (const draft of [...order].reverse()) {
    if (!backward.has(draft.id)) continue;
    let latest = draft === close ? previousWorkday(input.target!, calendar) : undefined;
    for (const next of successors.get(draft.id) ?? []) {
      const placed = backward.has(next) ? dates.get(next) : undefined;
      if (!placed) continue;
      const before = addWorkdays(placed.start, -1, calendar);
      if (latest === undefined || before < latest) latest = before;
    }
    dates.set(draft.id, place(draft, undefined, latest ?? previousWorkday(input.target!, calendar), calendar));
  }
  for (const draft of order) {
    if (backward.has(draft.id)) continue;
    let earliest = nextWorkday(input.anchor, calendar);
    for (const id of links.get(draft.id) ?? []) {
      const after = addWorkdays(dates.get(id)!.end, 1, calendar);
      if (after > earliest) earliest = after;
    }
    dates.set(draft.id, place(draft, earliest, undefined, calendar));
  }
  noteUndated(input, backward, issues);
  warnIfLate(input, dates, issues);
  return { dates, ...(close ? { closeId: close.id } : {}) };
}

/** Steps whose row gives no date (empty, or a placeholder such as "TBD"): where the schedule put them, and why. */
function noteUndated(input: ScheduleInput, backward: ReadonlySet<string>, issues: IssueList): void {
  const undated = input.drafts.filter((draft) => !draft.start && !draft.end);
  const rows = (fromTarget: boolean) =>
    undated.filter((draft) => backward.has(draft.id) === fromTarget).map((draft) => draft.index + 1);
  const back = rows(true);
  const forward = rows(false);
  if (back.length > 0)
    issues.info(
      'dates-scheduled',
      `${rowList(back)}: no start or end date — placed back from the target date ${input.target}, so that the plan finishes by it`,
      back[0],
    );
  if (forward.length > 0)
    issues.info(
      'dates-scheduled',
      `${rowList(forward)}: no start or end date — ${forward.length === 1 ? 'it starts' : 'each starts'} after the steps it depends on, or on ${nextWorkday(input.anchor, input.calendar)} if it depends on none`,
      forward[0],
    );
}

function warnIfLate(input: ScheduleInput, dates: Map<string, { start: ISODate }>, issues: IssueList): void {
  let first: StepDraft | undefined;
  for (const draft of input.drafts) {
    if (draft.start || draft.end || draft.status === 'done' || draft.status === 'cancelled') continue;
    const start = dates.get(draft.id)!.start;
    if (start < input.today && (!first || start < dates.get(first.id)!.start)) first = draft;
  }
  if (!first || !input.target) return;
  const start = dates.get(first.id)!.start;
  issues.warn(
    'target-at-risk',
    `row ${first.index + 1} ${quoted(first.title)} would have to start on ${start}, before today (${input.today}), to close by ${input.target}: the target date is at risk`,
    first.index + 1,
  );
}
