import { PlanError, formatIssues } from './errors.js';
import { changedStepIssues, planIssues, stepLookup } from './validate.js';
import type { Item, LogEntry, Plan } from './types.js';

/**
 * Who made an edit and when. The model reads no clock: without `at`, entries carry an empty time that whoever
 * commits the edit stamps (the element's plan document does, with its clock).
 */
export interface EditContext {
  at?: string;
  by?: string;
}

/** The result of every command: the new plan and the log entries that describe the change. */
export interface Edit {
  plan: Plan;
  changes: LogEntry[];
}

/**
 * An edit whose log entries are worked out when first read. A drag works out an edit for every day the pointer
 * crosses and commits only the last; describing each of thousands of pushed steps field by field is left to that one.
 */
export function editDescribedLater(plan: Plan, describe: () => LogEntry[]): Edit {
  let changes: LogEntry[] | undefined;
  return {
    plan,
    get changes() {
      return (changes ??= describe());
    },
  };
}

/**
 * The step of `before` with the id of a step of another list, given where that one is: commands replace steps in
 * place, so it is usually at the same place; a list in another order is matched by id (indexed once).
 */
function counterpartIn(before: readonly Item[]): (item: Item, index: number) => Item | undefined {
  let byId: Map<string, Item> | undefined;
  return (item, index) =>
    before[index]?.id === item.id ? before[index] : (byId ??= new Map(before.map((b) => [b.id, b]))).get(item.id);
}

/** The ids of the steps whose object an edit replaced, in plan order: what a preview redraws. */
export function replacedIds(before: readonly Item[], after: readonly Item[]): string[] {
  const counterpart = counterpartIn(before);
  const ids: string[] = [];
  after.forEach((item, index) => {
    if (counterpart(item, index) !== item) ids.push(item.id);
  });
  return ids;
}

type EntryFields = Pick<LogEntry, 'op' | 'itemId' | 'partyId' | 'before' | 'after' | 'note'>;

export function entry(context: EditContext, fields: EntryFields): LogEntry {
  const made: LogEntry = { at: context.at ?? '', ...fields };
  if (context.by !== undefined) made.by = context.by;
  return made;
}

/** The fields that differ between two versions of a record (a step, a lane, a plan's own fields), as before/after halves. */
export function fieldsDiff<T extends object>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } | undefined {
  const [from, to] = [before as Record<string, unknown>, after as Record<string, unknown>];
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  let changed = false;
  const compare = (key: string): void => {
    const [old, next] = [from[key], to[key]];
    if (
      old === next ||
      (typeof old === 'object' && typeof next === 'object' && JSON.stringify(old) === JSON.stringify(next))
    )
      return;
    was[key] = old;
    now[key] = next;
    changed = true;
  };
  for (const key in to) compare(key);
  for (const key in from) if (!(key in to)) compare(key);
  return changed ? { before: was as Partial<T>, after: now as Partial<T> } : undefined;
}

/** The fields that differ between two versions of a step, as before/after halves. */
export const itemDiff = (before: Item, after: Item): { before: Partial<Item>; after: Partial<Item> } | undefined =>
  fieldsDiff(before, after);

/**
 * Update entries for every step whose object changed between two item lists of the same ids, the steps the edit was
 * made to (`first`) before the ones it pushed along, so a change is read (announced, focused, logged) by its step.
 */
export function updateEntries(
  before: readonly Item[],
  after: readonly Item[],
  context: EditContext,
  first: Iterable<string> = [],
): LogEntry[] {
  const counterpart = counterpartIn(before);
  const leading = new Set(first);
  const acted: LogEntry[] = [];
  const pushed: LogEntry[] = [];
  for (let index = 0; index < after.length; index += 1) {
    const item = after[index]!;
    const old = counterpart(item, index);
    if (!old || old === item) continue;
    const diff = itemDiff(old, item);
    if (diff) (leading.has(item.id) ? acted : pushed).push(entry(context, { op: 'update', itemId: item.id, ...diff }));
  }
  return [...acted, ...pushed];
}

export function requireItem(plan: Plan, id: string): Item {
  const item = plan.items.find((candidate) => candidate.id === id);
  if (!item) throw new PlanError('unknown-id', `no step with id ${JSON.stringify(id)}`);
  return item;
}

export function requireParty(plan: Plan, id: string): void {
  if (!plan.parties.some((party) => party.id === id)) {
    throw new PlanError('unknown-id', `no party with id ${JSON.stringify(id)}`);
  }
}

/**
 * Refuses an edit whose result would not be a valid plan, naming what is wrong. `onlySteps` names the steps an edit
 * of plain fields changed (see `changedStepIssues`), and `graph` the steps of the plan it was made from; without
 * `onlySteps` the whole plan is checked.
 */
export function checked(edit: Edit, onlySteps?: ReadonlySet<string>, graph?: readonly Item[]): Edit {
  const issues = onlySteps
    ? changedStepIssues(edit.plan, onlySteps, stepLookup(edit.plan.items, graph))
    : planIssues(edit.plan);
  if (issues.length === 0) return edit;
  const cycle = issues.some((issue) => issue.kind === 'cycle');
  throw new PlanError(cycle ? 'cycle' : 'invalid-value', formatIssues(issues), issues);
}

export { appendLog } from './log.js';
