import { isOverdue, slipDays } from '../model/analysis.js';
import { awaitsDecision } from '../model/status.js';
import { formatShortDate } from '../model/dates.js';
import type { ISODate, Item, Party, Plan } from '../model/types.js';

export interface PlanIndex {
  byId: Map<string, Item>;
  parties: Map<string, Party>;
}

const indexes = new WeakMap<Plan, PlanIndex>();

/**
 * Lookups shared by the descriptions of many steps of one plan; made once per plan (plans are never changed). A caller
 * that already holds the plan's steps by id (a drag preview makes that map for each day crossed) passes it in.
 */
export function indexPlan(plan: Plan, byId?: Map<string, Item>): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = {
      byId: byId ?? new Map(plan.items.map((item) => [item.id, item])),
      parties: new Map(plan.parties.map((party) => [party.id, party])),
    };
    indexes.set(plan, index);
  }
  return index;
}

const STATUS_TEXT = {
  todo: 'to do',
  'in-progress': 'in progress',
  done: 'done',
  blocked: 'blocked',
  cancelled: 'cancelled',
} as const;
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Everything a sighted user reads off a step, as one sentence for its accessible name:
 * "Security review, Acme Logistics (buyer), Tom Becker, security, 9 Mar to 30 Mar, blocked, depends on Tailored demo, 5 days late".
 */
export function describeItem(item: Item, plan: Plan, today: ISODate, index: PlanIndex = indexPlan(plan)): string {
  const { byId } = index;
  const party = index.parties.get(item.partyId);
  const parts: string[] = [item.kind === 'task' ? item.title : `${item.title} (${item.kind})`];
  if (party) parts.push(`${party.name} (${party.side})`);
  const joint = (item.withPartyIds ?? []).map((id) => index.parties.get(id)?.name).filter(Boolean);
  if (joint.length > 0) parts.push(`with ${joint.join(' and ')}`);
  if (item.owner) parts.push(item.owner);
  if (item.role) parts.push(item.role);
  parts.push(
    item.start === item.end
      ? formatShortDate(item.start)
      : `${formatShortDate(item.start)} to ${formatShortDate(item.end)}`,
  );
  parts.push(STATUS_TEXT[item.status ?? 'todo']);
  const predecessors = (item.dependsOn ?? [])
    .map((id) => byId.get(id))
    .filter((found): found is Item => found !== undefined);
  if (predecessors.length > 0) parts.push(`depends on ${predecessors.map((found) => found.title).join(' and ')}`);
  const early = predecessors.filter((found) => item.start <= found.end);
  if (early.length > 0) parts.push(`starts before ${early.map((found) => found.title).join(' and ')} ends`);
  const decision = item.ifYes ? byId.get(item.ifYes) : undefined;
  if (decision && awaitsDecision(item, (id) => byId.get(id))) parts.push(`only if ${decision.title} is yes`);
  const slip = slipDays(item);
  if (slip) parts.push(slip > 0 ? `${plural(slip, 'day')} late` : `${plural(-slip, 'day')} early`);
  if (isOverdue(item, today)) parts.push('overdue');
  if (item.internal) parts.push('internal');
  return parts.join(', ');
}
