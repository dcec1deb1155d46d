import { minDate } from './dates.js';
import type { ISODate, Item } from './types.js';

/** A step that still has work to do: not done and not cancelled. */
export const isOpen = (item: Item): boolean => item.status !== 'done' && item.status !== 'cancelled';

/**
 * The fields that mark a step done on `today`. Done, it cannot end in the future: a step planned to end later ended
 * today (and one planned to start later started today), so its dependents no longer wait for dates that will not
 * come. Dates already past are kept: they are what happened.
 */
export function doneToday(item: Item, today: ISODate): Partial<Item> {
  if (item.end <= today) return { status: 'done' };
  if (item.kind !== 'task') return { status: 'done', start: today, end: today };
  return { status: 'done', start: minDate(item.start, today), end: today };
}

/**
 * Whether a step still holds only if its decision is yes: it assumes a decision (`ifYes`) that is not done yet. A
 * decision marked done was taken, and yes (a no ends the plan's road there), so the steps after it are firm.
 */
export const awaitsDecision = (item: Item, stepById: (id: string) => Item | undefined): boolean =>
  item.ifYes !== undefined && stepById(item.ifYes)?.status !== 'done';

/**
 * The steps that hold only if `decisionId` is yes, without that condition: what is left of them once the decision is
 * a task or a milestone, which has no yes to wait for.
 */
export function firmedAfter(items: readonly Item[], decisionId: string): [string, Item][] {
  return items.flatMap((item): [string, Item][] => {
    if (item.ifYes !== decisionId) return [];
    const firm: Item = { ...item };
    delete firm.ifYes;
    return [[item.id, firm]];
  });
}
