import type { ISODate, Plan } from '../src/index.js';
import { SAMPLE_PLANS, currentSample } from '../src/samples.js';

/** One entry of the plan picker; each has its own IndexedDB key, so edits to one never touch another. */
export interface PlanChoice {
  id: string;
  label: string;
  storageKey: string;
  /** A fresh copy: used when nothing is stored yet and by "Reset". Undefined: nothing to reset to. */
  fresh(today: ISODate): Plan | undefined;
}

const key = (id: string): string => `demo-${id}`;

export const IMPORTED_ID = 'imported';

export const PLAN_CHOICES: readonly PlanChoice[] = [
  ...SAMPLE_PLANS.map((sample) => ({
    id: sample.id,
    label: sample.name,
    storageKey: key(sample.id),
    fresh: (today: ISODate) => currentSample(sample, today),
  })),
  { id: 'empty', label: 'New empty plan', storageKey: key('empty'), fresh: () => emptyPlan() },
  { id: IMPORTED_ID, label: 'Imported plan', storageKey: key(IMPORTED_ID), fresh: () => undefined },
];

export function findChoice(id: string): PlanChoice {
  return PLAN_CHOICES.find((choice) => choice.id === id) ?? PLAN_CHOICES[0]!;
}

/** Two empty lanes, ready for double-click-to-add. */
function emptyPlan(): Plan {
  return {
    version: 1,
    id: 'new-plan',
    title: 'New mutual action plan',
    status: 'vague',
    parties: [
      { id: 'seller', name: 'Our team', side: 'seller' },
      { id: 'buyer', name: 'Customer', side: 'buyer' },
    ],
    items: [],
  };
}
