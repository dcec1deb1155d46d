import * as Y from 'yjs';
import type { DocumentEvent, PlanDocument } from '../document/plan-document.js';
import { appendLog, itemDiff } from '../model/edit.js';
import type { Item, LogEntry, Plan } from '../model/types.js';
import { lostRaceNotices, lostRaces, type LostRace } from './lost-race.js';
import { Projector } from './projector.js';
import { guardPlan, type Refusal } from './guard.js';
import { authorOf, planFieldChanges } from './remote-log.js';
import { writeRefusals, writeRepairs } from './write-back.js';
import { RemotePushes, withMoved } from './remote-cascade.js';
import { repairPlan, type Repair } from './repair.js';
import type { PlanDocs } from './schema.js';
import { NOTHING, writeChange } from './write.js';
import type { BindingOptions, CollabNotice, NoticeListener } from './binding-options.js';

export type { BindingOptions, CollabNotice, NoticeListener };

interface Projection {
  plan: Plan;
  repairs: Repair[];
  refusals: Refusal[];
  /** Steps the repairs changed: the repaired step, or undefined when it was left out. */
  changed: Map<string, Item | undefined>;
  /** Steps read again since the plan document last took a projection. */
  steps: Set<string>;
}

const isLoop = (repair: Repair): boolean => repair.key.startsWith('loop ');
const byId = (item: Item): [string, Item] => [item.id, item];

const READ_ONLY_MESSAGE = 'You can view this plan but not change it: your change was undone.';
const KEPT_ROOM_MESSAGE = 'This plan is shared live: the plan the page gave was not shown in its place.';

/**
 * Binds a PlanDocument to a plan's Yjs documents, both ways. Every local commit (a gesture and its cascade, an undo)
 * is written as one transaction, touching only what changed; every remote transaction is read back (only the steps
 * it touched), repaired the same way as on every other client, and handed to `PlanDocument.applyRemote`, which keeps
 * this user's own undo history.
 */
export class PlanBinding {
  readonly #projector: Projector;
  readonly #listeners = new Set<NoticeListener>();
  readonly #pushes = new RemotePushes();
  readonly #unsubscribe: () => void;
  readonly #observed: [Y.Doc, (transaction: Y.Transaction, doc: Y.Doc) => void][] = [];
  readonly #writeRepairs: boolean;
  readonly #clock: () => string;
  #reported = new Set<string>();
  #projected: Projection | undefined;
  /** Steps the last projection's repairs changed: a repair that no longer applies changes them back. */
  #repairedSteps = new Set<string>();
  /** The steps the plan document shows, by id, for the step list it had when this was last brought up to date. */
  #shown = new Map<string, Item>();
  #shownList: readonly Item[] | undefined;
  #applying = false;
  /** Whether the plan document shows the room's plan yet: the first time it does is a load, not a change. */
  #loaded = false;
  /** The room's plan is about to be shown again (see `#showRoomAgain`). */
  #rollingBack = false;
  #constructed = false;

  constructor(
    private readonly document: PlanDocument,
    private readonly docs: PlanDocs,
    private readonly options: BindingOptions = {},
  ) {
    this.#projector = new Projector(docs);
    this.#writeRepairs = options.writeRepairs ?? docs.internal !== undefined;
    this.#clock = options.clock ?? (() => new Date().toISOString());
    for (const doc of docs.internal ? [docs.shared, docs.internal] : [docs.shared]) {
      const handler = (transaction: Y.Transaction, from: Y.Doc): void => this.#afterTransaction(transaction, from);
      doc.on('afterTransaction', handler);
      this.#observed.push([doc, handler]);
    }
    this.#unsubscribe = document.subscribe((event) => this.#onDocument(event));
    if (this.#projector.hasPlan) this.#pull(undefined);
    else if (document.hasPlan && (options.seed ?? docs.internal !== undefined)) {
      this.#write(NOTHING, document.plan);
      this.#loaded = true;
    }
    this.#constructed = true;
  }

  /** The plan the documents hold, repaired and with a fixed key order (no log: each client keeps its own). */
  get plan(): Plan {
    return this.#project().plan;
  }

  /** Hears repairs and lost races; returns the unsubscribe function. */
  subscribe(listener: NoticeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  destroy(): void {
    this.#unsubscribe();
    for (const [doc, handler] of this.#observed) doc.off('afterTransaction', handler);
    this.#listeners.clear();
  }

  #project(): Projection {
    if (this.#projected && !this.#projector.dirty) return this.#projected;
    const { plan: raw, steps, linksAdded, byId } = this.#projector.project();
    const previous = this.#projected;
    const read = previous ? new Set([...previous.steps, ...steps]) : steps;
    // Whatever the other side wrote is checked before anyone sees it: the steps read again, those refused or
    // repaired before (their raw values are still in the documents), the lanes and the plan's own fields. Values no
    // merge can make are refused first; what a merge can break is then repaired, the same way on every client.
    const shown = this.document.hasPlan ? this.document.plan : undefined;
    const checked = guardPlan(raw, previous ? new Set([...read, ...this.#repairedSteps]) : 'all', shown, {
      beforeRepairs: true,
      byId,
    });
    // A room whose plan cannot be made valid at all, on a page that shows none yet, is not shown.
    const base = checked.plan ?? this.document.plan;
    // A loop can only appear when a link is added or a deleted step comes back to the links left waiting for it, or
    // stay when a client that does not write repairs saw one.
    const checkLoops =
      linksAdded ||
      !previous ||
      previous.repairs.some((repair) => isLoop(repair) || (repair.leftOut && byId.has(repair.leftOut.deletedId)));
    const repaired = repairPlan(base, this.docs.internal !== undefined, {
      ...(base === raw ? { byId } : {}),
      checkLoops,
    });
    const { repairs, changed } = repaired;
    // Repairs make valid values by construction; what they changed is checked once more all the same.
    const settled = guardPlan(repaired.plan, new Set(changed.keys()), shown);
    const refusals = [...checked.refusals, ...settled.refusals];
    for (const refusal of refusals)
      if (refusal.write.kind === 'step' && !changed.has(refusal.write.id))
        changed.set(refusal.write.id, refusal.write.item);
    for (const id of [...checked.dropped, ...settled.dropped]) changed.set(id, undefined);
    this.#projected = { plan: settled.plan ?? base, repairs, refusals, changed, steps: read };
    return this.#projected;
  }

  #onDocument(event: DocumentEvent): void {
    // A whole plan the page set in place of the room's is not written over it, and not left on show either: the
    // pages in the room would hold different plans. The room's plan comes back, and the page hears why.
    if (event.type === 'load' && event.from === 'property' && this.#loaded && !this.#applying) {
      this.#showRoomAgain({ type: 'kept-room', message: KEPT_ROOM_MESSAGE }, event.previous);
      return;
    }
    // Remote changes come from the documents.
    if (event.type !== 'change' || event.source === 'remote' || this.#applying) return;
    if (this.options.readOnly) this.#showRoomAgain({ type: 'read-only', message: READ_ONLY_MESSAGE });
    // A page that may not seed the room writes nothing into it before the seller's plan is there.
    else if (this.#loaded || (this.options.seed ?? this.docs.internal !== undefined))
      this.#write(event.previous, event.plan);
  }

  /**
   * Shows the room's plan again in place of an edit this client may not make (`read-only`), or of a whole plan the
   * page set (`kept-room`), keeping this page's log (for a load, the log of the plan `shown` before it). After the
   * other listeners have heard of the edit or load, so every spoke hears it and then its undoing, in that order.
   */
  #showRoomAgain(notice: Extract<CollabNotice, { type: 'read-only' | 'kept-room' }>, shown?: Plan): void {
    if (this.#rollingBack) return;
    this.#rollingBack = true;
    queueMicrotask(() => {
      this.#rollingBack = false;
      if (!this.#loaded) return;
      const kept = (shown ?? this.document.plan).log;
      this.#show({ ...this.#project().plan, ...(kept ? { log: kept } : {}) }, []);
      this.#tell(notice);
    });
  }

  #show(plan: Plan, changes: LogEntry[]): void {
    this.#applying = true;
    try {
      if (this.#loaded) this.document.applyRemote(plan, changes);
      else this.document.load(plan, 'room');
      this.#loaded = true;
    } finally {
      this.#applying = false;
    }
  }

  #write(previous: Plan, next: Plan): void {
    const write = (): void => this.docs.shared.transact(() => writeChange(this.docs, previous, next), this);
    if (this.docs.internal) this.docs.internal.transact(write, this);
    else write();
  }

  #afterTransaction(transaction: Y.Transaction, doc: Y.Doc): void {
    if (transaction.changed.size === 0) return;
    this.#projector.collect(transaction, doc);
    if (transaction.origin === this) return;
    const races = lostRaces(transaction, doc);
    this.#pull(transaction);
    if (races.length > 0) this.#tellLostRaces(races);
  }

  /** Shows the documents' plan in the PlanDocument, reports new repairs, and writes them back when this client should. */
  #pull(transaction: Y.Transaction | undefined): void {
    const projection = this.#project();
    const { repairs } = projection;
    const current = this.document.plan;
    const by = transaction && authorOf(transaction, this.options.nameOf);
    const candidates = new Set([...projection.steps, ...projection.changed.keys(), ...this.#repairedSteps]);
    const merged = (id: string): Item | undefined =>
      projection.changed.has(id) ? projection.changed.get(id) : this.#projector.byId.get(id);
    // Another person's move pushes here what waits for it and their page does not show (see `RemotePushes`); on
    // joining, the moves made since the plan this page's person last saw.
    const { lastSeen } = this.options;
    const shown = this.#loaded ? this.#shownIndex(current.items) : lastSeen && new Map(lastSeen.items.map(byId));
    const { moved, messages } =
      shown && (transaction || !this.#loaded) && this.#writeRepairs && !this.options.readOnly
        ? this.#pushes.follow(shown, projection.plan, candidates, merged, by)
        : { moved: new Map<string, Item>(), messages: [] };
    for (const id of moved.keys()) candidates.add(id);
    const plan = withMoved(projection.plan, moved);
    const next = (id: string): Item | undefined => moved.get(id) ?? merged(id);
    const fresh = this.#freshRepairs(repairs);
    // Joining: the room's plan is loaded, not reported as changes someone made to the plan shown before.
    const changes = this.#loaded ? this.#changes(current, plan, candidates, next, by) : [];
    projection.steps = new Set();
    this.#repairedSteps = new Set(projection.changed.keys());
    if (!this.#loaded || changes.length > 0)
      this.#show(appendLog({ ...plan, ...(current.log ? { log: current.log } : {}) }, changes), changes);
    const { refusals } = projection;
    const freshRefusals = refusals.filter((refusal) => !this.#reported.has(refusal.key));
    this.#reported = new Set([...repairs, ...refusals].map((found) => found.key));
    if (freshRefusals.length > 0)
      this.#tell({ type: 'refused', messages: freshRefusals.map((refusal) => refusal.message) });
    if (fresh.length > 0) this.#tell({ type: 'repaired', messages: fresh.map((repair) => repair.message) });
    if (this.#writeRepairs && refusals.length > 0) writeRefusals(this.docs, refusals, plan, this);
    if (this.#writeRepairs && repairs.length > 0) writeRepairs(this.docs, repairs, plan, this);
    if (moved.size === 0) return;
    this.#write(projection.plan, plan);
    for (const message of messages) this.#tell({ type: 'pushed', message });
  }

  /**
   * The repairs not told yet. A reference left out for a deleted step or lane is news only once this page shows the
   * room: one the room held already when the page joined was told to those there when it was made.
   */
  #freshRepairs(repairs: readonly Repair[]): Repair[] {
    return repairs.filter(({ key, leftOut }) => !this.#reported.has(key) && (!leftOut || this.#loaded));
  }

  /** Log entries for what the remote change did to the `candidates` (the only steps that can differ). */
  #changes(
    current: Plan,
    next: Plan,
    candidates: Set<string>,
    nextItem: (id: string) => Item | undefined,
    by: string | undefined,
  ): LogEntry[] {
    const at = this.#clock();
    const stamp = (entry: Omit<LogEntry, 'at'>): LogEntry => ({ at, ...(by ? { by } : {}), ...entry }) as LogEntry;
    const changes = planFieldChanges(current, next).map(stamp);
    if (current.items === next.items || candidates.size === 0) return changes;
    const before = this.#shownIndex(current.items);
    for (const id of candidates) {
      const was = before.get(id);
      const now = nextItem(id);
      if (now) before.set(id, now);
      else before.delete(id);
      if (was === now) continue;
      if (!was) changes.push(stamp({ op: 'add', itemId: id, after: now }));
      else if (!now) changes.push(stamp({ op: 'remove', itemId: id, before: was }));
      else {
        const diff = itemDiff(was, now);
        if (diff) changes.push(stamp({ op: 'update', itemId: id, ...diff }));
      }
    }
    this.#shownList = next.items;
    return changes;
  }

  /**
   * The shown steps by id. Kept up to date through remote changes (only their steps change), so a remote change
   * costs what it touched; built again only after the plan document took a local commit or a load.
   */
  #shownIndex(items: readonly Item[]): Map<string, Item> {
    if (items !== this.#shownList) {
      this.#shown = new Map();
      for (const item of items) this.#shown.set(item.id, item);
      this.#shownList = items;
    }
    return this.#shown;
  }

  #tellLostRaces(races: readonly LostRace[]): void {
    const by = (client: number): string => this.options.nameOf?.(client) ?? 'Someone';
    for (const notice of lostRaceNotices(races, this.document.plan.items, by)) this.#tell(notice);
  }

  #tell(notice: CollabNotice): void {
    // What joining found is told once the page could subscribe, after the constructor.
    if (!this.#constructed) queueMicrotask(() => this.#tell(notice));
    else for (const listener of [...this.#listeners]) listener(notice);
  }
}
