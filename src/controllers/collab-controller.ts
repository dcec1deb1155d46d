import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanDocument } from '../document/plan-document.js';
import { MapErrorEvent } from '../events.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from '../render/geometry.js';
import type { RoomWait } from '../render/header.js';
import type { Scene } from '../render/view-model.js';

// The session is a chunk of its own (Yjs, the provider, the offline copy, presence): named only as a type here.
type SessionModule = typeof import('../collab/session.js');

/** A plan shared live, as this page takes part in it. */
export interface LivePlan {
  side?: 'seller' | 'buyer';
}

/** Who this page is in a shared plan: the name and colour the others see. */
export interface CollabUser {
  name: string;
  color?: string;
}

export interface CollabHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: Node;
  readonly collab?: string | undefined;
  readonly planId?: string | undefined;
  readonly collabToken?: string | undefined;
  readonly user?: CollabUser | undefined;
  readonly: boolean;
}

/**
 * Live collaboration: with `collab`, `plan-id` and a token, the page joins the plan's room, loading the collaboration
 * code on first use. The room (and its offline copy in this browser) then holds the plan instead of the element's
 * own store.
 */
export class CollabController implements ReactiveController {
  #session: InstanceType<SessionModule['CollabSession']> | undefined;
  #key = '';
  #opening = 0;
  /** Resolves once the page has started joining the room it was last asked to. */
  joined: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: CollabHost,
    private readonly document: PlanDocument,
    /** Puts a line on the element's message line. */
    private readonly say: (text: string, tone?: 'error' | 'info', options?: { add?: boolean }) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#key === '') this.host.requestUpdate(); // back in the DOM: join again
  }

  hostDisconnected(): void {
    this.#close();
    this.#key = '';
  }

  hostUpdate(): void {
    // An element taken off the page may still update (a save finishing, its host setting a property): joining the room
    // then would leave a person in it whom no page shows and no one can take out.
    if (!this.host.isConnected) return;
    const { collab, planId, collabToken: token, user } = this.host;
    const key = JSON.stringify([collab, planId, token, user?.name, user?.color]);
    if (key === this.#key) return;
    this.#key = key;
    this.#close();
    if (!collab || !planId || !token) return;
    const opening = this.#opening;
    this.joined = import('../collab/session.js').then(({ CollabSession }) => {
      if (opening !== this.#opening) return;
      const name = user?.name || 'Guest';
      this.#session = new CollabSession({
        ...{ url: collab, planId, token, user: { name, color: user?.color ?? '#2563eb' } },
        ...{ document: this.document, host: this.host },
        // Repairs of a merge, values refused, edits someone else's overwrote: one line naming the step.
        onNotice: (notice) => {
          const message =
            notice.type === 'repaired' || notice.type === 'refused' ? notice.messages.join(' ') : notice.message;
          this.say(message, 'info', { add: notice.type === 'repaired' || notice.type === 'refused' });
          // A value no valid plan can hold came from the room: the host hears of it like any refused plan.
          if (notice.type === 'refused')
            this.host.dispatchEvent(new MapErrorEvent({ code: 'invalid-plan', message, shown: true }));
          // The page set `plan` while the plan is shared live: the room's plan was kept.
          if (notice.type === 'kept-room')
            this.host.dispatchEvent(new MapErrorEvent({ code: 'shared-live', message, shown: true }));
        },
        onReadOnly: () => (this.host.readonly = true),
        onRefused: (reason) => {
          // A room the seller stopped sharing refuses every token: said plainly, and the plan shown stays as it was,
          // read-only, since a change made here would reach no one.
          const ended = reason.startsWith('sharing-ended:');
          if (ended) this.host.readonly = true;
          const message = ended
            ? 'The seller stopped sharing this plan: it stays here as it was, read-only.'
            : `The collaboration server refused to share the plan "${planId}": ${reason}`;
          this.say(message, 'error');
          this.host.dispatchEvent(new MapErrorEvent({ code: 'access-refused', message, cause: reason, shown: true }));
        },
      });
      if (this.#session.claims?.write === false) this.host.readonly = true;
      this.host.requestUpdate();
    });
  }

  /**
   * Whether the plan is shared live (the element has a server, a room and a token), and this page's side in the room
   * once it has started joining it (from its token).
   */
  get live(): LivePlan | undefined {
    const { collab, planId, collabToken } = this.host;
    if (!collab || !planId || !collabToken) return undefined;
    const side = this.#session?.claims?.side;
    return side ? { side } : {};
  }

  /**
   * Whether this page joins a room without a plan of its own to show, and the room has sent none yet (a buyer who
   * opened the link before the seller shared): nothing can be edited until the room's plan comes.
   */
  get waiting(): RoomWait | false {
    // A room that refused this page will send nothing: its message says why, not that a plan is on its way.
    if (this.live === undefined || this.document.hasPlan || this.#session?.state === 'refused') return false;
    // Until the server has answered, the room may well hold a plan: "waiting for the seller" would not be true.
    const state = this.#session?.state ?? 'connecting';
    return state === 'connecting' ? 'connecting' : 'waiting';
  }

  /** The share strip for the header: connection state and who else is here. */
  header(): Node | undefined {
    return this.#session?.strip;
  }

  /** The others' selections and drags over the timeline. */
  overlay(scene: Scene): Node | undefined {
    return this.#session?.overlay(scene, [HEAD_WIDTH, AXIS_HEIGHT]);
  }

  #close(): void {
    this.#opening++;
    this.#session?.destroy();
    this.#session = undefined;
  }
}
