import { fieldsDiff, itemDiff } from './edit.js';
import { planIssues } from './validate.js';
import type { Item, LogEntry, Party, Plan } from './types.js';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const PLAN_FIELDS = ['title', 'status', 'targetDate', 'targetItemId', 'calendar'] as const;

/**
 * Sets, on `target`, every field that differs between `from` and `to` to its `to` value, where `target` still holds
 * the `from` value: a field someone changed since keeps their value, as it would have had they changed it last.
 */
function applyFieldChanges<T extends Record<string, unknown>>(target: T, from: T, to: T): T {
  const next: Record<string, unknown> = { ...target };
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (same(from[key], to[key]) || !same(target[key], from[key])) continue;
    if (to[key] === undefined) delete next[key];
    else next[key] = to[key];
  }
  return next as T;
}

/** Items or parties changed field by field from `from` to `to`, applied onto `current`'s list (kept in its order). */
function rebaseList<T extends Item | Party>(current: readonly T[], from: readonly T[], to: readonly T[]): T[] {
  const before = new Map(from.map((entry) => [entry.id, entry]));
  const after = new Map(to.map((entry) => [entry.id, entry]));
  const result: T[] = [];
  for (const entry of current) {
    const was = before.get(entry.id);
    const now = after.get(entry.id);
    if (was && !now) continue; // the change removes it
    result.push(was && now && was !== now ? applyFieldChanges(entry, was, now) : entry);
  }
  const present = new Set(result.map((entry) => entry.id));
  to.forEach((entry, index) => {
    if (before.has(entry.id) || present.has(entry.id)) return;
    result.splice(Math.min(index, result.length), 0, entry); // the change adds it back near where it was
  });
  return result;
}

/**
 * Replays the change from plan `from` to plan `to` onto `current`, a plan that has moved on since (changes from
 * another tab or person). Only what the change touched is set: other people's edits to other steps and fields stay.
 * Undo uses it with `from` = after and `to` = before, so it reverts one user's own change and nothing else.
 * Returns undefined when the result would not be a valid plan (the other edits conflict with it).
 */
export function replayChange(from: Plan, to: Plan, current: Plan): Plan | undefined {
  let next: Plan = { ...current };
  if (from.items !== to.items) next.items = rebaseList(current.items, from.items, to.items);
  if (from.parties !== to.parties) {
    next.parties = rebaseList(current.parties, from.parties, to.parties);
    const order = to.parties.map((party) => party.id);
    if (
      !same(
        from.parties.map((party) => party.id),
        order,
      )
    ) {
      next.parties = [...next.parties].sort((a, b) => rank(order, a.id) - rank(order, b.id));
    }
  }
  for (const field of PLAN_FIELDS) {
    if (same(from[field], to[field]) || !same(current[field], from[field])) continue;
    if (to[field] === undefined) delete next[field];
    else next = { ...next, [field]: to[field] };
  }
  return planIssues(next).length === 0 ? next : undefined;
}

const rank = (order: readonly string[], id: string): number => {
  const index = order.indexOf(id);
  return index === -1 ? order.length : index;
};

const planOwnFields = ({ parties: _parties, items: _items, log: _log, ...fields }: Plan): Record<string, unknown> =>
  fields;

/**
 * The log entries of a change replayed onto a plan others changed since (`replayChange`), as it turned out: each
 * entry says what the replay really changed, and an entry whose every field someone else has changed since is left
 * out, so the log and `map-change` never report a change that did not happen.
 */
export function replayedChanges(current: Plan, next: Plan, changes: readonly LogEntry[]): LogEntry[] {
  const before = new Map(current.items.map((item) => [item.id, item]));
  const after = new Map(next.items.map((item) => [item.id, item]));
  return changes.flatMap((change): LogEntry[] => {
    if (change.op === 'update' && change.itemId !== undefined) {
      const [was, now] = [before.get(change.itemId), after.get(change.itemId)];
      const diff = was && now ? itemDiff(was, now) : undefined;
      return diff ? [{ ...change, ...diff }] : [];
    }
    if ((change.op === 'add' || change.op === 'remove') && change.itemId !== undefined)
      return before.has(change.itemId) !== after.has(change.itemId) ? [change] : [];
    if (change.op === 'plan') {
      const diff = fieldsDiff(planOwnFields(current), planOwnFields(next));
      return diff ? [{ ...change, ...diff }] : [];
    }
    if (change.op.startsWith('party')) return same(current.parties, next.parties) ? [] : [change];
    return same(current, next) ? [] : [change];
  });
}
