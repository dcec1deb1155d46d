import type { MapErrorCode } from '../events.js';
import type { Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';

/** A plan fetched from a URL, or why there is none: the `map-error` code and a message naming the URL. */
export type FetchedPlan = { plan: Plan } | { code: MapErrorCode; message: string; cause: unknown };

/** Fetches Plan JSON and validates it; never throws. */
export async function fetchPlan(src: string): Promise<FetchedPlan> {
  let text: string;
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    return {
      code: 'fetch-failed',
      message: `Could not load the plan from ${src}: ${(error as Error).message}`,
      cause: error,
    };
  }
  try {
    return { plan: validatePlan(text) };
  } catch (error) {
    return {
      code: 'invalid-plan',
      message: `The plan at ${src} is invalid: ${(error as Error).message}`,
      cause: error,
    };
  }
}
