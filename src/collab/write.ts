import * as Y from 'yjs';
import type { Item, Party, Plan } from '../model/types.js';
import { assignPositions } from './positions.js';
import {
  POSITION,
  itemFields,
  linkKey,
  linksMap,
  partiesMap,
  partyFields,
  planFields,
  planMap,
  stepsMap,
  type PlanDocs,
} from './schema.js';

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** The plan a document starts from before anything is written (seeding writes the whole plan as a change from it). */
export const NOTHING = Object.freeze({ parties: [], items: [] }) as unknown as Plan;

/** Sets the fields of a map that differ from `before` to their `after` values, and deletes those `after` lacks. */
export function writeFields(map: Y.Map<unknown>, before: Map<string, unknown>, after: Map<string, unknown>): void {
  for (const [key, value] of after) if (!same(before.get(key), value)) map.set(key, value);
  for (const key of before.keys()) if (!after.has(key)) map.delete(key);
}

/**
 * Where a step lives: a seller's internal step in the internal document. Undefined for an internal step when there
 * is no internal document (a buyer's): it is never written to the shared one.
 */
function homeOf(docs: PlanDocs, item: Item): Y.Doc | undefined {
  if (!item.internal) return docs.shared;
  return docs.internal;
}

/** A link lives with its steps: in the internal document when either end is internal. */
function linkHome(docs: PlanDocs, from: Item | undefined, to: Item): Y.Doc | undefined {
  return from?.internal || to.internal ? docs.internal : docs.shared;
}

/** Writes new positions for a list whose order changed or which gained entries; entries already in order keep theirs. */
function writePositions<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  entryOf: (entry: T) => Y.Map<unknown> | undefined,
): void {
  if (previous === next) return;
  const before = new Set(previous.map((entry) => entry.id));
  const after = new Set(next.map((entry) => entry.id));
  const remaining = previous.filter((entry) => after.has(entry.id));
  const sameOrder =
    next.every((entry) => before.has(entry.id)) && remaining.every((entry, index) => entry.id === next[index]!.id);
  if (sameOrder) return;
  const entries = next.map(entryOf);
  const stored = entries.map((entry) => {
    const position = entry?.get(POSITION);
    return typeof position === 'string' && position !== '' ? position : undefined;
  });
  for (const [index, position] of assignPositions(stored)) entries[index]?.set(POSITION, position);
}

function writeItems(docs: PlanDocs, previous: Plan, next: Plan): void {
  const before = new Map(previous.items.map((item) => [item.id, item]));
  const after = new Map(next.items.map((item) => [item.id, item]));
  const rehomed = new Set<string>();

  for (const item of previous.items) {
    const now = after.get(item.id);
    const home = homeOf(docs, item);
    if (home && (!now || homeOf(docs, now) !== home)) {
      stepsMap(home).delete(item.id);
      if (now) rehomed.add(item.id);
    }
  }
  for (const item of next.items) {
    const was = before.get(item.id);
    if (was === item) continue;
    const home = homeOf(docs, item);
    if (!home) continue;
    const steps = stepsMap(home);
    const entry = steps.get(item.id);
    if (!was || rehomed.has(item.id) || !entry) {
      const fresh = new Y.Map<unknown>();
      const position = was && home !== homeOf(docs, was) ? undefined : entry?.get(POSITION);
      for (const [key, value] of itemFields(item)) fresh.set(key, value);
      if (typeof position === 'string') fresh.set(POSITION, position);
      steps.set(item.id, fresh);
    } else writeFields(entry, itemFields(was), itemFields(item));
  }
  writeLinks(docs, previous, next, before, after, rehomed);
  writePositions(previous.items, next.items, (item) => {
    const home = homeOf(docs, item);
    return home && stepsMap(home).get(item.id);
  });
}

/** The dependency edge set: links added, removed, reordered, or moved to the document their steps now live in. */
function writeLinks(
  docs: PlanDocs,
  previous: Plan,
  next: Plan,
  before: Map<string, Item>,
  after: Map<string, Item>,
  rehomed: Set<string>,
): void {
  const touched = new Set<string>();
  for (const item of next.items) {
    const was = before.get(item.id);
    if (was !== item && (!was || !same(was.dependsOn, item.dependsOn) || rehomed.has(item.id))) touched.add(item.id);
  }
  for (const item of previous.items) if (!after.has(item.id)) touched.add(item.id);
  if (rehomed.size > 0)
    // A step that changed document takes the links to its dependents along.
    for (const item of next.items) if (item.dependsOn?.some((id) => rehomed.has(id))) touched.add(item.id);

  for (const id of touched) {
    const was = before.get(id);
    const now = after.get(id);
    const old = new Map((was?.dependsOn ?? []).map((from, index) => [from, index]));
    const fresh = new Map((now?.dependsOn ?? []).map((from, index) => [from, index]));
    for (const [from, index] of old) {
      const home = linkHome(docs, before.get(from), was!);
      const stays = now && fresh.get(from) === index && home === linkHome(docs, after.get(from), now);
      if (home && !stays) linksMap(home).delete(linkKey(from, id));
    }
    if (!now) continue;
    for (const [from, index] of fresh) {
      const home = linkHome(docs, after.get(from), now);
      const wasHome = was && old.has(from) ? linkHome(docs, before.get(from), was) : undefined;
      if (home && (old.get(from) !== index || wasHome !== home)) linksMap(home).set(linkKey(from, id), index);
    }
  }
}

function writeParties(docs: PlanDocs, previous: Plan, next: Plan): void {
  if (previous.parties === next.parties) return;
  const parties = partiesMap(docs.shared);
  const before = new Map(previous.parties.map((party) => [party.id, party]));
  const after = new Set(next.parties.map((party) => party.id));
  for (const party of previous.parties) if (!after.has(party.id)) parties.delete(party.id);
  for (const party of next.parties) {
    const was = before.get(party.id);
    const entry = parties.get(party.id);
    if (was === party && entry) continue;
    if (!was || !entry) {
      const fresh = new Y.Map<unknown>();
      for (const [key, value] of partyFields(party)) fresh.set(key, value);
      parties.set(party.id, fresh);
    } else writeFields(entry, partyFields(was), partyFields(party));
  }
  writePositions<Party>(previous.parties, next.parties, (party) => parties.get(party.id));
}

/**
 * Writes what changed from `previous` to `next` (two plans the local user saw one after the other) into the shared
 * and internal documents, touching only the entries and fields that changed. The caller wraps it in one
 * transaction per document, so a gesture and its cascade arrive everywhere at once.
 */
export function writeChange(docs: PlanDocs, previous: Plan, next: Plan): void {
  writeFields(planMap(docs.shared), planFields(previous), planFields(next));
  writeParties(docs, previous, next);
  if (previous.items !== next.items) writeItems(docs, previous, next);
}
