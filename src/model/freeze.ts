import type { Plan } from './types.js';

/**
 * Freezes what derived-value caches are keyed by and what undo snapshots share: the plan, its parties and steps
 * (with their dependency lists and baselines). The log is left alone; it only grows by new arrays.
 */
export function freezePlan(plan: Plan): Plan {
  if (Object.isFrozen(plan)) return plan;
  for (const item of plan.items) {
    if (item.dependsOn) Object.freeze(item.dependsOn);
    if (item.baseline) Object.freeze(item.baseline);
    Object.freeze(item);
  }
  plan.parties.forEach((party) => Object.freeze(party));
  Object.freeze(plan.items);
  Object.freeze(plan.parties);
  return Object.freeze(plan);
}
