import { diffDays } from './dates.js';
import type { Item } from './types.js';

const dependentsCache = new WeakMap<readonly Item[], Map<string, string[]>>();

/** Successor ids of each item: who depends on it (kept per frozen item list). */
export function dependentsIndex(items: readonly Item[]): Map<string, string[]> {
  let index = dependentsCache.get(items);
  if (!index) {
    index = buildDependents(items);
    if (Object.isFrozen(items)) dependentsCache.set(items, index);
  }
  return index;
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
 * (`['a', 'b', 'c', 'a']`: a depends on b … ), or undefined when the graph is acyclic.
 */
export function findCycle(items: readonly Item[]): string[] | undefined {
  const byId = new Map(items.map((item) => [item.id, item]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): string[] | undefined => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (seen === undefined) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };

  for (const item of items) {
    if (state.has(item.id)) continue;
    const cycle = visit(item.id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Items ordered so that every predecessor comes before its dependents (assumes no cycle). */
export function topologicalOrder(items: readonly Item[]): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const order: Item[] = [];
  const place = (item: Item): void => {
    if (placed.has(item.id)) return;
    placed.add(item.id);
    for (const predecessor of item.dependsOn ?? []) {
      const before = byId.get(predecessor);
      if (before) place(before);
    }
    order.push(item);
  };
  items.forEach(place);
  return order;
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
    pending.push(...(byId.get(id)?.dependsOn ?? []));
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

/** Finish-to-start links whose dependent starts on or before the day its predecessor ends. */
export function findViolations(items: readonly Item[]): Violation[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const violations: Violation[] = [];
  for (const item of items) {
    for (const predecessorId of item.dependsOn ?? []) {
      const predecessor = byId.get(predecessorId);
      if (predecessor && item.start <= predecessor.end) {
        violations.push({ from: predecessorId, to: item.id, days: diffDays(predecessor.end, item.start) + 1 });
      }
    }
  }
  return violations;
}


/** The step with everything it waits for and everything that waits for it (its dependency chain). */
export function chainOf(items: readonly Item[], id: string): Set<string> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const dependents = dependentsIndex(items);
  const chain = new Set<string>([id]);
  const walk = (start: string, next: (id: string) => readonly string[]): void => {
    const pending = [start];
    while (pending.length > 0) {
      for (const neighbour of next(pending.pop()!)) {
        if (chain.has(neighbour) || !byId.has(neighbour)) continue;
        chain.add(neighbour);
        pending.push(neighbour);
      }
    }
  };
  walk(id, (current) => byId.get(current)?.dependsOn ?? []);
  walk(id, (current) => dependents.get(current) ?? []);
  return chain;
}
