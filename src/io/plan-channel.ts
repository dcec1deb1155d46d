export const CHANNEL_NAME = 'map-timeline';

/** Sent after a plan was durably saved, so other elements (in this or other tabs) can reload it. */
export interface PlanSavedMessage {
  planId: string;
  savedAt: string;
  /** The `PlanChannel` that sent it. */
  sender: string;
}

export type PlanSavedListener = (message: PlanSavedMessage) => void;

function uniqueId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function isMessage(data: unknown): data is PlanSavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    typeof message['planId'] === 'string' &&
    typeof message['savedAt'] === 'string' &&
    typeof message['sender'] === 'string'
  );
}

/**
 * Save notifications over `BroadcastChannel('map-timeline')`. Each instance has its own `sender` id and never
 * hears its own messages. Without BroadcastChannel every method is a no-op. The channel is opened on first use.
 */
export class PlanChannel {
  readonly sender: string = uniqueId();
  readonly #listeners = new Map<string, Set<PlanSavedListener>>();
  #channel: BroadcastChannel | undefined;
  #closed = false;

  /** Tells everyone else that `planId` was saved. */
  post(planId: string, detail: { savedAt: string }): void {
    const message: PlanSavedMessage = { planId, savedAt: detail.savedAt, sender: this.sender };
    this.#open()?.postMessage(message);
  }

  /** Calls `listener` when another instance saved `planId`; returns a function that unsubscribes. */
  subscribe(planId: string, listener: PlanSavedListener): () => void {
    this.#open();
    let listeners = this.#listeners.get(planId);
    if (!listeners) this.#listeners.set(planId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.#listeners.get(planId) === listeners) this.#listeners.delete(planId);
    };
  }

  /** Drops every subscription and closes the channel; later calls do nothing. */
  close(): void {
    this.#closed = true;
    this.#listeners.clear();
    this.#channel?.close();
    this.#channel = undefined;
  }

  #open(): BroadcastChannel | undefined {
    if (this.#channel || this.#closed || typeof BroadcastChannel === 'undefined') return this.#channel;
    this.#channel = new BroadcastChannel(CHANNEL_NAME);
    this.#channel.addEventListener('message', (event: MessageEvent<unknown>) => this.#receive(event.data));
    return this.#channel;
  }

  #receive(data: unknown): void {
    if (!isMessage(data) || data.sender === this.sender) return;
    for (const listener of [...(this.#listeners.get(data.planId) ?? [])]) {
      try {
        listener(data);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
