import * as Y from 'yjs';
import type { Item, Party, Plan } from '../model/types.js';

/**
 * The shared document of one plan. Every step and lane is its own map entry (keyed by id) holding one key per field,
 * so two people editing different fields or different steps never overwrite each other:
 * - `plan`: the plan's own fields (id, title, status, targetDate, targetItemId, calendar, …);
 * - `parties`: lane id → its fields and a stored position;
 * - `steps`: step id → its fields, with start and end as ONE value (`SPAN`), so a bar moved on one side and an edge
 *   dragged on the other can never merge into an end before the start; and a stored position;
 * - `links`: the dependency edge set, `linkKey(from, to)` → the link's place among the dependent's dependencies.
 * A seller's internal steps, and the links that touch one, live in a second document with the same `steps` and
 * `links`; nothing of them is ever written to the shared one.
 */
export const SPAN = '@span';
export const POSITION = '@position';

export interface PlanDocs {
  shared: Y.Doc;
  internal?: Y.Doc;
}

export const planMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('plan');
export const partiesMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('parties');
export const stepsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('steps');
export const linksMap = (doc: Y.Doc): Y.Map<number> => doc.getMap('links');

/** One string per link; JSON so any id (spaces, arrows) round-trips. */
export const linkKey = (from: string, to: string): string => JSON.stringify([from, to]);
export function parseLinkKey(key: string): { from: string; to: string } | undefined {
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 2 && value.every((id) => typeof id === 'string'))
      return { from: value[0] as string, to: value[1] as string };
  } catch {
    // not a link key: ignored like any other foreign entry
  }
  return undefined;
}

export const joinSpan = (start: string, end: string): string => `${start}/${end}`;
export function splitSpan(span: unknown): { start: string; end: string } | undefined {
  if (typeof span !== 'string') return undefined;
  const [start, end, ...rest] = span.split('/');
  return start && end && rest.length === 0 ? { start, end } : undefined;
}

/** Plan fields in the order projected plans list them; unknown fields follow, sorted. */
export const PLAN_FIELDS = ['version', 'id', 'title', 'status', 'targetDate', 'targetItemId', 'calendar'] as const;
const PARTY_FIELDS = ['id', 'name', 'side', 'color'] as const;
const ITEM_FIELDS = [
  'id',
  'title',
  'partyId',
  'kind',
  'start',
  'end',
  'owner',
  'role',
  'status',
  'dependsOn',
  'ifYes',
  'internal',
  'baseline',
  'notes',
  'withPartyIds',
  'estimate',
] as const;
/** Step fields that are not stored as a field of their own. */
const DERIVED_ITEM_FIELDS = new Set(['id', 'start', 'end', 'dependsOn']);
const RESERVED = new Set([SPAN, POSITION, 'id']);

/** An object with the known keys in a fixed order and the rest sorted, so equal plans serialise equally everywhere. */
export function ordered<T>(values: Map<string, unknown>, known: readonly string[]): T {
  const result: Record<string, unknown> = {};
  const set = (key: string): void => {
    const value = values.get(key);
    // defineProperty, so a field named "__proto__" stays data.
    if (value !== undefined)
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  };
  known.forEach(set);
  const knownSet = new Set(known);
  [...values.keys()]
    .filter((key) => !knownSet.has(key))
    .sort()
    .forEach(set);
  return result as T;
}

/** The stored fields of a step (no id, dates as one span, no dependencies: those are links). */
export function itemFields(item: Item): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const key of Object.keys(item)) {
    if (DERIVED_ITEM_FIELDS.has(key) || RESERVED.has(key) || item[key] === undefined) continue;
    fields.set(key, item[key]);
  }
  fields.set(SPAN, joinSpan(item.start, item.end));
  return fields;
}

export function partyFields(party: Party): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const key of Object.keys(party)) {
    if (RESERVED.has(key) || party[key] === undefined) continue;
    fields.set(key, party[key]);
  }
  return fields;
}

export function planFields(plan: Plan): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const key of Object.keys(plan)) {
    if (key === 'parties' || key === 'items' || key === 'log' || plan[key] === undefined) continue;
    fields.set(key, plan[key]);
  }
  return fields;
}

/**
 * A stored step read back as it is, whatever it holds: the binding checks it before anyone sees it, and shows the
 * last valid value of a field it refuses, so one bad field never makes a step (and the links to it) vanish.
 */
export function readItem(id: string, entry: Y.Map<unknown>, dependsOn: readonly string[]): Item {
  const span = splitSpan(entry.get(SPAN));
  const values = new Map<string, unknown>([['id', id]]);
  entry.forEach((value, key) => {
    if (!RESERVED.has(key)) values.set(key, value);
  });
  values.set('start', span?.start ?? entry.get(SPAN));
  values.set('end', span?.end ?? entry.get(SPAN));
  if (dependsOn.length > 0) values.set('dependsOn', dependsOn);
  return ordered<Item>(values, ITEM_FIELDS);
}

/** A stored lane read back as it is (checked like a step, see `readItem`). */
export function readParty(id: string, entry: Y.Map<unknown>): Party {
  const values = new Map<string, unknown>([['id', id]]);
  entry.forEach((value, key) => {
    if (!RESERVED.has(key)) values.set(key, value);
  });
  return ordered<Party>(values, PARTY_FIELDS);
}

export const positionOf = (entry: Y.Map<unknown>): string => {
  const position = entry.get(POSITION);
  return typeof position === 'string' ? position : '';
};
