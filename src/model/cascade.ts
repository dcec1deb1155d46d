import { endAfter, nextWorkday, workdaySpan } from './calendar.js';
import { addDays, maxDate } from './dates.js';
import { dependentsIndex, placeIn, topologicalRanks } from './graph.js';
import { RankQueue } from './rank-queue.js';
import type { Calendar, Item } from './types.js';

const isFixed = (item: Item): boolean => item.status === 'done';

/** A step moved to start on `start`, keeping its length (in working days when there is a calendar). */
export function shiftTo(item: Item, start: string, calendar: Calendar | undefined): Item {
  if (start === item.start) return item;
  const end = item.kind === 'task' ? endAfter(start, workdaySpan(item.start, item.end, calendar), calendar) : start;
  return { ...item, start, end };
}

/**
 * Pushes the dependents of the `moved` steps later, transitively, just enough that each starts on the first working
 * day after its latest predecessor ends; durations are kept, nothing ever moves earlier, done steps stay where they
 * are. Returns the new item list (unchanged items keep their identity). `graph` may name an earlier item list with
 * the same dependencies (moves and resizes change none), whose index of dependents is then reused.
 *
 * Steps are settled in dependency order (lowest topological rank first), so each is looked at once whatever order
 * the plan lists them in: the work grows with the steps that move and their links, never with their square.
 */
export function cascade(
  items: readonly Item[],
  moved: Iterable<string>,
  graph: readonly Item[] = items,
  calendar?: Calendar,
): Item[] {
  const result = items.slice();
  const byId = byPlaceIn(result, graph);
  const dependents = dependentsIndex(graph);
  const ranks = topologicalRanks(graph);
  const queue = new RankQueue((id) => ranks.get(id) ?? ranks.size);
  for (const id of moved) queue.push(id);
  const settled = new Set<string>();

  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (settled.has(id)) continue;
    settled.add(id);
    for (const dependentId of dependents.get(id) ?? []) {
      const dependent = byId.get(dependentId);
      // A settled dependent can only mean a cycle (refused by validation): never revisit, so this always ends.
      if (!dependent || settled.has(dependentId) || isFixed(dependent)) continue;
      const earliest = earliestStart(dependent, byId, calendar);
      if (earliest === undefined || dependent.start >= earliest) continue;
      byId.set(dependentId, shiftTo(dependent, earliest, calendar));
      queue.push(dependentId);
    }
  }
  return result;
}

/** The steps of `list` by id, read and replaced in place, found where `graph` holds them (see `placeIn`). */
function byPlaceIn(
  list: Item[],
  graph: readonly Item[],
): { get(id: string): Item | undefined; set(id: string, item: Item): void } {
  const placeOf = placeIn(list, graph);
  return {
    get: (id) => {
      const place = placeOf(id);
      return place === undefined ? undefined : list[place];
    },
    set: (id, item) => {
      const place = placeOf(id);
      if (place !== undefined) list[place] = item;
    },
  };
}

/** The first working day after the latest predecessor ends, or undefined for a step without predecessors. */
export function earliestStart(
  item: Item,
  byId: { get(id: string): Item | undefined },
  calendar?: Calendar,
): string | undefined {
  let latestEnd: string | undefined;
  for (const id of item.dependsOn ?? []) {
    const predecessor = byId.get(id);
    if (predecessor) latestEnd = latestEnd === undefined ? predecessor.end : maxDate(latestEnd, predecessor.end);
  }
  return latestEnd === undefined ? undefined : nextWorkday(addDays(latestEnd, 1), calendar);
}

const NO_CALENDAR = {} as Calendar;
const resolved = new WeakMap<readonly Item[], WeakMap<Calendar, Item[]>>();

/**
 * Every step moved just late enough to respect its dependencies: the schedule the plan really implies. The result
 * is kept per frozen item list (the element freezes the plans it shows), since the verdict, the critical path and
 * announcements all ask for it.
 */
export function resolveSchedule(items: readonly Item[], calendar?: Calendar): Item[] {
  const key = calendar ?? NO_CALENDAR;
  let schedule = resolved.get(items)?.get(key);
  if (!schedule) {
    // A plan whose dates already respect every dependency (the usual case, since edits cascade) is its own
    // schedule: one look at each step instead of settling them all in dependency order.
    schedule = respectsDependencies(items, calendar)
      ? [...items]
      : cascade(
          items,
          items.map((item) => item.id),
          items,
          calendar,
        );
    if (Object.isFrozen(items)) {
      // A list that can still change is never cached.
      const byCalendar = resolved.get(items) ?? new WeakMap<Calendar, Item[]>();
      byCalendar.set(key, schedule);
      resolved.set(items, byCalendar);
    }
  }
  return schedule;
}

/** Whether no step would move when the plan is resolved: each starts no earlier than `cascade` would let it. */
function respectsDependencies(items: readonly Item[], calendar: Calendar | undefined): boolean {
  const byId = new Map<string, Item>();
  for (const item of items) byId.set(item.id, item);
  for (const item of items) {
    if (!item.dependsOn?.length || isFixed(item)) continue;
    const earliest = earliestStart(item, byId, calendar);
    if (earliest !== undefined && item.start < earliest) return false;
  }
  return true;
}
