import { PlanError } from '../model/errors.js';
import { validatePlan } from '../model/validate.js';
import type { Plan } from '../model/types.js';

/** Version of the envelope around a stored plan (the plan inside carries its own `version`). */
export const STORAGE_SCHEMA = 1;

/** What is written under a plan id. */
export interface StoredPlan {
  schema: typeof STORAGE_SCHEMA;
  /** ISO timestamp of the save. */
  savedAt: string;
  plan: Plan;
}

export function wrapPlan(plan: Plan, savedAt: string = new Date().toISOString()): StoredPlan {
  return { schema: STORAGE_SCHEMA, savedAt, plan };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns a raw stored value into a valid Plan (migrating older plan versions). Accepts the envelope written by
 * this package and, for hosts' own stores, a bare Plan object or Plan JSON text.
 * Throws a PlanError (code `invalid-plan`) for anything else.
 */
export function parseStored(raw: unknown): Plan {
  let document = raw;
  if (isRecord(raw) && 'schema' in raw) {
    if (raw['schema'] !== STORAGE_SCHEMA) {
      const message = `schema: ${JSON.stringify(raw['schema'])} is not a storage schema this component reads (${STORAGE_SCHEMA})`;
      throw new PlanError('invalid-plan', message, [{ path: 'schema', message, kind: 'invalid' }]);
    }
    document = raw['plan'];
  }
  try {
    return validatePlan(document);
  } catch (error) {
    if (error instanceof PlanError) throw error;
    const message = `(plan): cannot be read (${error instanceof Error ? error.message : String(error)})`;
    throw new PlanError('invalid-plan', message, [{ path: '(plan)', message, kind: 'invalid' }]);
  }
}
