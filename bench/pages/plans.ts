import { addDays, parseDate } from '../../src/model/dates.js';
import type { Item, Plan } from '../../src/model/types.js';
import { randomPlan, seededRandom } from '../../test/support/random-plan.js';

export const SEED = 20260105;
export const PARTIES = 10;

/** The same plan for every library and run: 10 parties, ~1.2 dependencies per step, 5% milestones, one year. */
export function benchPlan(steps: number): Plan {
  return randomPlan(seededRandom(SEED), { steps, parties: PARTIES, dependencies: 1.2, milestones: 0.05, days: 365 });
}

/** Every step that has to move when `id` moves later (its transitive dependents). */
export function dependentsOf(plan: Plan, id: string): Set<string> {
  const direct = new Map<string, string[]>();
  for (const item of plan.items) {
    for (const from of item.dependsOn ?? []) direct.set(from, [...(direct.get(from) ?? []), item.id]);
  }
  const found = new Set<string>();
  const pending = [id];
  while (pending.length > 0) {
    for (const next of direct.get(pending.pop()!) ?? []) {
      if (!found.has(next)) {
        found.add(next);
        pending.push(next);
      }
    }
  }
  return found;
}

/**
 * The step to edit and drag: a task near the start of the plan (so every library shows it without scrolling far
 * sideways) with the most transitive dependents, so the cascade has work to do.
 */
export function dragStep(plan: Plan): { id: string; dependents: number } {
  // At least three days long, so the bar is wide enough to press between its resize grips.
  const early = plan.items.slice(0, Math.max(10, Math.ceil(plan.items.length * 0.02)))
    .filter((item) => item.kind === 'task' && parseDate(item.end) - parseDate(item.start) >= 2);
  let best = { id: early[0]!.id, dependents: -1 };
  for (const item of early) {
    const dependents = dependentsOf(plan, item.id).size;
    if (dependents > best.dependents) best = { id: item.id, dependents };
  }
  return best;
}

/** Calendar date to a local-midnight Date (what the peer libraries expect). */
export function localDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** The day after an inclusive end: exclusive ends, as the peers store them. */
export const exclusiveEnd = (item: Item): Date => localDate(addDays(item.end, 1));

export const shiftDays = (date: string, days: number): string => addDays(date, days);

/** Pixels per day for every library, our `week` zoom. */
export const DAY_WIDTH = 16;

export const planDays = (plan: Plan): { first: string; last: string } => {
  let first = plan.items[0]!.start;
  let last = plan.items[0]!.end;
  for (const item of plan.items) {
    if (parseDate(item.start) < parseDate(first)) first = item.start;
    if (parseDate(item.end) > parseDate(last)) last = item.end;
  }
  return { first, last };
};
