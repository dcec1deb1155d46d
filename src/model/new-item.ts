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

/**
 * A unique, readable id for a new step: the title in kebab case, numbered when taken. In a plan shared live, `shared`
 * adds a random part: someone else may add a step of the same title at the same moment, and a buyer cannot see the
 * ids of the seller's internal steps, so a number free here may be taken in the room.
 */
export function newItemId(plan: Plan, title: string, { shared = false } = {}): string {
  const taken = new Set(plan.items.map((item) => item.id));
  if (!shared) return uniqueSlug(title, taken, 'step');
  const base = uniqueSlug(title, new Set(), 'step').slice(0, 24);
  for (;;) {
    const id = `${base}-${randomPart()}`;
    if (!taken.has(id)) return id;
  }
}

/** Six base-36 characters from the platform's random source: 2 billion ids per title. */
function randomPart(): string {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return value!.toString(36).padStart(6, '0').slice(-6);
}

/**
 * A complete step from the fields given: a five-day task (five working days, with a calendar) in the first lane
 * from `today` (or the next working day) unless told otherwise.
 */
export function completeItem(
  plan: Plan,
  partial: Partial<Item>,
  today: ISODate,
  options: { shared?: boolean } = {},
): Item {
  const partyId = partial.partyId ?? plan.parties[0]?.id;
  if (partyId === undefined) throw new PlanError('invalid-value', 'the plan has no party to own a new step');
  const kind = partial.kind ?? 'task';
  const title = partial.title ?? (kind === 'decision' ? 'Decision' : kind === 'milestone' ? 'Milestone' : 'New step');
  const start = nextWorkday(partial.start ?? today, plan.calendar);
  const end = partial.end ?? (kind === 'task' ? endAfter(start, 5, plan.calendar) : start);
  const { id, title: _title, partyId: _partyId, kind: _kind, start: _start, end: _end, ...rest } = partial;
  // The fields every step has come first, in the order a plan shared live reads them back in: the page that added the
  // step then serialises it as every other page does.
  return { id: id ?? newItemId(plan, title, options), title, partyId, kind, start, end, ...rest };
}
