import { html, type TemplateResult } from 'lit';
import {
  diffDays,
  formatShortDate,
  isISODate,
  planForAudience,
  type Audience,
  type Item,
  type LogEntry,
  type Plan,
  workdaySpan,
} from '../src/index.js';
import { brief } from './event-log.js';

const STATUS_WORDS: Record<string, string> = { vague: 'RED', verbal: 'AMBER', written: 'GREEN' };

/**
 * What a viewer may read of a change: the buyer reads nothing about internal steps, not even as a dependency, as
 * the timeline, the summary and the exports show them nothing of them. Returns the plan to describe them with.
 */
export function changesFor(
  audience: Audience,
  plan: Plan,
  changes: readonly LogEntry[],
): { plan: Plan; changes: LogEntry[] } {
  if (audience === 'seller') return { plan, changes: [...changes] };
  // Internal now, or when the change was made: a removed internal step is in the plan no more.
  const internal = new Set(plan.items.filter((item) => item.internal).map((item) => item.id));
  for (const entry of changes)
    if (entry.itemId !== undefined && (entry.before?.internal === true || entry.after?.internal === true))
      internal.add(entry.itemId);
  const aboutInternal = (entry: LogEntry) => entry.itemId !== undefined && internal.has(entry.itemId);
  const seen = changes.filter((entry) => !aboutInternal(entry)).map((entry) => withoutInternalLinks(entry, internal));
  return { plan: planForAudience(plan, audience), changes: seen.filter((entry): entry is LogEntry => !!entry) };
}

/** The entry with internal steps left out of its dependency lists; undefined when nothing else changed. */
function withoutInternalLinks(entry: LogEntry, internal: ReadonlySet<string>): LogEntry | undefined {
  if (!entry.before?.dependsOn && !entry.after?.dependsOn) return entry;
  const visible = (ids: readonly string[] | undefined) => ids?.filter((id) => !internal.has(id));
  const before = { ...entry.before, dependsOn: visible(entry.before?.dependsOn) };
  const after = { ...entry.after, dependsOn: visible(entry.after?.dependsOn) };
  if (String(before.dependsOn ?? []) === String(after.dependsOn ?? [])) {
    delete before.dependsOn;
    delete after.dependsOn;
    if (entry.op === 'update' && Object.keys(before).length === 0 && Object.keys(after).length === 0) return undefined;
  }
  return { ...entry, before, after };
}

/** One line per log entry, in words: "Security review: end 10 Dec → 17 Dec". Titles are rendered as text. */
export function describeChange(entry: LogEntry, plan: Plan): TemplateResult {
  const title = brief(stepTitle(entry, plan));
  switch (entry.op) {
    case 'add':
      return html`Added <b>${title}</b>${entry.after?.start ? html` · ${span(entry.after)}` : ''}`;
    case 'remove':
      return html`Removed <b>${title}</b>`;
    case 'agree':
      return html`${entry.note ?? 'Plan agreed'}`;
    case 'update':
      return html`<b>${title}</b>: ${fieldChanges(entry, plan)}`;
    case 'plan':
      // A whole plan replaced (an import) says so in its note; field edits list the fields.
      return entry.note?.startsWith('Imported')
        ? html`${entry.note}`
        : html`Plan ${fieldChanges(entry, plan, PLAN_LABELS)}`;
    case 'party-add':
      return html`Added the lane <b>${partyName(entry, plan)}</b>`;
    case 'party-remove':
      return html`Removed the lane <b>${partyName(entry, plan)}</b>`;
    case 'party-move':
      return html`Moved the lane <b>${partyName(entry, plan)}</b> to position ${Number(entry.after?.['index'] ?? 0) + 1}`;
    case 'party-update':
      return html`Lane <b>${partyName(entry, plan)}</b>: ${fieldChanges(entry, plan)}`;
  }
}

function partyName(entry: LogEntry, plan: Plan): string {
  const party = plan.parties.find((candidate) => candidate.id === entry.partyId);
  return party?.name ?? String(entry.after?.['name'] ?? entry.before?.['name'] ?? entry.partyId ?? 'lane');
}

function stepTitle(entry: LogEntry, plan: Plan): string {
  const item = plan.items.find((candidate) => candidate.id === entry.itemId);
  return item?.title ?? entry.after?.title ?? entry.before?.title ?? entry.itemId ?? 'step';
}

function span(part: Partial<Item>, withYear = false): string {
  if (!part.start) return '';
  return part.end && part.end !== part.start
    ? `${formatShortDate(part.start, withYear)} – ${formatShortDate(part.end, withYear)}`
    : formatShortDate(part.start, withYear);
}

/** Dates that are not all in one year are written with their years: a year mistyped shows as such. */
const yearsDiffer = (...dates: unknown[]): boolean =>
  new Set(dates.filter((date) => typeof date === 'string' && isISODate(date)).map((date) => String(date).slice(0, 4)))
    .size > 1;

function fieldChanges(entry: LogEntry, plan: Plan, labels = LABELS): TemplateResult[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const parts: TemplateResult[] = [];
  let keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const move = moved(entry.before, entry.after, plan.calendar);
  if (move) {
    parts.push(move);
    keys = keys.filter((key) => key !== 'start' && key !== 'end');
  }
  for (const key of keys) {
    // Notes may be long, and a seller's are private: the log says they changed, not what they say.
    if (key === 'notes') {
      parts.push(html`notes ${before[key] === undefined ? 'added' : after[key] === undefined ? 'cleared' : 'edited'}`);
      continue;
    }
    const withYear = yearsDiffer(before[key], after[key]);
    const [was, now] = [value(key, before[key], plan, withYear), value(key, after[key], plan, withYear)];
    // "target date set to 29 Jan", "now after Tailored demo": not "target date — → 29 Jan".
    const linking = LINKING.has(key);
    const name = labels[key] ?? key;
    if (was === NONE && now !== NONE) parts.push(linking ? html`now ${name} ${now}` : html`${name} set to ${now}`);
    else if (now === NONE && was !== NONE)
      parts.push(linking ? html`no longer ${name} ${was}` : html`${name} cleared (was ${was})`);
    else parts.push(html`${name} ${was} <span class="arrow">→</span> ${now}`);
  }
  return parts.map((part, index) => html`${index > 0 ? ', ' : ''}${part}`);
}

/**
 * "moved +10 days to 26 Nov – 12 Dec" when a step kept its length; on a plan with working days, "moved +1 working
 * day to …" when it kept its working days (across a weekend or a holiday too, and a drag's calendar days told in the
 * plan's own unit); else both spans.
 */
function moved(
  before: Partial<Item> | undefined,
  after: Partial<Item> | undefined,
  calendar: Plan['calendar'],
): TemplateResult | undefined {
  if (!before?.start || !before.end || !after?.start || !after.end) return undefined;
  const shift = diffDays(after.start, before.start);
  const withYear = yearsDiffer(before.start, before.end, after.start, after.end);
  const to = span(after, withYear);
  const keptWorkdays =
    calendar && workdaySpan(before.start, before.end, calendar) === workdaySpan(after.start, after.end, calendar);
  if (keptWorkdays && shift !== 0) {
    const [first, last] = shift > 0 ? [before.start, after.start] : [after.start, before.start];
    const workdays = (workdaySpan(first, last, calendar) - 1) * Math.sign(shift);
    if (workdays !== 0) return html`moved ${signed(workdays, 'working day')} to ${to}`;
  }
  if (shift === diffDays(after.end, before.end)) return html`moved ${signed(shift, 'day')} to ${to}`;
  return html`dates ${span(before, withYear)} <span class="arrow">→</span> ${to}`;
}

/** "+3 days", "−1 working day". */
const signed = (count: number, unit: string): string =>
  `${count > 0 ? '+' : '−'}${Math.abs(count)} ${unit}${Math.abs(count) === 1 ? '' : 's'}`;

/** Field names as a rep reads them. */
const LABELS: Record<string, string> = {
  partyId: 'lane',
  dependsOn: 'after',
  ifYes: 'only if yes to',
  withPartyIds: 'with',
  targetItemId: 'target step',
  targetDate: 'target date',
  internal: 'internal',
  calendar: 'working days',
  baseline: 'agreed dates',
};

/** A plan's `status` is its agreement (RED, AMBER, GREEN), not a step's progress. */
const PLAN_LABELS: Record<string, string> = { ...LABELS, status: 'agreement' };

/** Fields whose label is a link word ("after", "with"), not a noun. */
const LINKING = new Set(['dependsOn', 'ifYes', 'withPartyIds']);

/** How a field with no value reads. */
const NONE = '—';

function value(key: string, raw: unknown, plan: Plan, withYear = false): string {
  if (key === 'internal') return raw === true ? 'yes' : 'no';
  if (key === 'calendar') return calendarWords(raw);
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return NONE;
  if (typeof raw === 'string' && isISODate(raw)) return formatShortDate(raw, withYear);
  if (key === 'status' && typeof raw === 'string' && raw in STATUS_WORDS) return STATUS_WORDS[raw]!;
  if (key === 'partyId' && typeof raw === 'string') return partyNamed(raw, plan);
  if (key === 'withPartyIds' && Array.isArray(raw)) return raw.map((id) => partyNamed(String(id), plan)).join(', ');
  if ((key === 'ifYes' || key === 'targetItemId') && typeof raw === 'string') return titleOf(raw, plan);
  if (key === 'dependsOn' && Array.isArray(raw)) {
    return raw.map((id) => titleOf(String(id), plan)).join(', ');
  }
  if (key === 'baseline' && typeof raw === 'object') return span(raw as Partial<Item>) || NONE;
  if (typeof raw === 'object') return JSON.stringify(raw);
  return String(raw);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon–Fri, 2 holidays"; "every day" without a calendar. */
function calendarWords(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return 'every day';
  const { workdays, holidays } = raw as { workdays?: unknown; holidays?: unknown };
  const days = Array.isArray(workdays) ? [...new Set(workdays.map(Number))].filter((day) => day >= 0 && day <= 6) : [];
  days.sort((a, b) => a - b);
  const run = days.length > 2 && days.every((day, index) => index === 0 || day === days[index - 1]! + 1);
  const named =
    days.length === 0
      ? 'no working day'
      : run
        ? `${WEEKDAYS[days[0]!]}–${WEEKDAYS[days.at(-1)!]}`
        : days.map((day) => WEEKDAYS[day]).join(', ');
  const count = Array.isArray(holidays) ? holidays.length : 0;
  return count > 0 ? `${named}, ${count} ${count === 1 ? 'holiday' : 'holidays'}` : named;
}

/** A lane's name, also for one just removed (its removal is in the plan's log), else its id. */
function partyNamed(id: string, plan: Plan): string {
  return (
    plan.parties.find((candidate) => candidate.id === id)?.name ?? asRemoved(plan, 'party-remove', id, 'name') ?? id
  );
}

/** A step's title, also for one just removed (its removal is in the plan's log), else its id. */
function titleOf(id: string, plan: Plan): string {
  return plan.items.find((candidate) => candidate.id === id)?.title ?? asRemoved(plan, 'remove', id, 'title') ?? id;
}

/** A step's or a lane's field as its last removal in the plan's log left it. */
function asRemoved(plan: Plan, op: 'remove' | 'party-remove', id: string, field: 'title' | 'name'): string | undefined {
  const removal = [...(plan.log ?? [])]
    .reverse()
    .find((entry) => entry.op === op && (op === 'remove' ? entry.itemId : entry.partyId) === id);
  const value = (removal?.before as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
}
