import { parseStored, revisionOf, wrapPlan } from './envelope.js';
import type { Plan } from '../model/types.js';

/** Where plans are kept, by plan id. Hosts may supply their own. */
export interface PlanStore {
  /** The raw stored value (not validated), or undefined when nothing is stored under `id`. */
  load(id: string): Promise<unknown | undefined>;
  save(id: string, plan: Plan): Promise<void>;
  remove(id: string): Promise<void>;
}

/** One stored plan, as a plan picker lists it. */
export interface StoredPlanSummary {
  /** The key it is stored under (the element's `plan-id`). */
  id: string;
  title: string;
  /** When it was last saved (ISO), if known. */
  savedAt?: string;
}

/** A store that can say what it holds. */
export interface ListingPlanStore extends PlanStore {
  /** Every readable plan, newest save first; set-aside copies of bad values are left out. */
  list(): Promise<StoredPlanSummary[]>;
}

export function canList(store: PlanStore): store is ListingPlanStore {
  return typeof (store as Partial<ListingPlanStore>).list === 'function';
}

/** Summaries of raw stored values: readable plans only, newest save first. */
export function summarise(entries: Iterable<[unknown, unknown]>): StoredPlanSummary[] {
  const found: StoredPlanSummary[] = [];
  for (const [key, raw] of entries) {
    if (typeof key !== 'string' || key.includes(':corrupt:') || key.endsWith(UNSAVED_SUFFIX)) continue;
    try {
      const plan = parseStored(raw);
      const savedAt = typeof raw === 'object' && raw !== null ? (raw as { savedAt?: unknown }).savedAt : undefined;
      found.push({ id: key, title: plan.title, ...(typeof savedAt === 'string' ? { savedAt } : {}) });
    } catch {
      // Not a plan this component reads: nothing to list.
    }
  }
  return found.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
}

/** A store that can set a bad stored value aside before it is replaced. */
export interface QuarantiningPlanStore extends PlanStore {
  /** Copies `raw` to a side key (see `corruptKey`) and returns that key; the value under `id` is left as it is. */
  quarantine(id: string, raw: unknown): Promise<string>;
}

export function canQuarantine(store: PlanStore): store is QuarantiningPlanStore {
  return typeof (store as Partial<QuarantiningPlanStore>).quarantine === 'function';
}

/**
 * A change a page had not saved when it went away: the plan shown, and the stored revision it was based on with the
 * plan stored under that revision (what the next page merges it with when another tab saved meanwhile).
 */
export interface UnsavedChange {
  plan: Plan;
  revision: number;
  base?: Plan | undefined;
}

/** A store that can keep a change in the moment a page goes away, when nothing can be waited for. */
export interface KeepingPlanStore extends PlanStore {
  /** Starts writing the change under the side key of `id` and returns at once; false when it cannot start now. */
  keepUnsaved(id: string, change: UnsavedChange): boolean;
  /** What was kept for `id`, raw (not validated), or undefined. */
  loadUnsaved(id: string): Promise<unknown | undefined>;
  forgetUnsaved(id: string): Promise<void>;
}

export function canKeepUnsaved(store: PlanStore): store is KeepingPlanStore {
  return typeof (store as Partial<KeepingPlanStore>).keepUnsaved === 'function';
}

const UNSAVED_SUFFIX = ':unsaved';

/** The side key a change kept as its page went away is written under (see `KeepingPlanStore`). */
export const unsavedKey = (id: string): string => `${id}${UNSAVED_SUFFIX}`;

/** The outcome of a conditional save: saved as `revision`, or refused because the store is at `revision` already. */
export type SaveResult = { saved: true; revision: number } | { saved: false; revision: number };

/** A store that saves only over the revision a change was based on (so two tabs never overwrite each other). */
export interface RevisionedPlanStore extends PlanStore {
  /** Saves when the stored revision is `expected` (undefined: unconditionally); says which revision the store is at. */
  saveIf(id: string, plan: Plan, expected: number | undefined): Promise<SaveResult>;
}

export function hasRevisions(store: PlanStore): store is RevisionedPlanStore {
  return typeof (store as Partial<RevisionedPlanStore>).saveIf === 'function';
}

/** A short hash of a value's JSON text (FNV-1a), to name one side copy per distinct bad value. */
function contentHash(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The side key a bad value of plan `id` is kept under: one per distinct value, however often it is read. */
export function corruptKey(id: string, raw: unknown): string {
  return `${id}:corrupt:${contentHash(raw)}`;
}

/** Keeps plans in a Map (copies, in the same envelope as on disk): for tests and as an in-memory fallback. */
export class MemoryPlanStore implements QuarantiningPlanStore, ListingPlanStore, RevisionedPlanStore, KeepingPlanStore {
  readonly #values = new Map<string, unknown>();

  async load(id: string): Promise<unknown | undefined> {
    return this.#values.has(id) ? structuredClone(this.#values.get(id)) : undefined;
  }

  async save(id: string, plan: Plan): Promise<void> {
    await this.saveIf(id, plan, undefined);
  }

  async saveIf(id: string, plan: Plan, expected: number | undefined): Promise<SaveResult> {
    const current = revisionOf(this.#values.get(id));
    if (expected !== undefined && current !== expected) return { saved: false, revision: current };
    this.#values.set(id, structuredClone(wrapPlan(plan, { revision: current + 1 })));
    return { saved: true, revision: current + 1 };
  }

  async remove(id: string): Promise<void> {
    this.#values.delete(id);
    this.#values.delete(unsavedKey(id));
  }

  async quarantine(id: string, raw: unknown): Promise<string> {
    const key = corruptKey(id, raw);
    if (!this.#values.has(key)) this.#values.set(key, structuredClone(raw));
    return key;
  }

  async list(): Promise<StoredPlanSummary[]> {
    return summarise(this.#values.entries());
  }

  keepUnsaved(id: string, change: UnsavedChange): boolean {
    this.#values.set(unsavedKey(id), structuredClone(change));
    return true;
  }

  async loadUnsaved(id: string): Promise<unknown | undefined> {
    return structuredClone(this.#values.get(unsavedKey(id)));
  }

  async forgetUnsaved(id: string): Promise<void> {
    this.#values.delete(unsavedKey(id));
  }

  /** Every key in use, side keys included. */
  keys(): string[] {
    return [...this.#values.keys()];
  }
}
