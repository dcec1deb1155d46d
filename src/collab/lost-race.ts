import * as Y from 'yjs';
import { topologicalRanks } from '../model/graph.js';
import type { Item } from '../model/types.js';
import type { CollabNotice } from './binding-options.js';
import { SPAN, stepsMap } from './schema.js';

/** A field of a step this client had set, overwritten by someone who had not seen that value (a concurrent edit). */
export interface LostRace {
  stepId: string;
  field: string;
  /** The client whose value won. */
  client: number;
}

const valueOf = (item: Y.Item): unknown => item.content.getContent()[0];
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The step fields a remote transaction overwrote while this client's own value was showing, where the winner never
 * saw that value: the two people changed the same field at the same moment and the other one's value won. A value
 * set after seeing ours (a later edit) does not count. Read while the transaction's observers run, before the
 * overwritten value is cleared from memory.
 */
export function lostRaces(transaction: Y.Transaction, doc: Y.Doc): LostRace[] {
  const steps = stepsMap(doc);
  const races: LostRace[] = [];
  for (const [type, keys] of transaction.changed) {
    if (type.parent !== steps || !(type instanceof Y.Map)) continue;
    const stepId = type._item?.parentSub;
    if (!stepId) continue;
    for (const field of keys) {
      if (field === null) continue;
      const current = type._map.get(field);
      const mine = current?.left;
      if (!current || current.deleted || !mine || mine.id.client !== doc.clientID) continue;
      if (current.id.client === doc.clientID) continue;
      const sawMine = current.origin !== null && Y.compareIDs(current.origin, mine.lastId);
      // Our value was showing until now only if this transaction is the one that deleted it.
      const wasShowing = Y.isDeleted(transaction.deleteSet, mine.id);
      if (sawMine || !wasShowing || same(valueOf(mine), valueOf(current))) continue;
      races.push({ stepId, field, client: current.id.client });
    }
  }
  return races;
}

/** The verb for a field people recognise: a move, a rename, a lane change. */
export function raceVerb(field: string): string {
  if (field === SPAN) return 'moved';
  if (field === 'title') return 'renamed';
  if (field === 'partyId') return 'moved to another lane';
  return `changed the ${field} of`;
}

/** " (and 2 steps after it)": the steps that moved with the one a message names. */
export const stepsAfterIt = (others: number): string =>
  others > 0 ? ` (and ${others} ${others === 1 ? 'step' : 'steps'} after it)` : '';

/**
 * One notice per person and kind of change that won over this page's. A move that lost usually lost with the steps
 * it pushed: the message names the step furthest upstream (the one dragged, as both people saw it) and counts the
 * others, rather than naming whichever pushed step came last.
 */
export function lostRaceNotices(
  races: readonly LostRace[],
  items: readonly Item[],
  nameOf: (client: number) => string,
): CollabNotice[] {
  const ranks = topologicalRanks(items);
  const groups = new Map<string, LostRace[]>();
  for (const race of races) {
    if (!ranks.has(race.stepId)) continue;
    const key = `${race.client}|${raceVerb(race.field)}`;
    groups.set(key, [...(groups.get(key) ?? []), race]);
  }
  return [...groups.values()].map((group) => {
    const stepIds = [...new Set(group.map((race) => race.stepId))].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
    const step = items.find((item) => item.id === stepIds[0])!;
    const { client, field } = group[0]!;
    const by = nameOf(client);
    const message = `${by} ${raceVerb(field)} "${step.title}"${stepsAfterIt(stepIds.length - 1)} at the same time as you; their change was kept.`;
    return { type: 'lost-race', message, stepId: step.id, by };
  });
}
