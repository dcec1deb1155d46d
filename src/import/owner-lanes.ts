import type { Item, Plan } from '../model/types.js';
import type { ImportResult } from './import-plan.js';

/**
 * An import's result with owners moved to the lanes the user chose (owner text → party id), as the preview offers.
 * A joint step keeps its other parties: the lane it leaves joins them, the lane it enters leaves them.
 */
export function assignOwnerLanes(result: ImportResult, lanes: Readonly<Record<string, string>>): ImportResult {
  const plan = result.plan;
  const chosen = Object.entries(lanes).filter(
    ([owner, partyId]) => result.detected.parties[owner] !== undefined && plan?.parties.some((p) => p.id === partyId),
  );
  if (!plan || chosen.length === 0) return result;
  const laneOf = new Map(chosen);
  const items = plan.items.map((item): Item => {
    const partyId = item.owner === undefined ? undefined : laneOf.get(item.owner);
    if (partyId === undefined || partyId === item.partyId) return item;
    const moved: Item = { ...item, partyId };
    if (item.withPartyIds) {
      const others = [...item.withPartyIds, item.partyId].filter(
        (id, at, all) => id !== partyId && all.indexOf(id) === at,
      );
      if (others.length > 0) moved.withPartyIds = others;
      else delete moved.withPartyIds;
    }
    return moved;
  });
  const movedPlan: Plan = { ...plan, items };
  return {
    ...result,
    plan: movedPlan,
    detected: { ...result.detected, parties: { ...result.detected.parties, ...Object.fromEntries(chosen) } },
  };
}
