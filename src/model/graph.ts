import { diffDays } from './dates.js';
import type { Item } from './types.js';

/** What is derived from the links alone, per frozen item list. */
interface GraphIndexes {
  /** Where each id is in the list (its last place, should an id repeat). */
  positions?: Map<string, number>;
  dependents?: Map<string, string[]>;
  predecessors?: Map<string, readonly string[]>;
  ranks?: Map<string, number>;
}

const graphCache = new WeakMap<readonly Item[], GraphIndexes>();
/** The last frozen list indexed: an edit that only moves dates gives a new list with the same links as this one. */
let lastIndexed: { items: WeakRef<readonly Item[]>; indexes: GraphIndexes } | undefined;

/**
 * Two lists have the same graph when they hold the same ids in the same order and each step keeps its very
 * `dependsOn` array: commands copy a step with its fields, so a moved or renamed step keeps that array.
 */
function sameGraph(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    const [x, y] = [a[index]!, b[index]!];
    if (x !== y && (x.id !== y.id || x.dependsOn !== y.dependsOn)) return false;
  }
  return true;
}

/** The indexes kept for a frozen list (shared with the last list indexed when the links are the same); none for a list that can still change. */
function indexesOf(items: readonly Item[]): GraphIndexes {
  let indexes = graphCache.get(items);
  if (indexes) return indexes;
  if (!Object.isFrozen(items)) return {};
  const last = lastIndexed?.items.deref();
  indexes = last && sameGraph(last, items) ? lastIndexed!.indexes : {};
  graphCache.set(items, indexes);
  lastIndexed = { items: new WeakRef(items), indexes };
  return indexes;
}

/**
 * Where each id is in the list (kept per frozen item list, and shared by the lists of edits that only moved dates,
 * which hold the same ids in the same places).
 */
export function idPositions(items: readonly Item[]): Map<string, number> {
  const indexes = indexesOf(items);
  return (indexes.positions ??= placesOf(items));
}

/**
 * Where each step of `list` is, found through the places kept for `graph`: a list made from `graph` by replacing
 * steps (as edits make them) holds each step where `graph` does, so an edit of a few steps of a large plan does not
 * index the whole list again. Should an id not be where `graph` has it, `list` is indexed on its own, once.
 */
export function placeIn(list: readonly Item[], graph: readonly Item[] = list): (id: string) => number | undefined {
  let own = list.length !== graph.length;
  let positions = own ? placesOf(list) : idPositions(graph);
  return (id) => {
    const place = positions.get(id);
    if (own || (place !== undefined && list[place]!.id === id)) return place;
    own = true;
    positions = placesOf(list);
    return positions.get(id);
  };
}

/** Where each id is in the list, worked out now (a repeated id means its last place, as a map by id would). */
export function placesOf(items: readonly Item[]): Map<string, number> {
  const places = new Map<string, number>();
  items.forEach((item, index) => places.set(item.id, index));
  return places;
}

/** Successor ids of each item: who depends on it (kept per frozen item list). */
export function dependentsIndex(items: readonly Item[]): Map<string, string[]> {
  const indexes = indexesOf(items);
  return (indexes.dependents ??= buildDependents(items));
}

/** Ids each item waits for, among the list's own (kept per frozen item list). */
function predecessorsIndex(items: readonly Item[]): Map<string, readonly string[]> {
  const indexes = indexesOf(items);
  return (indexes.predecessors ??= buildPredecessors(items));
}

function buildPredecessors(items: readonly Item[]): Map<string, readonly string[]> {
  const ids = new Set(items.map((item) => item.id));
  return new Map(items.map((item) => [item.id, (item.dependsOn ?? []).filter((before) => ids.has(before))]));
}

function buildDependents(items: readonly Item[]): Map<string, string[]> {
  const dependents = new Map<string, string[]>(items.map((item) => [item.id, []]));
  for (const item of items) {
    for (const predecessor of item.dependsOn ?? []) dependents.get(predecessor)?.push(item.id);
  }
  return dependents;
}

/**
 * The first dependency cycle found, as ids in dependency order with the first id repeated at the end
 * (`['a', 'b', 'c', 'a']`: a depends on b … ), or undefined when the graph is acyclic. Depth-first with an explicit
 * stack, so a chain of any length is fine.
 */
export function findCycle(items: readonly Item[]): string[] | undefined {
  // Positions and a byte per step instead of maps keyed by id: a 20,000-step plan is checked on every load.
  const at = placesOf(items);
  const VISITING = 1;
  const DONE = 2;
  const state = new Uint8Array(items.length);
  const path: number[] = [];
  const nextIndex: number[] = []; // per step on the path: which of its dependencies to look at next

  for (const { id } of items) {
    const root = at.get(id)!;
    if (state[root] !== 0) continue;
    state[root] = VISITING;
    path.push(root);
    nextIndex.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const dependsOn = items[path[top]!]!.dependsOn;
      const index = nextIndex[top]!;
      if (!dependsOn || index >= dependsOn.length) {
        state[path.pop()!] = DONE;
        nextIndex.pop();
        continue;
      }
      nextIndex[top] = index + 1;
      const next = at.get(dependsOn[index]!);
      if (next === undefined) continue;
      if (state[next] === VISITING)
        return [...path.slice(path.lastIndexOf(next)), next].map((position) => items[position]!.id);
      if (state[next] === 0) {
        state[next] = VISITING;
        path.push(next);
        nextIndex.push(0);
      }
    }
  }
  return undefined;
}

/** A cycle in words, long ones shortened to their ends: "a → b → … 49,990 more … → z → a". */
export function cycleText(cycle: readonly string[], keep = 5): string {
  if (cycle.length <= 2 * keep + 1) return cycle.join(' → ');
  const hidden = cycle.length - 2 * keep;
  return [...cycle.slice(0, keep), `… ${hidden.toLocaleString('en-US')} more …`, ...cycle.slice(-keep)].join(' → ');
}

/**
 * Items ordered so that every predecessor comes before its dependents (assumes no cycle; with one, every item still
 * appears once). Depth-first in list and dependency order, with an explicit stack.
 */
export function topologicalOrder(items: readonly Item[]): Item[] {
  // By position, with a byte per step, as `findCycle`.
  const at = placesOf(items);
  const placed = new Uint8Array(items.length);
  const order: Item[] = [];
  const stack: number[] = [];
  const nextIndex: number[] = [];
  items.forEach((root, position) => {
    const canonical = at.get(root.id)!;
    if (placed[canonical]) return;
    placed[canonical] = 1;
    stack.push(position);
    nextIndex.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const item = items[stack[top]!]!;
      const dependsOn = item.dependsOn;
      const index = nextIndex[top]!;
      if (!dependsOn || index >= dependsOn.length) {
        stack.pop();
        nextIndex.pop();
        order.push(item);
        continue;
      }
      nextIndex[top] = index + 1;
      const before = at.get(dependsOn[index]!);
      if (before !== undefined && !placed[before]) {
        placed[before] = 1;
        stack.push(before);
        nextIndex.push(0);
      }
    }
  });
  return order;
}

/** Each item's position in `topologicalOrder`: predecessors rank lower than their dependents (kept per frozen list). */
export function topologicalRanks(items: readonly Item[]): Map<string, number> {
  const indexes = indexesOf(items);
  return (indexes.ranks ??= new Map(topologicalOrder(items).map((item, index) => [item.id, index])));
}

/** True when `dependentId` depends on `predecessorId`, directly or through other steps. */
export function dependsTransitively(items: readonly Item[], dependentId: string, predecessorId: string): boolean {
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const pending = [dependentId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === predecessorId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of byId.get(id)?.dependsOn ?? []) pending.push(next);
  }
  return false;
}

export interface Violation {
  /** The predecessor. */
  from: string;
  /** The dependent that starts too early. */
  to: string;
  /** How many days the dependent would have to move later. */
  days: number;
}

/** A finish-to-start link is violated when its dependent starts on or before the day its predecessor ends. */
export const violates = (predecessor: Item, dependent: Item): boolean => dependent.start <= predecessor.end;

/** Violations of committed (frozen) step lists: a commit's announcement and its scene ask for the same ones. */
const violationsOf = new WeakMap<readonly Item[], readonly Violation[]>();

/**
 * Finish-to-start links whose dependent starts on or before the day its predecessor ends. Worked out once per frozen
 * step list; the list returned is the caller's own.
 */
export function findViolations(items: readonly Item[]): Violation[] {
  if (!Object.isFrozen(items)) return workOutViolations(items);
  let found = violationsOf.get(items);
  if (!found) violationsOf.set(items, (found = workOutViolations(items)));
  return found.map((violation) => ({ ...violation }));
}

function workOutViolations(items: readonly Item[]): Violation[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const violations: Violation[] = [];
  for (const item of items) {
    for (const predecessorId of item.dependsOn ?? []) {
      const predecessor = byId.get(predecessorId);
      if (predecessor && violates(predecessor, item)) {
        violations.push({ from: predecessorId, to: item.id, days: diffDays(predecessor.end, item.start) + 1 });
      }
    }
  }
  return violations;
}

/** The violations `after` has that `before` had not: what an edit put out of order. */
export function newViolations(before: readonly Item[], after: readonly Item[]): Violation[] {
  const known = new Set(findViolations(before).map((violation) => `${violation.from}\n${violation.to}`));
  return findViolations(after).filter((violation) => !known.has(`${violation.from}\n${violation.to}`));
}

/** The step with everything it waits for and everything that waits for it (its dependency chain). */
export function chainOf(items: readonly Item[], id: string): Set<string> {
  const predecessors = predecessorsIndex(items);
  const chain = new Set<string>([id]);
  walk(chain, id, (current) => predecessors.get(current) ?? []);
  const dependents = dependentsIndex(items);
  walk(chain, id, (current) => dependents.get(current) ?? []);
  return chain;
}

/** Every step that waits for `id`, directly or through others: making `id` wait for one of them would close a loop. */
export function waitingFor(items: readonly Item[], id: string): Set<string> {
  const dependents = dependentsIndex(items);
  const found = new Set<string>();
  walk(found, id, (current) => dependents.get(current) ?? []);
  return found;
}

/** Adds to `seen` every id reached from `start` (not `start` itself, unless a path comes back to it). */
function walk(seen: Set<string>, start: string, next: (id: string) => readonly string[]): void {
  const pending = [start];
  while (pending.length > 0) {
    for (const neighbour of next(pending.pop()!)) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      pending.push(neighbour);
    }
  }
}
