import { diffDays } from './dates.js';
import { deepFreeze, isFrozenPlan } from './freeze.js';
import { resolveSchedule } from './cascade.js';
import { projectSchedule } from './projection.js';
import { isOpen } from './status.js';
import type { ISODate, Item, Party, Plan } from './types.js';

export { isOpen };

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
  const resolved = resolveSchedule(plan.items, plan.calendar);
  const byId = new Map(resolved.map((item) => [item.id, item]));
  const path: string[] = [];
  const seen = new Set<string>();
  let current = targetItem(plan, resolved);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current.id);
    let binding: Item | undefined;
    for (const id of current.dependsOn ?? []) {
      const predecessor = byId.get(id);
      if (predecessor && (!binding || predecessor.end > binding.end)) binding = predecessor;
    }
    current = binding;
  }
  return path.reverse();
}

export interface Verdict {
  /** When the target step really finishes once every dependency is respected. */
  projected: ISODate;
  target?: ISODate;
  /** Positive: late by that many days; zero or negative: on track. */
  daysLate: number;
  /** When the plan's own dates would finish, when steps overdue today push the projection past it. */
  planned?: ISODate;
  /** The overdue open steps the target waits for (or the target itself), when they push the projection. */
  overdueIds?: string[];
}

/**
 * When the target step really finishes: every dependency respected and, given `today`, no open step finishing
 * before today. Without `today` only the plan's own dates count.
 */
export function projectedFinish(plan: Plan, today?: ISODate): Verdict | undefined {
  if (!isFrozenPlan(plan)) return workOutVerdict(plan, today);
  let known = verdicts.get(plan);
  if (!known) verdicts.set(plan, (known = new Map()));
  const key = today ?? '';
  if (!known.has(key)) known.set(key, deepFreeze(workOutVerdict(plan, today)));
  return known.get(key);
}

/**
 * Verdicts of committed (frozen) plans, by the day they were asked for: one commit's announcement, scene and fit
 * all ask for the same one, and the next commit's announcement asks again for this plan's.
 */
const verdicts = new WeakMap<Plan, Map<string, Verdict | undefined>>();

function workOutVerdict(plan: Plan, today: ISODate | undefined): Verdict | undefined {
  if (today === undefined) return verdictFor(plan, resolveSchedule(plan.items, plan.calendar));
  return explainOverdue(plan, verdictFor(plan, projectSchedule(plan.items, today, plan.calendar)), today);
}

/** Adds what the plan's dates alone would give and which overdue steps push it, when they do. */
export function explainOverdue(
  plan: Plan,
  verdict: Verdict | undefined,
  today: ISODate,
  schedule = resolveSchedule(plan.items, plan.calendar),
): Verdict | undefined {
  const planned = verdictFor(plan, schedule);
  if (!verdict || !planned || planned.projected >= verdict.projected) return verdict;
  const target = targetItem(plan, schedule);
  const overdueIds = target
    ? ancestorsOf(plan.items, target.id)
        .filter((item) => isOverdue(item, today))
        .map((item) => item.id)
    : [];
  return { ...verdict, planned: planned.projected, overdueIds };
}

/** The step and everything it waits for, directly or not. */
function ancestorsOf(items: readonly Item[], id: string): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const found: Item[] = [];
  const pending = [id];
  while (pending.length > 0) {
    const item = byId.get(pending.pop()!);
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    found.push(item);
    for (const predecessor of item.dependsOn ?? []) pending.push(predecessor);
  }
  return found;
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

/** Whether a step's dates differ from the ones agreed (its baseline); false without a baseline. */
export const movedSinceAgreed = (item: Item): boolean =>
  item.baseline !== undefined && (item.baseline.start !== item.start || item.baseline.end !== item.end);

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

/** What a lane head says of a party: how many steps it still has open, and the one that starts first. */
export interface NextMove {
  party: Party;
  openCount: number;
  /** The open step that starts first (the one listed first on a tie). */
  next?: Item;
}

/**
 * Each party's next move, parties whose next step starts earliest first. One pass over the plan: every commit asks
 * again, and the lane heads read no more than this.
 */
export function nextMoves(plan: Plan): NextMove[] {
  const moves = new Map<string, NextMove>(plan.parties.map((party) => [party.id, { party, openCount: 0 }]));
  for (const item of plan.items) {
    const move = isOpen(item) ? moves.get(item.partyId) : undefined;
    if (!move) continue;
    move.openCount += 1;
    if (!move.next || item.start < move.next.start) move.next = item;
  }
  const firstStart = (move: NextMove): string => move.next?.start ?? '9999-99-99';
  return [...moves.values()].sort((a, b) =>
    firstStart(a) < firstStart(b) ? -1 : firstStart(a) > firstStart(b) ? 1 : 0,
  );
}

/** Open steps per party ("whose move it is"), in the order of `nextMoves`. */
export function whoseMove(plan: Plan): PartyMove[] {
  const open = new Map<string, Item[]>();
  for (const item of plan.items) {
    if (!isOpen(item)) continue;
    const list = open.get(item.partyId);
    if (list) list.push(item);
    else open.set(item.partyId, [item]);
  }
  const byStart = (a: Item, b: Item) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
  return nextMoves(plan).map(({ party }) => ({ party, open: (open.get(party.id) ?? []).sort(byStart) }));
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
