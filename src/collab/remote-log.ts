import { fieldsDiff } from '../model/edit.js';
import { plansEqual } from '../model/plain-data.js';
import type { LogEntry, Party } from '../model/types.js';

// The log entries of a change another person made: what changed, not everything there is.

/** One log entry per lane another person added, removed, changed or moved, naming it. */
export function partyChanges(before: readonly Party[], after: readonly Party[]): Omit<LogEntry, 'at'>[] {
  const was = new Map(before.map((party) => [party.id, party]));
  const now = new Map(after.map((party) => [party.id, party]));
  const changes: Omit<LogEntry, 'at'>[] = [];
  for (const party of after) {
    const old = was.get(party.id);
    if (!old) changes.push({ op: 'party-add', partyId: party.id, after: { ...party }, note: `Added ${party.name}` });
    else {
      const diff = fieldsDiff(old, party);
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
