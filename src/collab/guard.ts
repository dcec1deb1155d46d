import { isPlanDate } from '../model/dates.js';
import type { ValidationIssue } from '../model/errors.js';
import { changedStepIssues, planIssues } from '../model/validate.js';
import type { Item, Party, Plan } from '../model/types.js';

/** A value from the room that no valid plan can hold, and what is shown instead. */
export interface Refusal {
  /** One line for people: which step, lane or plan field, and why. */
  message: string;
  /** The same refusal has the same key until the value changes again (reported once). */
  key: string;
  /** Where the value is written back (by the clients that write repairs), so the room holds a valid plan again. */
  write:
    | { kind: 'step'; id: string; item: Item }
    | { kind: 'party'; id: string; party: Party }
    | { kind: 'plan' }
    /** A new step without a valid value for a field it cannot do without: not shown, and left as it is. */
    | { kind: 'none' };
}

export interface Guarded {
  /** Undefined when not even the fallbacks make a valid plan and nothing was shown before. */
  plan: Plan | undefined;
  refusals: Refusal[];
  /** New steps left out (see `Refusal.write`). */
  dropped: ReadonlySet<string>;
}

/** Field names as people say them, in what the page tells. */
const FIELD_WORDS: Record<string, string> = {
  targetDate: 'target date',
  targetItemId: 'target step',
  calendar: 'working days',
  partyId: 'lane',
  withPartyIds: 'joint lanes',
  ifYes: 'decision it follows',
  dependsOn: 'steps it waits for',
};
const wordFor = (field: string): string => FIELD_WORDS[field] ?? field;

const REQUIRED_STEP_FIELDS = new Set(['id', 'title', 'partyId', 'kind', 'start', 'end']);
const PLAN_DEFAULTS: Partial<Record<keyof Plan, unknown>> = { version: 1, title: '' };
/** Fields naming other steps or lanes: a dangling name is a merge the repairs settle the same way on every client. */
const REFERENCES = new Set(['partyId', 'ifYes', 'dependsOn', 'withPartyIds']);

/**
 * Whether an issue is one the repairs settle (run after this check): a loop of links, a reference written as text,
 * or two real dates in an order or a length the step's kind does not allow. Everything else is a value no merge can
 * make.
 */
function leftToRepairs(issue: ValidationIssue, plan: Plan, shown: Plan | undefined): boolean {
  if (issue.kind === 'cycle') return true;
  const [, list, index, field] = /^(items)\[(\d+)\]\.(\w+)/.exec(issue.path) ?? [];
  if (!list || !field) return false;
  const item = plan.items[Number(index)]!;
  if (REFERENCES.has(field)) {
    const value = item[field];
    const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
    if (!names?.every((name) => typeof name === 'string')) return false;
    // A step already shown, pointed at a lane or decision no one has shown, is refused: it keeps its place. A
    // reference to something removed meanwhile, or from a new step, is a merge the repairs settle.
    const before = shown?.items.find((step) => step.id === item.id);
    if (!before || field === 'dependsOn') return true;
    if (field === 'partyId') return !plan.parties.some((party) => party.id === before.partyId);
    const known = (name: string) =>
      [shown!.items, plan.items, shown!.parties, plan.parties].some((entries) =>
        entries.some((entry) => entry.id === name),
      );
    return (names as string[]).every(known);
  }
  return (field === 'start' || field === 'end') && isPlanDate(item.start) && isPlanDate(item.end);
}

/**
 * The plan the room holds, with every value no valid plan can hold (a date that does not exist, a kind or status
 * no one knows, a lane name that is not text, data that is not plain JSON) replaced by the value shown before it
 * came, or left out when nothing was shown before: whatever the other company's browser writes, the page shows and
 * hands its host a valid plan. Only the steps read again (`steps`), the lanes and the plan's own fields are checked,
 * so a remote change costs what it touched.
 */
export function guardPlan(
  plan: Plan,
  steps: ReadonlySet<string> | 'all',
  shown: Plan | undefined,
  options: { beforeRepairs?: boolean; byId?: ReadonlyMap<string, Item> } = {},
): Guarded {
  const beforeRepairs = options.beforeRepairs ?? false;
  const found = issuesOf(plan, steps, options.byId);
  const issues = beforeRepairs ? found.filter((issue) => !leftToRepairs(issue, plan, shown)) : found;
  if (issues.length === 0) return { plan, refusals: [], dropped: new Set() };
  const before = {
    items: new Map(shown?.items.map((item) => [item.id, item])),
    parties: new Map(shown?.parties.map((party) => [party.id, party])),
  };
  const items = plan.items.slice();
  const parties = plan.parties.slice();
  const fields: Record<string, unknown> = { ...plan };
  const refusals: Refusal[] = [];
  const dropped = new Set<string>();
  for (const issue of issues) {
    const [, list, index, field] = /^(items|parties)\[(\d+)\](?:\.(\w+))?/.exec(issue.path) ?? [];
    if (list === 'items') {
      const item = items[Number(index)]!;
      const fixed = fixStep(item, field, before.items.get(item.id));
      if (fixed) items[Number(index)] = fixed;
      else dropped.add(item.id);
      refusals.push({
        ...refused(issue, `"${titleOf(before.items.get(item.id) ?? item)}"`, field, fixed !== undefined, item.id),
        write: fixed ? { kind: 'step', id: item.id, item: fixed } : { kind: 'none' },
      });
    } else if (list === 'parties') {
      const party = parties[Number(index)]!;
      const fixed = fixParty(party, field, before.parties.get(party.id));
      parties[Number(index)] = fixed;
      refusals.push({
        ...refused(issue, `the lane "${before.parties.get(party.id)?.name ?? fixed.name}"`, field, true, party.id),
        write: { kind: 'party', id: party.id, party: fixed },
      });
    } else {
      const name = issue.path.split(/[.[]/)[0]!;
      const value = shown?.[name] ?? PLAN_DEFAULTS[name];
      if (value === undefined) delete fields[name];
      else fields[name] = value;
      refusals.push({
        message: `A change to the plan's ${name === 'status' ? 'agreement' : wordFor(name)} was not taken (${issue.message}); the last valid value is kept.`,
        key: `plan ${issue.path} ${issue.message}`,
        write: { kind: 'plan' },
      });
    }
  }
  const kept =
    dropped.size === 0 ? items : items.filter((item) => !dropped.has(item.id)).map((item) => unlinked(item, dropped));
  if (typeof fields['targetItemId'] === 'string' && dropped.has(fields['targetItemId'])) delete fields['targetItemId'];
  const guarded = { ...fields, parties, items: kept } as Plan;
  // What could not be mended field by field (a value the fallback itself cannot fix) leaves the plan shown as it was.
  const left = issuesOf(guarded, 'all').filter((issue) => !beforeRepairs || !leftToRepairs(issue, guarded, shown));
  return { plan: left.length > 0 ? shown : guarded, refusals, dropped };
}

function issuesOf(plan: Plan, steps: ReadonlySet<string> | 'all', byId?: ReadonlyMap<string, Item>): ValidationIssue[] {
  if (steps === 'all') return planIssues(plan);
  // The plan's own fields and lanes in full (a handful); the steps read again one by one. The target step and the
  // links between steps were made valid by the repairs.
  const level = planIssues({ ...plan, items: [], targetItemId: undefined });
  return [...level, ...changedStepIssues(plan, steps, byId)];
}

const titleOf = (item: Item): string => (typeof item.title === 'string' ? item.title : item.id);

function refused(
  issue: ValidationIssue,
  what: string,
  field: string | undefined,
  kept: boolean,
  id: string,
): Omit<Refusal, 'write'> {
  const outcome = kept ? 'the last valid value is kept' : 'the step is not shown';
  return {
    message: `A change to ${what} was not taken (${field ? wordFor(field) : 'the whole entry'}: ${issue.message}); ${outcome}.`,
    key: `${issue.path.replace(/\[\d+\]/, `[${id}]`)} ${issue.message}`,
  };
}

/** The step with the refused field as it was shown, or without it; undefined when a step cannot do without it. */
function fixStep(item: Item, field: string | undefined, shown: Item | undefined): Item | undefined {
  if (!field) return shown;
  const fixed: Item = { ...item };
  const fields = field === 'start' || field === 'end' ? ['start', 'end'] : [field];
  for (const key of fields) {
    if (shown) {
      if (shown[key] === undefined) delete fixed[key];
      else fixed[key] = shown[key];
    } else if (REQUIRED_STEP_FIELDS.has(key)) return undefined;
    else delete fixed[key];
  }
  return fixed;
}

/** The lane with the refused field as it was shown; a new lane gets a plain name and side, so its steps stay. */
function fixParty(party: Party, field: string | undefined, shown: Party | undefined): Party {
  if (shown && !field) return shown;
  const fixed: Party = { ...party };
  for (const key of field ? [field] : ['name', 'side', 'color']) {
    if (shown?.[key] !== undefined) fixed[key] = shown[key];
    else if (key === 'name') fixed.name = 'Lane';
    else if (key === 'side') fixed.side = 'partner';
    else delete fixed[key];
  }
  return fixed;
}

/** A step without its references to steps that are not shown. */
function unlinked(item: Item, dropped: ReadonlySet<string>): Item {
  const dependsOn = item.dependsOn?.filter((id) => !dropped.has(id));
  const ifYes = item.ifYes !== undefined && dropped.has(item.ifYes);
  if (dependsOn?.length === item.dependsOn?.length && !ifYes) return item;
  const next: Item = { ...item };
  if (dependsOn && dependsOn.length > 0) next.dependsOn = dependsOn;
  else delete next.dependsOn;
  if (ifYes) delete next.ifYes;
  return next;
}
