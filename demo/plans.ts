import { canList, type ISODate, type Plan, type PlanStore, type StoredPlanSummary } from '../src/index.js';
import { SAMPLE_PLANS, currentSample } from '../src/samples.js';
import { smallPlan } from './small-plan.js';

/** One entry of the plan picker; each has its own IndexedDB key, so edits to one never touch another. */
export interface PlanChoice {
  id: string;
  label: string;
  storageKey: string;
  /** A fresh copy: used when nothing is stored yet and by "Reset". Undefined: nothing to reset to. */
  fresh(today: ISODate): Plan | undefined;
  /** A plan the user made or imported (it can be deleted); samples can only be reset. */
  own: boolean;
}

const sampleKey = (id: string): string => `demo-${id}`;

export const SAMPLE_CHOICES: readonly PlanChoice[] = [
  ...SAMPLE_PLANS.map((sample) => ({
    id: sample.id,
    label: sample.name,
    storageKey: sampleKey(sample.id),
    fresh: (today: ISODate) => currentSample(sample, today),
    own: false,
  })),
  { id: 'small', label: 'Small: three one-row lanes', storageKey: sampleKey('small'), fresh: smallPlan, own: false },
];

const SAMPLE_KEYS = new Set(SAMPLE_CHOICES.map((choice) => choice.storageKey));

/** A plan stored by the user: its storage key is its id, and it is picked by that id. */
export const ownChoice = (summary: StoredPlanSummary, plan?: Plan): PlanChoice => ({
  id: summary.id,
  label: summary.title,
  storageKey: summary.id,
  fresh: () => plan,
  own: true,
});

export interface StoredChoices {
  /** The user's own plans (new and imported ones), newest first. */
  own: PlanChoice[];
  /** The samples, each named after its stored plan when that is no longer the sample (renamed, or replaced by an import). */
  samples: PlanChoice[];
}

/** What the store holds, as picker choices. */
export async function storedChoices(store: PlanStore, today: ISODate): Promise<StoredChoices> {
  const summaries = canList(store) ? await store.list().catch(() => []) : [];
  const storedTitles = new Map(summaries.map((summary) => [summary.id, summary.title]));
  const samples = SAMPLE_CHOICES.map((sample) => {
    const title = storedTitles.get(sample.storageKey);
    return title === undefined || title === sample.fresh(today)?.title
      ? sample
      : { ...sample, label: `${title} · was “${sample.label}”` };
  });
  const own = summaries.filter((summary) => !SAMPLE_KEYS.has(summary.id)).map((summary) => ownChoice(summary));
  return { own, samples };
}

/** A new plan left as it was made: no step and no change logged. */
export const untouched = (plan: Plan): boolean => plan.items.length === 0 && !plan.log?.length;
