import { addDays } from '../../src/model/dates.js';
import type { Item, Plan } from '../../src/model/types.js';

export interface ChainOptions {
  /** `dependents-first` lists the last step first (valid, and the hard case for recursive graph code). */
  order?: 'dependencies-first' | 'dependents-first';
  /** First day of the first step. */
  start?: string;
  /** Days between one step's start and the next one's (each step lasts one day). */
  spacing?: number;
  /** Lanes the steps take turns in. */
  parties?: number;
  /** Which steps are internal (seller-only). */
  internal?: (index: number) => boolean;
}

/** A valid plan of `steps` one-day tasks where each depends on the one before it: `c0 ← c1 ← … ← c(n-1)`. */
export function chainPlan(steps: number, options: ChainOptions = {}): Plan {
  const { order = 'dependencies-first', start = '2000-01-03', spacing = 1, parties = 1, internal } = options;
  const items: Item[] = [];
  for (let index = 0; index < steps; index += 1) {
    const day = addDays(start, index * spacing);
    const item: Item = {
      id: `c${index}`,
      title: `Step ${index + 1}`,
      partyId: `p${index % parties}`,
      kind: 'task',
      start: day,
      end: day,
    };
    if (index > 0) item.dependsOn = [`c${index - 1}`];
    if (internal?.(index)) item.internal = true;
    items.push(item);
  }
  if (order === 'dependents-first') items.reverse();
  return {
    version: 1,
    id: `chain-${steps}`,
    title: `Chain of ${steps} steps`,
    parties: Array.from({ length: parties }, (_, index) => ({
      id: `p${index}`,
      name: `Party ${index + 1}`,
      side: index % 2 === 0 ? 'seller' : 'buyer',
    })),
    items,
  };
}
