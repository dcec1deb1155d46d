import { plansEqual } from '../model/plain-data.js';
import type { Plan } from '../model/types.js';

/** The fields of Plan JSON v1. Any other top-level field is the host's own: kept with the plan, never drawn. */
const PLAN_FIELDS = [
  'version',
  'id',
  'title',
  'status',
  'targetDate',
  'targetItemId',
  'calendar',
  'parties',
  'items',
  'log',
] as const;

const KNOWN: ReadonlySet<string> = new Set(PLAN_FIELDS);

const hostFields = (plan: Plan): string[] => Object.keys(plan).filter((key) => !KNOWN.has(key));

/** Whether two plans are the same plan, whatever fields of its own a host added to either (a save time, a revision). */
export function samePlanContent(a: Plan, b: Plan): boolean {
  return PLAN_FIELDS.every((field) => plansEqual(a[field], b[field]));
}

/** `current` with the host's own fields as `given` holds them. */
export function withHostFields(current: Plan, given: Plan): Plan {
  const plan: Plan = { ...current };
  for (const key of hostFields(current)) delete plan[key];
  for (const key of hostFields(given)) plan[key] = given[key];
  return plan;
}
