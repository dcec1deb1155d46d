import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { PlanDocument } from '../document/plan-document.js';
import type { Plan } from '../model/types.js';
import { PlanBinding, type CollabNotice } from './binding.js';
import { lastSeenPlan } from './last-seen.js';
import { planMap } from './schema.js';
import {
  PRESENCE_CSS,
  drawOverlay,
  drawStrip,
  type ConnectionState,
  type Person,
  type Presence,
  type SceneView,
  mergePeople,
} from './presence-view.js';
import { INTERNAL_ROOM_SUFFIX, readTokenClaims, type TokenClaims } from './token-claims.js';

export interface SessionOptions {
  url: string;
  planId: string;
  token: string;
  user: { name: string; color: string };
  document: PlanDocument;
  /** The element: its selection and drag events are this person's presence; its shadow root gets the styles. */
  host: HTMLElement & { readonly renderRoot: Node; requestUpdate(): void };
  /** The server refused the token (`code: explanation`). */
  onRefused(reason: string): void;
  onNotice(notice: CollabNotice): void;
  /** The server granted this page reading only. */
  onReadOnly(): void;
}

export type { ConnectionState, Person, Presence, SceneView };

/** How the server's refusal begins when the seller has stopped sharing the room. */
export const SHARING_ENDED = 'sharing-ended:';

/** The database that keeps a room's offline copy in this browser. */
export const offlineCopyName = (room: string): string => `map-timeline-room:${room}`;

/**
 * One page in a plan's room: the shared room and, for a seller, the internal one, each with its offline copy in
 * IndexedDB, bound to the element's plan document once the room (or, offline, the offline copy) has a plan, or the
 * server says the room is empty.
 */
export class CollabSession {
  readonly claims: TokenClaims | undefined;
  readonly #socket: HocuspocusProviderWebsocket;
  readonly #providers: HocuspocusProvider[] = [];
  readonly #copies: IndexeddbPersistence[] = [];
  readonly #docs: Y.Doc[] = [];
  readonly #synced = new Set<HocuspocusProvider>();
  #binding: PlanBinding | undefined;
  #state: ConnectionState = 'connecting';
  #wasLive = false;
  #destroyed = false;
  #reason: string | undefined;
  #copyLoaded = false;
  /** A seller's plan as this browser last saw the room (see `lastSeenPlan`). */
  #lastSeen: Plan | undefined;
  /** The token, or the server, grants reading only. */
  #readOnly: boolean;
  #people: Person[] = [];
  #selected: string[] = [];
  readonly #strip = document.createElement('div');
  readonly #overlay = document.createElement('div');
  readonly #listeners: [string, (event: Event) => void][] = [
    ['map-select', (event) => this.#select((event as CustomEvent<{ itemIds: string[] }>).detail.itemIds)],
    ['map-preview', (event) => this.#dragged((event as CustomEvent<Presence['drag']>).detail)],
    // This person's own commit ends a drag; someone else's edit arriving meanwhile does not.
    [
      'map-change',
      (event) => (event as CustomEvent<{ source: string }>).detail.source !== 'remote' && this.#dragged(undefined),
    ],
    ['pointerup', () => this.#dragged(undefined)],
    ['pointercancel', () => this.#dragged(undefined)],
  ];
  /** The drag under way, until it is dropped: a selection made meanwhile must not take it out of the presence. */
  #drag: Presence['drag'];

  constructor(private readonly options: SessionOptions) {
    this.claims = readTokenClaims(options.token);
    this.#readOnly = this.claims?.write === false;
    this.#strip.className = 'presence';
    this.#strip.setAttribute('part', 'presence');
    this.#overlay.className = 'presence-overlay';
    adoptStyles(options.host.renderRoot);
    for (const [type, listener] of this.#listeners) options.host.addEventListener(type, listener);
    drawStrip(this.#strip, this.#state, []);
    const shared = new Y.Doc();
    const internal = this.claims?.side === 'seller' ? new Y.Doc() : undefined;
    // One person, one id in both rooms: notices and presence name the same person whichever room changed.
    if (internal) internal.clientID = shared.clientID;
    this.#docs = internal ? [shared, internal] : [shared];
    this.#socket = new HocuspocusProviderWebsocket({ url: options.url, delay: 500, minDelay: 500, maxDelay: 5000 });
    this.#socket.on('status', ({ status }: { status: string }) => this.#onStatus(status));
    const rooms = [options.planId, options.planId + INTERNAL_ROOM_SUFFIX];
    // Read before anything else opens the copies: the server's news must not be in what the seller last saw.
    const lastSeen =
      internal && this.claims?.write !== false ? lastSeenPlan(rooms.map(offlineCopyName)) : Promise.resolve(undefined);
    this.#docs.forEach((doc, index) => {
      // A read-only page has no edits to keep: it never writes into the offline copy others in this browser share.
      if (this.claims?.write !== false)
        this.#copies.push(new IndexeddbPersistence(offlineCopyName(rooms[index]!), doc));
      const provider = new HocuspocusProvider({
        websocketProvider: this.#socket,
        name: rooms[index]!,
        document: doc,
        token: options.token,
        onSynced: () => {
          this.#synced.add(provider);
          if (this.#synced.size === this.#providers.length) this.#roomReady();
        },
        onAuthenticated: ({ scope }: { scope: string }) => {
          if (scope !== 'readonly') return;
          this.#readOnly = true;
          options.onReadOnly();
        },
        onAuthenticationFailed: ({ reason }: { reason: string }) => this.#refused(reason),
      });
      this.#providers.push(provider);
      provider.attach();
    });
    for (const provider of this.#providers) provider.awareness?.on('change', () => this.#peopleChanged());
    this.setPresence({});
    void Promise.all([lastSeen, ...this.#copies.map((copy) => copy.whenSynced)]).then(([seen]) => {
      this.#lastSeen = seen;
      this.#copyLoaded = true;
      if (this.#synced.size === this.#providers.length) this.#roomReady();
      else this.#offlineCopyReady();
    });
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** The share strip for the header: connection state and the others' avatars. */
  get strip(): HTMLElement {
    return this.#strip;
  }

  /** The others' selections and drags, placed over the timeline whose steps start at `origin`. */
  overlay(scene: SceneView, origin: [number, number]): HTMLElement {
    drawOverlay(this.#overlay, scene, this.#people, origin);
    return this.#overlay;
  }

  #select(ids: string[]): void {
    this.#selected = ids;
    this.setPresence(this.#drag ? { drag: this.#drag } : {});
  }

  #dragged(drag: Presence['drag']): void {
    this.#drag = drag;
    this.setPresence(drag ? { drag } : {});
  }

  /**
   * This person's presence: name, colour and selection, with the drag given. The shared room's presence leaves
   * internal steps out; the internal room's carries just them, so only sellers see them.
   */
  setPresence(fields: Pick<Presence, 'drag'>): void {
    if (this.#destroyed) return;
    const internal = new Map(this.options.document.plan.items.map((item) => [item.id, item.internal === true]));
    this.#providers.forEach((provider, index) => {
      const internalRoom = index > 0;
      const inRoom = (id: string) => internal.get(id) === internalRoom;
      const selected = this.#selected.filter(inRoom);
      const drag = fields.drag && inRoom(fields.drag.itemId) ? fields.drag : undefined;
      provider.awareness?.setLocalState(ownPresence(this.options.user, selected, drag));
    });
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    for (const [type, listener] of this.#listeners) this.options.host.removeEventListener(type, listener);
    this.#binding?.destroy();
    for (const provider of this.#providers) provider.destroy();
    // Provider 3.4 schedules a reconnection when its socket closes, and that timer outlives destroy() and turns
    // reconnecting back on: a page that left would keep dialling the server forever.
    this.#socket.connect = async () => {};
    this.#socket.destroy();
    for (const copy of this.#copies) void copy.destroy();
    for (const doc of this.#docs) doc.destroy();
  }

  /**
   * The server sent the room: bind once the offline copy is in too (edits made offline are then part of the first
   * plan shown, and a seller never seeds a room its offline copy already has a plan for).
   */
  #roomReady(): void {
    if (!this.#copyLoaded) return;
    this.#bind();
    this.#setState('live');
  }

  /**
   * While the server cannot be reached, the room this browser kept shows at once (an empty copy waits for the
   * server). A server that answers decides first: a refused token never shows the offline copy, but for a room whose
   * sharing the seller ended, which shows read-only as it was when sharing ended, as a page open then keeps showing it.
   */
  #offlineCopyReady(): void {
    if (this.#destroyed || this.#binding || !this.#copyLoaded) return;
    const ended = this.#state === 'refused' && this.#reason?.startsWith(SHARING_ENDED) === true;
    if (!ended && this.#state !== 'offline' && this.#state !== 'reconnecting') return;
    if (!ended && this.claims && this.claims.exp * 1000 <= Date.now()) return;
    if (typeof planMap(this.#docs[0]!).get('id') === 'string') this.#bind(ended);
  }

  #bind(readOnly = false): void {
    if (this.#binding || this.#destroyed) return;
    const [shared, internal] = this.#docs;
    const names = (clientID: number): string | undefined => {
      const state = this.#providers[0]?.awareness?.getStates().get(clientID) as Presence | undefined;
      return state?.name;
    };
    this.#binding = new PlanBinding(
      this.options.document,
      { shared: shared!, ...(internal ? { internal } : {}) },
      {
        nameOf: names,
        seed: this.claims?.side === 'seller' && this.claims.write,
        readOnly: this.#readOnly || readOnly,
        ...(this.#lastSeen ? { lastSeen: this.#lastSeen } : {}),
      },
    );
    this.#binding.subscribe((notice) => this.options.onNotice(notice));
  }

  #onStatus(status: string): void {
    if (this.#state === 'refused') return;
    if (status === 'connected') {
      if (this.#binding && this.#synced.size === this.#providers.length) this.#setState('live');
      return;
    }
    // Retries while offline stay "offline": the edits are kept here either way, and the label does not flicker.
    if (status === 'disconnected') this.#setState('offline');
    else if (this.#state !== 'offline') this.#setState(this.#wasLive ? 'reconnecting' : 'connecting');
    this.#offlineCopyReady();
  }

  #refused(reason: string): void {
    this.#setState('refused', reason);
    // Trying again with the same token cannot help: stop, and keep the plan shown as it is.
    for (const provider of this.#providers) provider.detach();
    this.#offlineCopyReady();
  }

  #setState(state: ConnectionState, reason?: string): void {
    if (state === 'live') this.#wasLive = true;
    if (state === this.#state && reason === undefined) return;
    this.#state = state;
    this.#reason = reason;
    this.#redraw();
    if (state === 'refused') this.options.onRefused(reason ?? 'the token was refused');
  }

  #redraw(): void {
    drawStrip(this.#strip, this.#state, this.#people, this.#reason);
    this.options.host.requestUpdate();
  }

  #peopleChanged(): void {
    const rooms = this.#providers.flatMap((provider) => (provider.awareness ? [provider.awareness] : []));
    this.#people = mergePeople(
      rooms.map((awareness) => awareness.getStates()),
      rooms[0]!.clientID,
    );
    this.#redraw();
  }
}

const ownPresence = (user: SessionOptions['user'], selected: string[], drag: Presence['drag']): Presence => ({
  ...user,
  ...(selected.length ? { selected } : {}),
  ...(drag ? { drag } : {}),
});

const sheets = new WeakSet<Node>();
/** The strip's and overlay's styles, added once to the element's shadow root. */
function adoptStyles(root: Node): void {
  if (!(root instanceof ShadowRoot) || sheets.has(root)) return;
  sheets.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRESENCE_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
