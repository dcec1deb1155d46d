import type { Plan } from './types.js';

/**
 * Freezes what derived-value caches are keyed by and what undo snapshots share: the plan, its parties and steps
 * (with their dependency lists and baselines), its calendar, and the log (entries are shared with `map-change`
 * details, so a host can never rewrite them). Entries already frozen are skipped, so a commit costs its own entries.
 */
export function freezePlan(plan: Plan): Plan {
  if (Object.isFrozen(plan)) return plan;
  for (const item of plan.items) {
    // A step an edit left alone is the previous plan's, frozen with it.
    const frozen =
      Object.isFrozen(item) &&
      (!item.dependsOn || Object.isFrozen(item.dependsOn)) &&
      (!item.baseline || Object.isFrozen(item.baseline));
    if (frozen) continue;
    if (item.dependsOn) Object.freeze(item.dependsOn);
    if (item.baseline) Object.freeze(item.baseline);
    Object.freeze(item);
  }
  plan.parties.forEach((party) => Object.freeze(party));
  if (plan.calendar) deepFreeze(plan.calendar);
  if (plan.log) {
    for (let index = plan.log.length - 1; index >= 0 && !Object.isFrozen(plan.log[index]); index -= 1)
      deepFreeze(plan.log[index]);
    Object.freeze(plan.log);
  }
  Object.freeze(plan.items);
  Object.freeze(plan.parties);
  frozenWhole.add(plan);
  return Object.freeze(plan);
}

/** Plans `freezePlan` froze whole: asking again would walk every step of each commit's plan. */
const frozenWhole = new WeakSet<Plan>();

/** Freezes a small value and everything in it (a log entry's before/after, a calendar). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/**
 * Whether a plan is frozen as `freezePlan` leaves it (the plan, its step list and every step, its calendar), so a
 * value derived from it may be kept for as long as the plan lives.
 */
export function isFrozenPlan(plan: Plan): boolean {
  return (
    frozenWhole.has(plan) ||
    (Object.isFrozen(plan) &&
      Object.isFrozen(plan.items) &&
      plan.items.every((item) => Object.isFrozen(item) && (!item.dependsOn || Object.isFrozen(item.dependsOn))) &&
      Object.isFrozen(plan.parties) &&
      (plan.calendar === undefined || Object.isFrozen(plan.calendar)))
  );
}
