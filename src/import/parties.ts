import type { Party, Side } from '../model/types.js';
import { IssueList, rowList } from './issues.js';

/** The owner cells of one step row. */
export interface OwnerCells {
  row: number;
  owner: string;
  /** A lane (party) column's text: a side word, or a lane name. */
  lane: string;
  sellerOwner: string;
  buyerOwner: string;
  role: string;
}

export interface Assignment {
  partyId: string;
  withPartyIds?: string[];
  owner?: string;
  /** The text the lane was read from (a lane column's, else the owner's): its key in `PartyResult.detected`. */
  key?: string;
}

export interface PartyResult {
  parties: Party[];
  assignments: Assignment[];
  /** The text each lane was read from → party id. */
  detected: Record<string, string>;
}

const JOINT = /^(joint|both|mutual|all|shared|together|team|everyone)$|\s(\/|\+|&|and)\s/i;
const SELLER =
  /^(provider|vendor|seller|supplier|us|we|our team|our side|ours|sales|sales team|account team|partner)$/i;
const BUYER = /^(client|customer|buyer|prospect|them|they|their team|their side|theirs|account)$/i;
const EMAIL = /^[^\s@<>]+@([^\s@<>]+\.[a-z]{2,})$/i;
const ROLE_SELLER = /\b(provider|vendor|seller|supplier|our|sales|ae|se|csm)\b/i;
const ROLE_BUYER = /\b(client|customer|buyer|prospect)\b/i;

const nameWords = (name: string | undefined): string[] =>
  (name ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);
const mentions = (text: string, name: string | undefined): boolean => {
  const lower = text.toLowerCase();
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (lower === (name ?? '').toLowerCase() || words.every((word) => lower.includes(word))) return true;
  // "Globex IT", "Globex Exec (Maria)" for the customer Globex Corporation: its first, distinctive word as a word.
  const first = words[0]!;
  return first.length >= 4 && new RegExp(`(^|[^a-z0-9])${first}([^a-z0-9]|$)`).test(lower);
};
/** "Brightpath (partner)", "Brightpath (implementation partner)": a partner's lane, by the partner's name. */
const PARTNER = /^(.+?)\s*\((?:[a-z]+\s+)?partner\)$/i;
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

type Reading =
  { side: Side | 'joint'; word?: string } | { email: string; domain: string } | { partner: string } | { unknown: true };

function readOwner(text: string, role: string, names: { seller?: string; buyer?: string }): Reading {
  const email = EMAIL.exec(text.replace(/^.*<([^>]+)>$/, '$1'));
  if (email) return { email: text, domain: email[1]!.toLowerCase() };
  const partner = PARTNER.exec(text);
  if (partner) return { partner: partner[1]!.trim() };
  if (SELLER.test(text) || mentions(text, names.seller)) return { side: 'seller', word: text };
  if (BUYER.test(text) || mentions(text, names.buyer)) return { side: 'buyer', word: text };
  if (JOINT.test(text)) return { side: 'joint' };
  if (ROLE_BUYER.test(role)) return { side: 'buyer' };
  if (ROLE_SELLER.test(role)) return { side: 'seller' };
  return { unknown: true };
}

/** Lanes from owners: side words, the two owner columns, e-mail domains, or a role that names a side. */
export function resolveParties(
  rows: readonly OwnerCells[],
  names: { seller?: string; buyer?: string },
  issues: IssueList,
): PartyResult {
  const words: Partial<Record<Side, string>> = {};
  const domains = new Map<string, { side?: Side; rows: number[] }>();
  const unknownRows: number[] = [];
  const readings = rows.map((cells) => {
    // A lane column says where the step goes; the owner is then the person only.
    const source = laneText(cells);
    if (cells.sellerOwner.trim() || cells.buyerOwner.trim())
      return {
        joint: Boolean(cells.sellerOwner.trim() && cells.buyerOwner.trim()),
        side: cells.sellerOwner.trim() ? 'seller' : 'buyer',
      } as const;
    let reading = readOwner(source, cells.role, names);
    if ('unknown' in reading && source !== '' && source === cells.lane.trim())
      reading = { email: source, domain: source };
    if ('side' in reading && reading.side !== 'joint' && reading.word) words[reading.side] ??= reading.word;
    if ('domain' in reading) {
      const group = domains.get(reading.domain) ?? { rows: [] };
      group.rows.push(cells.row);
      if (!group.side && ROLE_BUYER.test(cells.role)) group.side = 'buyer';
      else if (!group.side && ROLE_SELLER.test(cells.role)) group.side = 'seller';
      domains.set(reading.domain, group);
    }
    if ('unknown' in reading) unknownRows.push(cells.row);
    return reading;
  });
  const domainParty = assignDomains(domains, names, issues);
  const parties: Party[] = [
    { id: 'seller', name: names.seller ?? sideName(words.seller, domainParty, 'seller') ?? 'Our team', side: 'seller' },
    { id: 'buyer', name: names.buyer ?? sideName(words.buyer, domainParty, 'buyer') ?? 'Customer', side: 'buyer' },
  ];
  for (const [domain, party] of domainParty)
    if (party.id.startsWith('partner')) parties.push({ id: party.id, name: domain, side: 'partner' });
  // Each partner named in an owner cell gets a lane of its own, after the lanes from e-mail domains.
  const partnerIds = new Map<string, string>();
  for (const reading of readings) {
    if (!('partner' in reading) || partnerIds.has(reading.partner.toLowerCase())) continue;
    let number = 1;
    while (parties.some((party) => party.id === `partner-${number}`)) number += 1;
    const id = `partner-${number}`;
    partnerIds.set(reading.partner.toLowerCase(), id);
    parties.push({ id, name: reading.partner, side: 'partner' });
  }
  if (unknownRows.length > 0) {
    issues.warn(
      'owner-side',
      `${rowList(unknownRows)}: the owner names no side — put in the ${parties[0]!.name} lane`,
      unknownRows[0],
    );
  }
  const detected: Record<string, string> = {};
  const assignments = readings.map((reading, index): Assignment => {
    const cells = rows[index]!;
    const person =
      cells.owner.trim() || [cells.sellerOwner.trim(), cells.buyerOwner.trim()].filter(Boolean).join(' / ');
    const text = cells.lane.trim() || person;
    let assignment: Assignment;
    if ('joint' in reading)
      assignment = reading.joint ? { partyId: 'seller', withPartyIds: ['buyer'] } : { partyId: reading.side };
    else if ('domain' in reading) assignment = { partyId: domainParty.get(reading.domain)!.id };
    else if ('partner' in reading) assignment = { partyId: partnerIds.get(reading.partner.toLowerCase())! };
    else if ('side' in reading)
      assignment =
        reading.side === 'joint' ? { partyId: 'seller', withPartyIds: ['buyer'] } : { partyId: reading.side };
    else assignment = { partyId: 'seller' };
    if (text) {
      detected[text] = assignment.partyId;
      assignment.key = text;
    }
    if (person) assignment.owner = person;
    return assignment;
  });
  return { parties, assignments, detected };
}

/** What a row's lane is read from: its lane column, else its owner. */
const laneText = (cells: OwnerCells): string => cells.lane.trim() || cells.owner.trim();

function sideName(word: string | undefined, domains: Map<string, { id: string }>, id: string): string | undefined {
  for (const [domain, party] of domains) if (party.id === id) return domain;
  return word ? capitalised(word) : undefined;
}

/** Each e-mail domain becomes a lane: the one that names (or whose roles name) a side takes it; the rest are guessed. */
function assignDomains(
  domains: Map<string, { side?: Side; rows: number[] }>,
  names: { seller?: string; buyer?: string },
  issues: IssueList,
): Map<string, { id: string }> {
  const result = new Map<string, { id: string }>();
  const taken = new Set<string>();
  const take = (domain: string, side: Side) => {
    const id = side !== 'partner' && !taken.has(side) ? side : `partner-${result.size + 1}`;
    taken.add(id);
    result.set(domain, { id });
  };
  for (const [domain, group] of domains) {
    const label = domain.split('.')[0]!;
    if (mentions(label, names.seller) || nameWords(names.seller).some((word) => label.includes(word)))
      take(domain, 'seller');
    else if (mentions(label, names.buyer) || nameWords(names.buyer).some((word) => label.includes(word)))
      take(domain, 'buyer');
    else if (group.side) take(domain, group.side);
  }
  for (const [domain, group] of domains) {
    if (result.has(domain)) continue;
    const side: Side = !taken.has('seller') ? 'seller' : !taken.has('buyer') ? 'buyer' : 'partner';
    take(domain, side);
    issues.warn(
      'owner-domain',
      `${rowList(group.rows)}: ${domain} was put in the ${side} lane (nothing in the file says which side it is on)`,
      group.rows[0],
    );
  }
  return result;
}
