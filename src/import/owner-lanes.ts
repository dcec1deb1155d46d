import type { Item, Party, Plan } from '../model/types.js';
import type { ImportResult } from './import-plan.js';

/** The lane choice that gives an owner a partner lane of its own, named after the owner (an implementation firm). */
export const OWN_PARTNER_LANE = '+partner';

/**
 * An import's result with steps moved to the lanes the user chose (the text their lane was read from → party id, or
 * `OWN_PARTNER_LANE`), as
 * the preview offers. A joint step keeps its other parties: the lane it leaves joins them, the lane it enters leaves
 * them.
 */
export function assignOwnerLanes(result: ImportResult, lanes: Readonly<Record<string, string>>): ImportResult {
  const read = result.plan;
  if (!read) return result;
  const parties = [...read.parties];
  const chosen = Object.entries(lanes)
    .filter(([owner]) => result.detected.parties[owner] !== undefined)
    .map(([owner, partyId]): [string, string] => [
      owner,
      partyId === OWN_PARTNER_LANE ? partnerLane(parties, owner).id : partyId,
    ])
    .filter(([, partyId]) => parties.some((party) => party.id === partyId));
  if (chosen.length === 0) return result;
  const plan: Plan = { ...read, parties };
  const laneOf = new Map(chosen);
  const items = plan.items.map((item): Item => {
    const key = result.detected.laneKeys?.[item.id] ?? item.owner;
    const partyId = key === undefined ? undefined : laneOf.get(key);
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

/** A new partner lane named after the owner, added to `parties`, with the first free `partner-N` id. */
function partnerLane(parties: Party[], owner: string): Party {
  let number = 1;
  while (parties.some((party) => party.id === `partner-${number}`)) number += 1;
  const party: Party = { id: `partner-${number}`, name: owner, side: 'partner' };
  parties.push(party);
  return party;
}
