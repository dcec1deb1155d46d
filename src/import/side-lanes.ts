import type { Party, Side } from '../model/types.js';
import type { PartyResult } from './parties.js';

/** One step row's lane cells when the file names each step's side (our own export). */
export interface SideCells {
  party: string;
  side: string;
  owner: string;
}

const SIDE_WORDS: readonly Side[] = ['seller', 'buyer', 'partner'];
/** The words a rep's Side column uses for each side, ours ("seller", "buyer", "partner") among them. */
const SIDE_SYNONYMS: readonly (readonly [Side, RegExp])[] = [
  ['seller', /^(seller|vendor|provider|supplier|sales|sales team|account team|us|we|our team|our side)$/],
  ['buyer', /^(buyer|customer|client|prospect|account|them|they|their team|their side)$/],
  ['partner', /^(partner|implementation partner|reseller|integrator|system integrator|si|consultant|agency)$/],
];
/** A step both sides own: it goes in the first seller's lane, joint with the first buyer's. */
const JOINT = /^(joint|both|mutual|shared|together)$/;
type SideWord = Side | 'joint';

const sideOf = (text: string): SideWord | undefined => {
  const word = text.trim().toLowerCase();
  if (JOINT.test(word)) return 'joint';
  return SIDE_SYNONYMS.find(([, words]) => words.test(word))?.[0];
};

/** Whether every row names its side (a few say "joint"), in the words of `SIDE_SYNONYMS`. */
export const namesSides = (rows: readonly SideCells[]): boolean =>
  rows.some((row) => sideOf(row.side) !== 'joint') && rows.every((row) => sideOf(row.side) !== undefined);

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'party';

/**
 * Lanes from a party-name column and a side column: one party per name and side, in the order sellers, buyers,
 * partners (each in order of first appearance); owners stay people, never sides. A joint row goes in the first
 * seller's lane, joint with the first buyer's.
 */
export function lanesFromSides(rows: readonly SideCells[]): PartyResult {
  const found = new Map<string, { name: string; side: Side }>();
  for (const row of rows) {
    const side = sideOf(row.side)!;
    if (side === 'joint') continue;
    found.set(laneKey(row, side), { name: laneName(row), side });
  }
  const ordered = [...found.entries()].sort(([, a], [, b]) => SIDE_WORDS.indexOf(a.side) - SIDE_WORDS.indexOf(b.side));
  const ids = new Map<string, string>();
  const parties: Party[] = [];
  for (const [key, { name, side }] of ordered) {
    let id = side !== 'partner' && !parties.some((party) => party.id === side) ? side : slug(name);
    while (parties.some((party) => party.id === id)) id += '-2';
    ids.set(key, id);
    parties.push({ id, name, side });
  }
  const detected: Record<string, string> = {};
  const first = (side: Side) => parties.find((party) => party.side === side)?.id;
  const assignments = rows.map((row) => {
    const side = sideOf(row.side)!;
    const key = laneName(row);
    const owner = row.owner ? { owner: row.owner } : {};
    if (side === 'joint') {
      const [seller, buyer] = [first('seller'), first('buyer')];
      const partyId = seller ?? buyer ?? parties[0]!.id;
      return { partyId, key, ...(seller && buyer ? { withPartyIds: [buyer] } : {}), ...owner };
    }
    const partyId = ids.get(laneKey(row, side))!;
    detected[key] = partyId;
    return { partyId, key, ...owner };
  });
  return { parties, assignments, detected };
}

/** A lane is named by the row's company, else by the side word the row used ("Customer"). */
const laneName = (row: SideCells): string => row.party.trim() || row.side.trim();
const laneKey = (row: SideCells, side: Side): string => `${side}\u0000${laneName(row)}`;
