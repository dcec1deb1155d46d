import { PlanError } from '../model/errors.js';
import { validatePlan } from '../model/validate.js';
import { PLAN_VERSION, type Plan } from '../model/types.js';

/** Version of the envelope around a stored plan (the plan inside carries its own `version`). */
export const STORAGE_SCHEMA = 1;

/** What is written under a plan id. */
export interface StoredPlan {
  schema: typeof STORAGE_SCHEMA;
  /** ISO timestamp of the save. */
  savedAt: string;
  /** Counts the saves of this plan: a save based on an older revision lost a race with another tab. */
  revision?: number;
  plan: Plan;
}

export function wrapPlan(plan: Plan, options: { revision?: number; savedAt?: string } = {}): StoredPlan {
  return {
    schema: STORAGE_SCHEMA,
    savedAt: options.savedAt ?? new Date().toISOString(),
    ...(options.revision !== undefined ? { revision: options.revision } : {}),
    plan,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The revision of a raw stored value: 0 for nothing stored, a bare plan, an envelope from before revisions, or a revision that is not a count. */
export function revisionOf(raw: unknown): number {
  // Only a count that can still go up by one: at 2^53, revision + 1 === revision and a save race would go unseen.
  const revision = isRecord(raw) ? raw['revision'] : undefined;
  return typeof revision === 'number' && Number.isSafeInteger(revision + 1) && revision >= 0 ? revision : 0;
}

/**
 * A stored value written by a newer version of this component (a later envelope schema or plan version): it is
 * never overwritten, set aside or reported as corrupt; this version cannot read it and leaves it alone.
 */
export class NewerVersionError extends Error {
  override name = 'NewerVersionError';
  readonly code = 'newer-version';
}

/** Why a raw value is from a newer version, or undefined when it is not. */
export function newerVersion(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  if (typeof raw['schema'] === 'number' && raw['schema'] > STORAGE_SCHEMA)
    return `storage schema ${raw['schema']} (this version reads ${STORAGE_SCHEMA})`;
  const plan = 'schema' in raw ? raw['plan'] : raw;
  if (isRecord(plan) && typeof plan['version'] === 'number' && plan['version'] > PLAN_VERSION)
    return `plan version ${plan['version']} (this version reads ${PLAN_VERSION})`;
  return undefined;
}

/**
 * Turns a raw stored value into a valid Plan (migrating older plan versions). Accepts the envelope written by
 * this package and, for hosts' own stores, a bare Plan object or Plan JSON text. Throws NewerVersionError for a
 * value a newer version wrote, and a PlanError (code `invalid-plan`) for anything else it cannot read.
 */
export function parseStored(raw: unknown): Plan {
  const newer = newerVersion(raw);
  if (newer) throw new NewerVersionError(`It was saved by a newer version of map-timeline: ${newer}.`);
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
