import type * as Y from 'yjs';
import { fieldsDiff } from '../model/edit.js';
import { plansEqual } from '../model/plain-data.js';
import type { LogEntry, Party, Plan } from '../model/types.js';

// The log entries of a change another person made: what changed, not everything there is.

/** The log entries of what another person changed in the plan's own fields and in its lanes. */
export function planFieldChanges(current: Plan, next: Plan): Omit<LogEntry, 'at'>[] {
  const fields = (plan: Plan): Record<string, unknown> => {
    const { parties: _parties, items: _items, log: _log, ...rest } = plan;
    return rest;
  };
  const changes: Omit<LogEntry, 'at'>[] = [];
  const planDiff = fieldsDiff(fields(current), fields(next));
  if (planDiff) changes.push({ op: 'plan', ...planDiff } as Omit<LogEntry, 'at'>);
  if (current.parties !== next.parties && !plansEqual(current.parties, next.parties))
    changes.push(...partyChanges(current.parties, next.parties));
  return changes;
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
      const diff = fieldsDiff(old, party);
      if (diff) changes.push({ op: 'party-update', partyId: party.id, ...diff } as Omit<LogEntry, 'at'>);
    }
  }
  for (const party of before)
    if (!now.has(party.id))
      changes.push({ op: 'party-remove', partyId: party.id, before: { ...party }, note: `Removed ${party.name}` });
  for (const id of movedLanes(before, after)) {
    const [from, to] = [before.findIndex((party) => party.id === id), after.findIndex((party) => party.id === id)];
    changes.push({ op: 'party-move', partyId: id, before: { index: from }, after: { index: to } } as Omit<
      LogEntry,
      'at'
    >);
  }
  return changes;
}

/**
 * The lanes someone moved: those outside the longest run of lanes that kept their order (a lane dragged from the top
 * to the bottom is one move, not one for each lane it passed).
 */
function movedLanes(before: readonly Party[], after: readonly Party[]): string[] {
  const rank = new Map(before.map((party, index) => [party.id, index]));
  const kept = after.filter((party) => rank.has(party.id));
  // Longest increasing run of former positions, by patience sorting with back links.
  const tails: number[] = [];
  const back: number[] = [];
  kept.forEach((party, index) => {
    const value = rank.get(party.id)!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (rank.get(kept[tails[mid]!]!.id)! < value) low = mid + 1;
      else high = mid;
    }
    back[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const stayed = new Set<string>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = back[index]!) stayed.add(kept[index]!.id);
  return kept.filter((party) => !stayed.has(party.id)).map((party) => party.id);
}

/** The person whose edits the transaction brought in (the first client whose clock moved), by `nameOf`. */
export function authorOf(
  transaction: Y.Transaction,
  nameOf: ((client: number) => string | undefined) | undefined,
): string | undefined {
  for (const [client, clock] of transaction.afterState)
    if (clock !== (transaction.beforeState.get(client) ?? 0)) return nameOf?.(client);
  return undefined;
}
