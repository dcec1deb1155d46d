import { LANE_PALETTE } from './colors.js';
import { checked, entry, requireParty, updateEntries, type Edit, type EditContext } from './edit.js';
import { PlanError } from './errors.js';
import { uniqueSlug } from './new-item.js';
import { SIDES, type Item, type Party, type Plan, type Side } from './types.js';

/** Party fields an edit may change (the id never changes). */
export type PartyPatch = Partial<Pick<Party, 'name' | 'side' | 'color'>>;

const PARTY_FIELDS: ReadonlySet<string> = new Set(['name', 'side', 'color']);
const SIDE_NAMES: Record<Side, string> = { seller: 'Our team', buyer: 'Customer', partner: 'Partner' };

/** A unique, readable id for a new party: its name in kebab case, numbered when taken. */
export const newPartyId = (plan: Plan, name: string): string =>
  uniqueSlug(name, new Set(plan.parties.map((party) => party.id)), 'party');

/**
 * A complete party from the fields given: a partner lane named after its side. When its side already has a lane,
 * it gets a colour no lane uses yet, so the two can be told apart.
 */
export function completeParty(plan: Plan, partial: Partial<Party> = {}): Party {
  const side = partial.side ?? 'partner';
  if (!SIDES.includes(side))
    throw new PlanError('invalid-value', `side: ${JSON.stringify(side)} is not one of ${SIDES.join(', ')}`);
  const name = typeof partial.name === 'string' && partial.name.trim() !== '' ? partial.name.trim() : SIDE_NAMES[side];
  const used = new Set(plan.parties.map((party) => party.color));
  const sideTaken = plan.parties.some((party) => party.side === side);
  const color = partial.color ?? (sideTaken ? LANE_PALETTE.find((candidate) => !used.has(candidate)) : undefined);
  return { ...partial, id: partial.id ?? newPartyId(plan, name), name, side, ...(color ? { color } : {}) };
}

export function addParty(plan: Plan, party: Party, context: EditContext = {}): Edit {
  if (plan.parties.some((existing) => existing.id === party.id)) {
    throw new PlanError('invalid-value', `a party with id ${JSON.stringify(party.id)} already exists`);
  }
  const next = { ...plan, parties: [...plan.parties, party] };
  return checked({
    plan: next,
    changes: [
      entry(context, { op: 'party-add', partyId: party.id, after: fields(party), note: `Added ${party.name}` }),
    ],
  });
}

/** Renames, recolours or changes the side of a lane; `undefined` removes the colour. */
export function updateParty(plan: Plan, id: string, patch: PartyPatch, context: EditContext = {}): Edit {
  requireParty(plan, id);
  if (typeof patch !== 'object' || patch === null)
    throw new PlanError('invalid-value', 'updateParty needs an object of party fields');
  const party = plan.parties.find((candidate) => candidate.id === id)!;
  const updated: Party = { ...party };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!PARTY_FIELDS.has(key))
      throw new PlanError('invalid-value', `${key}: not a party field that can be changed (name, side, color)`);
    if (key === 'name' && (typeof value !== 'string' || value.trim() === ''))
      throw new PlanError('invalid-value', 'name: a party needs a name');
    const next = key === 'name' ? (value as string).trim() : value;
    if (party[key] === next) continue;
    before[key] = party[key];
    after[key] = next;
    if (next === undefined) delete updated[key];
    else updated[key] = next;
  }
  if (Object.keys(after).length === 0) return { plan, changes: [] };
  const parties = plan.parties.map((candidate) => (candidate.id === id ? updated : candidate));
  return checked({
    plan: { ...plan, parties },
    changes: [entry(context, { op: 'party-update', partyId: id, before: fields(before), after: fields(after) })],
  });
}

/** Puts a lane at `index` (0 = top); the other lanes keep their order. */
export function moveParty(plan: Plan, id: string, index: number, context: EditContext = {}): Edit {
  requireParty(plan, id);
  if (!Number.isInteger(index))
    throw new PlanError('invalid-value', `index: ${JSON.stringify(index)} must be a whole number`);
  const from = plan.parties.findIndex((party) => party.id === id);
  const to = Math.max(0, Math.min(plan.parties.length - 1, index));
  if (from === to) return { plan, changes: [] };
  const parties = [...plan.parties];
  const [party] = parties.splice(from, 1);
  parties.splice(to, 0, party!);
  const change = entry(context, {
    op: 'party-move',
    partyId: id,
    before: fields({ index: from }),
    after: fields({ index: to }),
  });
  return { plan: { ...plan, parties }, changes: [change] };
}

export interface RemovePartyOptions {
  /** The lane that takes over the party's steps; required when it has any. */
  moveStepsTo?: string;
}

/** Removes a lane. One that still owns steps is refused unless `moveStepsTo` names the lane that takes them. */
export function removeParty(plan: Plan, id: string, options: RemovePartyOptions = {}, context: EditContext = {}): Edit {
  requireParty(plan, id);
  const party = plan.parties.find((candidate) => candidate.id === id)!;
  const owned = plan.items.filter((item) => item.partyId === id);
  const target = options.moveStepsTo;
  if (owned.length > 0 && target === undefined) {
    throw new PlanError(
      'invalid-value',
      `${party.name} still owns ${owned.length} ${owned.length === 1 ? 'step' : 'steps'}: say which lane takes ${owned.length === 1 ? 'it' : 'them'} (moveStepsTo)`,
    );
  }
  if (target !== undefined) {
    requireParty(plan, target);
    if (target === id)
      throw new PlanError('invalid-value', 'moveStepsTo: the steps cannot move to the lane that is removed');
  }
  const items = plan.items.map((item) => rehome(item, id, target));
  const parties = plan.parties.filter((candidate) => candidate.id !== id);
  const changes = [
    ...updateEntries(plan.items, items, context),
    entry(context, {
      op: 'party-remove',
      partyId: id,
      before: fields({ ...party, index: plan.parties.indexOf(party) }),
      note: `Removed ${party.name}`,
    }),
  ];
  return checked({ plan: { ...plan, parties, items }, changes });
}

/** A step of a removed party moves to the new lane; joint steps forget it. */
function rehome(item: Item, removed: string, target: string | undefined): Item {
  const joint = item.withPartyIds?.includes(removed);
  if (item.partyId !== removed && !joint) return item;
  const next: Item = { ...item };
  if (item.partyId === removed && target !== undefined) next.partyId = target;
  if (joint) {
    const others = item.withPartyIds!.filter((partyId) => partyId !== removed && partyId !== next.partyId);
    if (others.length > 0) next.withPartyIds = others;
    else delete next.withPartyIds;
  }
  return next;
}

/** Log entries carry party fields in the same before/after slots as step fields. */
const fields = (values: Record<string, unknown>): Partial<Item> => values as Partial<Item>;
