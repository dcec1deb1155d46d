import { addDays } from '../../src/model/dates.js';
import type { Item, Party, Plan } from '../../src/model/types.js';

/** A small, fast, seeded PRNG (mulberry32) so randomized runs can be replayed from their seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
export const between = (random: () => number, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

export interface RandomPlanOptions {
  steps: number;
  parties?: number;
  /** Average dependencies per step. */
  dependencies?: number;
  /** Share of milestones. */
  milestones?: number;
  /** Days the plan covers. */
  days?: number;
  start?: string;
}

/**
 * A valid plan with steps spread over `days`; every dependency points at an earlier-starting step that ends before
 * the dependent starts, so the generated plan has no violation and no cycle.
 */
export function randomPlan(random: () => number, options: RandomPlanOptions): Plan {
  const {
    steps,
    parties: partyCount = 4,
    dependencies = 1.2,
    milestones = 0.05,
    days = 365,
    start = '2026-01-05',
  } = options;
  const sides = ['seller', 'buyer', 'partner'] as const;
  const parties: Party[] = Array.from({ length: partyCount }, (_, index) => ({
    id: `p${index}`,
    name: `Party ${index + 1}`,
    side: sides[index % 3]!,
  }));
  const items: Item[] = [];
  for (let index = 0; index < steps; index += 1) {
    const offset = Math.floor((index / steps) * days);
    const kind = random() < milestones ? 'milestone' : 'task';
    const length = kind === 'task' ? between(random, 1, 10) : 1;
    const item: Item = {
      id: `s${index}`,
      title: `Step ${index + 1}`,
      partyId: pick(random, parties).id,
      kind,
      start: addDays(start, offset),
      end: addDays(start, offset + length - 1),
    };
    const candidates = items.filter((earlier) => earlier.end < item.start).slice(-20);
    const wanted = Math.min(candidates.length, Math.round(dependencies * 2 * random()));
    const dependsOn = new Set<string>();
    while (dependsOn.size < wanted) dependsOn.add(pick(random, candidates).id);
    if (dependsOn.size > 0) item.dependsOn = [...dependsOn];
    items.push(item);
  }
  return {
    version: 1,
    id: 'generated',
    title: `Generated plan (${steps} steps)`,
    targetDate: addDays(start, days),
    parties,
    items,
  };
}
