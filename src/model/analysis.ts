import { diffDays } from './dates.js';
import { resolveSchedule } from './cascade.js';
import type { ISODate, Item, Party, Plan } from './types.js';

export const isOpen = (item: Item): boolean => item.status !== 'done' && item.status !== 'cancelled';

/** The step that must finish by the target date: `targetItemId`, else the step that ends last. */
export function targetItem(plan: Plan, items: readonly Item[] = plan.items): Item | undefined {
  if (plan.targetItemId) return items.find((item) => item.id === plan.targetItemId);
  let last: Item | undefined;
  for (const item of items) if (!last || item.end >= last.end) last = item;
  return last;
}

/**
 * The chain of steps that decides when the target step can finish: from the target, repeatedly the predecessor
 * that ends last. Returned first step first.
 */
export function criticalPath(plan: Plan): string[] {
  const resolved = resolveSchedule(plan.items);
  const byId = new Map(resolved.map((item) => [item.id, item]));
  const path: string[] = [];
  let current = targetItem(plan, resolved);
  while (current) {
    path.unshift(current.id);
    let binding: Item | undefined;
    for (const id of current.dependsOn ?? []) {
      const predecessor = byId.get(id);
      if (predecessor && (!binding || predecessor.end > binding.end)) binding = predecessor;
    }
    current = binding;
  }
  return path;
}

export interface Verdict {
  /** When the target step really finishes once every dependency is respected. */
  projected: ISODate;
  target?: ISODate;
  /** Positive: late by that many days; zero or negative: on track. */
  daysLate: number;
}

export function projectedFinish(plan: Plan): Verdict | undefined {
  return verdictFor(plan, resolveSchedule(plan.items));
}

/** The verdict of a plan given the schedule it resolves to (a drag preview brings a partly re-resolved one). */
export function verdictFor(plan: Plan, schedule: readonly Item[]): Verdict | undefined {
  const target = targetItem(plan, schedule);
  if (!target) return undefined;
  const projected = target.end;
  const daysLate = plan.targetDate ? diffDays(projected, plan.targetDate) : 0;
  return plan.targetDate ? { projected, target: plan.targetDate, daysLate } : { projected, daysLate };
}

export function verdictLabel(verdict: Verdict): string {
  if (verdict.daysLate <= 0) return 'On track';
  return `${verdict.daysLate} ${verdict.daysLate === 1 ? 'day' : 'days'} late`;
}

/** Days a step ends later than agreed (negative: earlier), or undefined without a baseline. */
export function slipDays(item: Item): number | undefined {
  return item.baseline ? diffDays(item.end, item.baseline.end) : undefined;
}

export function isOverdue(item: Item, today: ISODate): boolean {
  return isOpen(item) && item.end < today;
}

export interface PartyMove {
  party: Party;
  /** Open steps of this party, earliest start first. */
  open: Item[];
}

/** Open steps per party ("whose move it is"), parties whose next step starts earliest first. */
export function whoseMove(plan: Plan): PartyMove[] {
  const moves = plan.parties.map((party) => ({
    party,
    open: plan.items
      .filter((item) => item.partyId === party.id && isOpen(item))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
  }));
  const firstStart = (move: PartyMove): string => move.open[0]?.start ?? '9999-99-99';
  return moves.sort((a, b) => (firstStart(a) < firstStart(b) ? -1 : firstStart(a) > firstStart(b) ? 1 : 0));
}

/** First and last day the plan covers (items, baselines and target date). */
export function planRange(plan: Plan): { start: ISODate; end: ISODate } | undefined {
  let start: ISODate | undefined;
  let end: ISODate | undefined;
  const include = (date: ISODate): void => {
    if (start === undefined || date < start) start = date;
    if (end === undefined || date > end) end = date;
  };
  for (const item of plan.items) {
    include(item.start);
    include(item.end);
    if (item.baseline) {
      include(item.baseline.start);
      include(item.baseline.end);
    }
  }
  if (plan.targetDate) include(plan.targetDate);
  return start === undefined || end === undefined ? undefined : { start, end };
}
