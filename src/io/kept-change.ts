// A change a page could not save before it went away (see `KeepingPlanStore`): read back, and put on top of what is
// stored.
import { parseStored } from './envelope.js';
import { canKeepUnsaved, type PlanStore } from './plan-store.js';
import { mergeOrKeep } from '../model/merge.js';
import type { Plan } from '../model/types.js';

/** A change a page kept as it went away, read back and validated. */
export interface KeptChange {
  plan: Plan;
  /** The stored revision it was based on, with the plan stored under it. */
  revision: number;
  base?: Plan;
}

/** The change a page kept for `id` as it went away, if the store has a readable one. Never rejects. */
export async function readKeptChange(store: PlanStore, id: string): Promise<KeptChange | undefined> {
  if (!canKeepUnsaved(store)) return undefined;
  try {
    const raw = (await store.loadUnsaved(id)) as
      { plan?: unknown; revision?: unknown; base?: unknown; schema?: unknown } | undefined;
    // A saved plan's envelope under that key is another id's plan (an id may end in ":unsaved"), not a kept change.
    if (!raw || typeof raw !== 'object' || 'schema' in raw) return undefined;
    const revision = typeof raw.revision === 'number' ? raw.revision : 0;
    return { plan: parseStored(raw.plan), revision, ...(raw.base ? { base: parseStored(raw.base) } : {}) };
  } catch {
    return undefined; // unreadable: what is stored stands
  }
}

/**
 * The kept change on top of what is stored (`stored`, at `revision`): as it is when nothing was saved since it was
 * based on, else merged by step with what other tabs saved meanwhile.
 */
export function recoveredPlan(kept: KeptChange, stored: Plan | undefined, revision = 0): Plan {
  return !stored || revision === kept.revision ? kept.plan : mergeOrKeep(kept.base ?? stored, kept.plan, stored);
}
