import { PLAN_VERSION } from './types.js';

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades from version N to N+1, keyed by N. Empty while v1 is the only version; a v2 adds `1: (doc) => …` here
 * and every stored or imported plan is upgraded on load.
 */
const MIGRATIONS: Record<number, Migration> = {};

/** Brings an older document up to the current version; anything else is returned as it is for the validator. */
export function migrate(document: unknown): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  let current = document as Record<string, unknown>;
  while (typeof current['version'] === 'number' && current['version'] < PLAN_VERSION) {
    const step = MIGRATIONS[current['version']];
    if (!step) break;
    current = step(current);
  }
  return current;
}
