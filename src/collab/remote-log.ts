import { plansEqual } from '../model/plain-data.js';
import type { LogEntry, Party } from '../model/types.js';

// The log entries of a change another person made: what changed, not everything there is.

/** The fields that differ between two records, each side holding only those; undefined when none does. */
export function fieldDiff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | undefined {
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (plansEqual(before[key], after[key])) continue;
    if (before[key] !== undefined) diff.before[key] = before[key];
    if (after[key] !== undefined) diff.after[key] = after[key];
  }
  return Object.keys(diff.before).length + Object.keys(diff.after).length > 0 ? diff : undefined;
}

/** One log entry per lane another person added, removed, changed or moved, naming it. */
export function partyChanges(before: readonly Party[], after: readonly Party[]): Omit<LogEntry, 'at'>[] {
  const was = new Map(before.map((party) => [party.id, party]));
  const now = new Map(after.map((party) => [party.id, party]));
  const changes: Omit<LogEntry, 'at'>[] = [];
  for (const party of after) {
    const old = was.get(party.id);
    if (!old) changes.push({ op: 'party-add', partyId: party.id, after: { ...party }, note: `Added ${party.name}` });
    else {
      const diff = fieldDiff(old, party);
      if (diff) changes.push({ op: 'party-update', partyId: party.id, ...diff } as Omit<LogEntry, 'at'>);
    }
  }
  for (const party of before)
    if (!now.has(party.id))
      changes.push({ op: 'party-remove', partyId: party.id, before: { ...party }, note: `Removed ${party.name}` });
  const order = (list: readonly Party[]) =>
    list.filter((party) => was.has(party.id) && now.has(party.id)).map((p) => p.id);
  if (changes.length === 0 && !plansEqual(order(before), order(after)))
    changes.push({ op: 'party-move', note: 'Lanes reordered' });
  return changes;
}
