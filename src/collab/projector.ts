import * as Y from 'yjs';
import type { Item, Party, Plan } from '../model/types.js';
import { byPosition } from './positions.js';
import {
  PLAN_FIELDS,
  linksMap,
  ordered,
  parseLinkKey,
  partiesMap,
  planMap,
  positionOf,
  readItem,
  readParty,
  stepsMap,
  type PlanDocs,
} from './schema.js';

/** What one projection changed, for the log entries and the repairs that follow it. */
export interface Projected {
  plan: Plan;
  /** Steps read again (added, changed, removed, or whose links changed). */
  steps: Set<string>;
  /** Whether a link was added since the last projection (only then can a loop of dependencies appear). */
  linksAdded: boolean;
  /** The steps by id. */
  byId: ReadonlyMap<string, Item>;
}

/**
 * Reads the shared (and, for a seller, internal) documents as one plan, with a fixed key order. It keeps the last
 * projection and re-reads only what transactions touched since: a full read of 5,000 steps costs a hundred
 * milliseconds or more, far over a frame, while a remote change touches a handful.
 */
export class Projector {
  readonly #docs: Y.Doc[];
  readonly #items = new Map<string, Item>();
  readonly #positions = new Map<string, string>();
  /** dependent → predecessor → place among the dependent's dependencies. */
  readonly #links = new Map<string, Map<string, number>>();
  #order: string[] = [];
  /** Where each step is in `#order`, so a change that moves nothing in the order patches the list in place. */
  #indexOf = new Map<string, number>();
  #itemList: Item[] = [];
  #parties: Party[] = [];
  #fields: Record<string, unknown> = {};

  readonly #dirtySteps = new Set<string>();
  readonly #dirtyLinks = new Set<string>();
  #dirtyParties = true;
  #dirtyFields = true;
  #reorder = true;

  constructor(private readonly docs: PlanDocs) {
    // The internal document first: a step found in both (moved between them at the same time) is read from it.
    this.#docs = docs.internal ? [docs.internal, docs.shared] : [docs.shared];
    for (const doc of this.#docs) {
      stepsMap(doc).forEach((_, id) => this.#dirtySteps.add(id));
      linksMap(doc).forEach((_, key) => this.#dirtyLinks.add(key));
    }
  }

  /** Whether the shared document holds a plan yet (an empty room has none). */
  get hasPlan(): boolean {
    return typeof planMap(this.docs.shared).get('id') === 'string';
  }

  /** Notes what a transaction on one of the documents touched, to be read at the next projection. */
  collect(transaction: Y.Transaction, doc: Y.Doc): void {
    const steps = stepsMap(doc);
    const links = linksMap(doc);
    const parties = partiesMap(doc);
    const fields = planMap(doc);
    for (const [changed, keys] of transaction.changed) {
      const type: unknown = changed;
      if (type === steps) keys.forEach((key) => key !== null && this.#dirtySteps.add(key));
      else if (type === links) keys.forEach((key) => key !== null && this.#dirtyLinks.add(key));
      else if (type === parties || changed.parent === parties) this.#dirtyParties = true;
      else if (type === fields) this.#dirtyFields = true;
      else if (changed.parent === steps) {
        const id = changed._item?.parentSub;
        if (id) this.#dirtySteps.add(id);
      }
    }
  }

  /** The steps of the last projection, by id (not repaired). */
  get byId(): ReadonlyMap<string, Item> {
    return this.#items;
  }

  get dirty(): boolean {
    return this.#dirtySteps.size > 0 || this.#dirtyLinks.size > 0 || this.#dirtyParties || this.#dirtyFields;
  }

  /** The plan as the documents hold it now (not yet repaired), and which steps were read again for it. */
  project(): Projected {
    const steps = new Set<string>();
    const linksAdded = this.#readLinks(steps);
    for (const id of this.#dirtySteps) steps.add(id);
    this.#dirtySteps.clear();
    for (const id of steps) this.#readStep(id);
    if (this.#reorder) {
      this.#order = [...this.#items.keys()]
        .map((id) => ({ id, position: this.#positions.get(id) ?? '' }))
        .sort(byPosition)
        .map(({ id }) => id);
      this.#indexOf = new Map(this.#order.map((id, index) => [id, index]));
      this.#itemList = this.#order.map((id) => this.#items.get(id)!);
      this.#reorder = false;
    } else if (steps.size > 0) {
      this.#itemList = this.#itemList.slice();
      for (const id of steps) {
        const index = this.#indexOf.get(id);
        if (index !== undefined) this.#itemList[index] = this.#items.get(id)!;
      }
    }
    if (this.#dirtyParties) this.#readParties();
    if (this.#dirtyFields) this.#readFields();
    const plan = { ...this.#fields, parties: this.#parties, items: this.#itemList } as Plan;
    return { plan, steps, linksAdded, byId: this.#items };
  }

  #readLinks(steps: Set<string>): boolean {
    let added = false;
    for (const key of this.#dirtyLinks) {
      const link = parseLinkKey(key);
      if (!link) continue;
      const index = this.#docs.map((doc) => linksMap(doc).get(key)).find((value) => value !== undefined);
      let predecessors = this.#links.get(link.to);
      if (typeof index === 'number') {
        if (!predecessors) this.#links.set(link.to, (predecessors = new Map()));
        added ||= !predecessors.has(link.from);
        predecessors.set(link.from, index);
      } else predecessors?.delete(link.from);
      steps.add(link.to);
    }
    this.#dirtyLinks.clear();
    return added;
  }

  #dependsOn(id: string): string[] {
    const predecessors = this.#links.get(id);
    if (!predecessors || predecessors.size === 0) return [];
    return [...predecessors]
      .sort(([a, left], [b, right]) => left - right || (a < b ? -1 : a > b ? 1 : 0))
      .map(([from]) => from);
  }

  #readStep(id: string): void {
    const entry = this.#docs.map((doc) => stepsMap(doc).get(id)).find((value) => value instanceof Y.Map);
    const item = entry && readItem(id, entry, this.#dependsOn(id));
    if (!item) {
      if (this.#items.delete(id)) {
        this.#positions.delete(id);
        this.#reorder = true;
      }
      return;
    }
    const position = positionOf(entry);
    if (!this.#items.has(id) || this.#positions.get(id) !== position) this.#reorder = true;
    this.#items.set(id, item);
    this.#positions.set(id, position);
  }

  #readParties(): void {
    const parties: { party: Party; id: string; position: string }[] = [];
    partiesMap(this.docs.shared).forEach((entry, id) => {
      if (entry instanceof Y.Map) parties.push({ party: readParty(id, entry), id, position: positionOf(entry) });
    });
    this.#parties = parties.sort(byPosition).map(({ party }) => party);
    this.#dirtyParties = false;
  }

  #readFields(): void {
    const values = new Map<string, unknown>();
    planMap(this.docs.shared).forEach((value, key) => values.set(key, value));
    this.#fields = ordered(values, PLAN_FIELDS);
    this.#dirtyFields = false;
  }
}
