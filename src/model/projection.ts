import { isOpen } from './status.js';
import { earliestStart, resolveSchedule, shiftTo } from './cascade.js';
import { topologicalRanks } from './graph.js';
import { nextWorkday } from './calendar.js';
import type { Calendar, ISODate, Item } from './types.js';

/**
 * An open step cannot finish before today: one that should have ended already is assumed to end today at the
 * earliest (the next working day, with a calendar). Its stored dates are not touched.
 */
export function projectItem(item: Item, today: ISODate, calendar?: Calendar): Item {
  if (!isOpen(item) || item.end >= today) return item;
  const end = nextWorkday(today, calendar);
  return item.kind === 'task' ? { ...item, end } : { ...item, start: end, end };
}

const projections = new WeakMap<readonly Item[], Map<string, Item[]>>();

/**
 * The schedule the plan implies today: dependencies respected, overdue open steps ending today at the earliest,
 * and their dependents pushed after them with their own durations. Kept per frozen item list and day.
 */
export function projectSchedule(items: readonly Item[], today: ISODate, calendar?: Calendar): Item[] {
  const cacheKey = `${today}|${calendar ? JSON.stringify(calendar) : ''}`;
  const known = projections.get(items)?.get(cacheKey);
  if (known) return known;
  const projected = new Map<string, Item>();
  // The resolved schedule only moves dates, so the ranks of `items` (kept while the links stay the same) order it.
  const ranks = topologicalRanks(items);
  const ordered: Item[] = new Array<Item>(items.length);
  for (const item of resolveSchedule(items, calendar)) ordered[ranks.get(item.id)!] = item;
  for (const item of ordered) {
    const earliest = earliestStart(item, projected, calendar);
    const placed =
      earliest !== undefined && item.start < earliest && item.status !== 'done'
        ? shiftTo(item, earliest, calendar)
        : item;
    projected.set(item.id, projectItem(placed, today, calendar));
  }
  const schedule = items.map((item) => projected.get(item.id)!);
  if (Object.isFrozen(items)) {
    const byDay = projections.get(items) ?? new Map<string, Item[]>();
    if (byDay.size > 8) byDay.clear();
    byDay.set(cacheKey, schedule);
    projections.set(items, byDay);
  }
  return schedule;
}
