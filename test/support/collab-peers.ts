import * as Y from 'yjs';
import { PlanBinding, type BindingOptions, type CollabNotice } from '../../src/collab/index.js';
import { PlanDocument } from '../../src/document/plan-document.js';
import type { Plan } from '../../src/model/types.js';

/** One person's browser: a plan document bound to its own copies of the room's documents. */
export class Peer {
  readonly document = new PlanDocument(() => '2027-01-04T10:00:00.000Z');
  readonly shared = new Y.Doc();
  readonly internal: Y.Doc | undefined;
  readonly notices: CollabNotice[] = [];
  /** Every update this peer's shared document ever sent or received. */
  readonly sharedTraffic: Uint8Array[] = [];
  binding!: PlanBinding;
  /** Updates made here and not yet relayed, in the order they were made. */
  readonly outbox: { shared: boolean; update: Uint8Array }[] = [];
  online = true;

  constructor(
    readonly name: string,
    readonly side: 'seller' | 'buyer',
    names: Map<number, string>,
    clientID: number,
  ) {
    this.shared.clientID = clientID;
    this.internal = side === 'seller' ? new Y.Doc() : undefined;
    if (this.internal) this.internal.clientID = clientID;
    this.shared.on('update', (update: Uint8Array, origin: unknown) => {
      this.sharedTraffic.push(update);
      if (origin !== NETWORK) this.outbox.push({ shared: true, update });
    });
    this.internal?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== NETWORK) this.outbox.push({ shared: false, update });
    });
    names.set(clientID, name);
    this.names = names;
  }

  private readonly names: Map<number, string>;

  /** Joins the room: with a plan, a seller seeds an empty room. */
  join(plan?: Plan, options: Pick<BindingOptions, 'readOnly' | 'lastSeen'> = {}): this {
    if (plan) this.document.load(plan, 'property');
    this.binding = new PlanBinding(
      this.document,
      { shared: this.shared, ...(this.internal ? { internal: this.internal } : {}) },
      { nameOf: (client) => this.names.get(client), clock: () => '2027-01-04T10:00:00.000Z', ...options },
    );
    this.binding.subscribe((notice) => this.notices.push(notice));
    return this;
  }

  get plan(): Plan {
    return this.document.plan;
  }

  messages(type: CollabNotice['type']): string[] {
    return this.notices.flatMap((notice) =>
      notice.type !== type
        ? []
        : notice.type === 'repaired' || notice.type === 'refused'
          ? notice.messages
          : [notice.message],
    );
  }
}

const NETWORK = 'network';

const exchange = (from: Y.Doc, to: Y.Doc): boolean => {
  const update = Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
  const before = Y.encodeStateVector(to);
  Y.applyUpdate(to, update, NETWORK);
  return !sameVector(before, Y.encodeStateVector(to));
};
const sameVector = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Peers wired directly to each other, the way a server relays updates: nothing moves until `sync` (or `send`), so a
 * test controls what each side has seen when it edits (concurrent edits, offline edits, delivery order).
 */
export class Room {
  readonly names = new Map<number, string>();
  readonly peers: Peer[] = [];

  peer(name: string, side: 'seller' | 'buyer'): Peer {
    const peer = new Peer(name, side, this.names, this.peers.length + 1);
    this.peers.push(peer);
    return peer;
  }

  /** Sends what `from` has and `to` lacks (both documents a side may hold). */
  send(from: Peer, to: Peer): void {
    exchange(from.shared, to.shared);
    if (from.internal && to.internal) exchange(from.internal, to.internal);
  }

  /**
   * Delivers everything between online peers until nobody has anything new (repairs written back included): first
   * each update as it was made, in order, to every online peer, as a relay would; then whatever a peer missed while
   * offline, as a reconnecting provider's sync step would.
   */
  sync(): void {
    const online = this.peers.filter((peer) => peer.online);
    for (let round = 0; round < 10; round += 1) {
      let moved = false;
      for (const from of online) {
        for (const { shared, update } of from.outbox.splice(0))
          for (const to of online) {
            if (to === from) continue;
            const doc = shared ? to.shared : to.internal;
            if (doc) Y.applyUpdate(doc, update, NETWORK);
            moved = true;
          }
      }
      for (const from of online)
        for (const to of online) {
          if (from === to) continue;
          moved = exchange(from.shared, to.shared) || moved;
          if (from.internal && to.internal) moved = exchange(from.internal, to.internal) || moved;
        }
      if (!moved) return;
    }
    throw new Error('the peers did not settle');
  }
}
