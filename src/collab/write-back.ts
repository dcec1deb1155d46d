import * as Y from 'yjs';
import type { Item, Plan } from '../model/types.js';
import type { Refusal } from './guard.js';
import type { Repair } from './repair.js';
import { writeFields } from './write.js';
import {
  POSITION,
  SPAN,
  itemFields,
  joinSpan,
  linkKey,
  linksMap,
  partiesMap,
  partyFields,
  planFields,
  planMap,
  stepsMap,
  type PlanDocs,
} from './schema.js';

// What a client that sees every step writes back to the room: repairs of merges, and valid values in place of
// refused ones, so every client ends up showing the plan the documents hold.

const indexes = new WeakMap<readonly Item[], Map<string, Item>>();
/** Steps by id, kept per (immutable) step list. */
function byId(items: readonly Item[]): Map<string, Item> {
  let index = indexes.get(items);
  if (!index) {
    index = new Map();
    for (const item of items) index.set(item.id, item);
    indexes.set(items, index);
  }
  return index;
}

/** What a stored step, lane or plan holds now, but its place among the others (which a value never changes). */
const held = (map: Y.Map<unknown>): Map<string, unknown> =>
  new Map([...map.entries()].filter(([key]) => key !== POSITION));

/**
 * Writes the values shown in place of refused ones back to the shared document, so the room holds a valid plan
 * again and every client shows the same one.
 */
export function writeRefusals(docs: PlanDocs, refusals: readonly Refusal[], plan: Plan, origin: unknown): void {
  const shared = docs.shared;
  const write = (doc: Y.Doc, run: () => void): void => doc.transact(run, origin);
  for (const { write: fix } of refusals) {
    if (fix.kind === 'plan') {
      const map = planMap(shared);
      write(shared, () => writeFields(map, held(map), planFields(plan)));
    } else if (fix.kind === 'party') {
      const entry = partiesMap(shared).get(fix.id);
      if (entry instanceof Y.Map) write(shared, () => writeFields(entry, held(entry), partyFields(fix.party)));
    } else if (fix.kind === 'step') {
      const doc = [docs.internal, shared].find((candidate) => candidate && stepsMap(candidate).has(fix.id));
      const entry = doc && stepsMap(doc).get(fix.id);
      if (!doc || !(entry instanceof Y.Map)) continue;
      write(doc, () => writeFields(entry, held(entry), itemFields(fix.item)));
    }
  }
}

/** Writes repairs where the repaired data lives; the same repair written by two clients converges. */
export function writeRepairs(docs: PlanDocs, repairs: readonly Repair[], plan: Plan, origin: unknown): void {
  const steps = byId(plan.items);
  const targets = docs.internal ? [docs.internal, docs.shared] : [docs.shared];
  const apply = (doc: Y.Doc): void => {
    for (const { write } of repairs) {
      if (!write) continue;
      if (write.kind === 'unlink') linksMap(doc).delete(linkKey(write.from, write.to));
      else if (write.kind === 'plan') {
        if (doc === docs.shared) planMap(doc).delete(write.field);
      } else {
        const entry = stepsMap(doc).get(write.id);
        const item = steps.get(write.id);
        if (!entry || !item) continue;
        for (const [field, value] of Object.entries(write.fields)) {
          if (field === 'end') entry.set(SPAN, joinSpan(item.start, item.end));
          else if (value === undefined) entry.delete(field);
          else entry.set(field, value);
        }
      }
    }
  };
  for (const doc of targets) doc.transact(() => apply(doc), origin);
}
