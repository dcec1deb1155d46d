import type { Party, Side } from '../model/types.js';
import type { PartyResult } from './parties.js';

/** One step row's lane cells when the file names each step's side (our own export). */
export interface SideCells {
  party: string;
  side: string;
  owner: string;
}

const SIDE_WORDS: readonly Side[] = ['seller', 'buyer', 'partner'];
const sideOf = (text: string): Side | undefined => SIDE_WORDS.find((side) => side === text.trim().toLowerCase());

/** Whether every row names its side in words we wrote ("seller", "buyer", "partner"). */
export const namesSides = (rows: readonly SideCells[]): boolean =>
  rows.length > 0 && rows.every((row) => sideOf(row.side) !== undefined);

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'party';

/**
 * Lanes from a party-name column and a side column: one party per name and side, in the order sellers, buyers,
 * partners (each in order of first appearance); owners stay people, never sides.
 */
export function lanesFromSides(rows: readonly SideCells[]): PartyResult {
  const found = new Map<string, { name: string; side: Side }>();
  for (const row of rows) {
    const side = sideOf(row.side)!;
    const name = row.party.trim() || side;
    found.set(`${side}\u0000${name}`, { name, side });
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
  const assignments = rows.map((row) => {
    const side = sideOf(row.side)!;
    const partyId = ids.get(`${side}\u0000${row.party.trim() || side}`)!;
    const key = row.party.trim() || side;
    detected[key] = partyId;
    return { partyId, key, ...(row.owner ? { owner: row.owner } : {}) };
  });
  return { parties, assignments, detected };
}
