import { addDays, diffDays, maxDate } from './dates.js';
import { dependentsIndex } from './graph.js';
import type { Item } from './types.js';

const isFixed = (item: Item): boolean => item.status === 'done';

/**
 * Pushes the dependents of the `moved` steps later, transitively, just enough that each starts the day after its
 * latest predecessor ends; durations are kept, nothing ever moves earlier, done steps stay where they are.
 * Returns the new item list (unchanged items keep their identity). `graph` may name an earlier item list with the
 * same dependencies (moves and resizes change none), whose index of dependents is then reused.
 */
export function cascade(items: readonly Item[], moved: Iterable<string>, graph: readonly Item[] = items): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const dependents = dependentsIndex(graph);
  const pending = [...moved];
  const guard = items.length * items.length + pending.length; // an acyclic graph settles well before this

  for (let next = 0; next < pending.length && next < guard; next += 1) {
    const id = pending[next]!;
    for (const dependentId of dependents.get(id) ?? []) {
      const dependent = byId.get(dependentId)!;
      const earliest = earliestStart(dependent, byId);
      if (earliest === undefined || dependent.start >= earliest || isFixed(dependent)) continue;
      const shift = diffDays(earliest, dependent.start);
      byId.set(dependentId, { ...dependent, start: earliest, end: addDays(dependent.end, shift) });
      pending.push(dependentId);
    }
  }
  return items.map((item) => byId.get(item.id)!);
}

/** The day after the latest predecessor ends, or undefined for a step without predecessors. */
export function earliestStart(item: Item, byId: ReadonlyMap<string, Item>): string | undefined {
  let latestEnd: string | undefined;
  for (const id of item.dependsOn ?? []) {
    const predecessor = byId.get(id);
    if (predecessor) latestEnd = latestEnd === undefined ? predecessor.end : maxDate(latestEnd, predecessor.end);
  }
  return latestEnd === undefined ? undefined : addDays(latestEnd, 1);
}

const resolved = new WeakMap<readonly Item[], Item[]>();

/**
 * Every step moved just late enough to respect its dependencies: the schedule the plan really implies. The result
 * is kept per frozen item list (the element freezes the plans it shows), since the verdict, the critical path and
 * announcements all ask for it.
 */
export function resolveSchedule(items: readonly Item[]): Item[] {
  let schedule = resolved.get(items);
  if (!schedule) {
    schedule = cascade(items, items.map((item) => item.id));
    if (Object.isFrozen(items)) resolved.set(items, schedule); // a list that can still change is never cached
  }
  return schedule;
}
