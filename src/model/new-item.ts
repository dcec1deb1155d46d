import { endAfter, nextWorkday } from './calendar.js';
import { PlanError } from './errors.js';
import type { ISODate, Item, Plan } from './types.js';

/** A unique, readable id: the name in kebab case (or `fallback`), numbered when taken. */
export function uniqueSlug(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || fallback;
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}-${counter}`)) counter += 1;
  return `${base}-${counter}`;
}

/** A unique, readable id for a new step: the title in kebab case, numbered when taken. */
export const newItemId = (plan: Plan, title: string): string =>
  uniqueSlug(title, new Set(plan.items.map((item) => item.id)), 'step');

/**
 * A complete step from the fields given: a five-day task (five working days, with a calendar) in the first lane
 * from `today` (or the next working day) unless told otherwise.
 */
export function completeItem(plan: Plan, partial: Partial<Item>, today: ISODate): Item {
  const partyId = partial.partyId ?? plan.parties[0]?.id;
  if (partyId === undefined) throw new PlanError('invalid-value', 'the plan has no party to own a new step');
  const kind = partial.kind ?? 'task';
  const title = partial.title ?? (kind === 'decision' ? 'Decision' : kind === 'milestone' ? 'Milestone' : 'New step');
  const start = nextWorkday(partial.start ?? today, plan.calendar);
  const end = partial.end ?? (kind === 'task' ? endAfter(start, 5, plan.calendar) : start);
  return { ...partial, id: partial.id ?? newItemId(plan, title), title, partyId, kind, start, end };
}
