import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from './plan-builders.js';

// Pages of a shared plan for the browser tests: elements in one test page, each with its own connection, against a
// real collaboration server that the test runner starts (scripts/collab-test-server.mjs).

export const SECRET_TITLE = 'Discount approval memo';

/** Three shared steps a, b, c (seller, buyer, seller lanes) and the seller's internal memo. */
export const dealPlan = (): Plan => {
  const plan = planOf({
    a: ['2026-03-02', '2026-03-06'],
    b: ['2026-03-09', '2026-03-13'],
    c: ['2026-03-16', '2026-03-20'],
  });
  plan.items.push({
    id: 'memo',
    title: SECRET_TITLE,
    partyId: 'seller',
    kind: 'task',
    start: '2026-03-03',
    end: '2026-03-05',
    internal: true,
  });
  return plan;
};

let serverUrl: Promise<string> | undefined;
/** The test server's address (started by the first test that asks). */
export const collabServer = (): Promise<string> =>
  (serverUrl ??= executeServerCommand<{ url: string }, undefined>('collab-server').then(({ url }) => url));

let rooms = 0;
export const newRoom = (): string => `deal-${Date.now().toString(36)}-${++rooms}`;

export type Side = 'seller' | 'buyer';
export const token = (claims: { room: string; side: Side; write?: boolean; exp?: number; secret?: string }) =>
  executeServerCommand<string, typeof claims & { name: string }>('collab-token', { name: claims.side, ...claims });

export interface Join {
  room: string;
  side: Side;
  plan?: Plan;
  write?: boolean;
  token?: string;
  name?: string;
  color?: string;
  url?: string;
}

export async function join({
  room,
  side,
  plan,
  write = true,
  token: given,
  name,
  color,
  url,
}: Join): Promise<MapTimeline> {
  const element = await fixture<MapTimeline>(
    html`<map-timeline today="2026-03-10" zoom="day" style="width:900px;height:400px"></map-timeline>`,
  );
  element.collab = url ?? (await collabServer());
  element.planId = room;
  element.collabToken = given ?? (await token({ room, side, write }));
  element.user = {
    name: name ?? (side === 'seller' ? 'Sam Seller' : 'Bea Buyer'),
    color: color ?? (side === 'seller' ? '#2563eb' : '#db2777'),
  };
  if (plan) element.plan = plan;
  return element;
}

export const connection = (element: MapTimeline): string | undefined =>
  element.shadowRoot!.querySelector('.presence .connection')?.textContent ?? undefined;
export const live = (element: MapTimeline) =>
  waitUntil(() => connection(element) === 'Live', 'the page joins the room', { timeout: 8000 });
/** The message line under the timeline. */
export const notice = (element: MapTimeline): string =>
  element.shadowRoot!.querySelector('.notice')?.textContent?.trim() ?? '';
/** The names of the others the page shows in its header. */
export const othersShown = (element: MapTimeline): string[] =>
  [...element.shadowRoot!.querySelectorAll('.presence .name')].map((name) => name.textContent ?? '');
export const itemOf = (element: MapTimeline, id: string) => element.plan.items.find((item) => item.id === id);
export const startOf = (element: MapTimeline, id: string) => itemOf(element, id)?.start;

/** Records what every websocket opened from now on receives, as text, until `stop()`. */
export function recordSockets(): { received: string[]; stop(): void } {
  const received: string[] = [];
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.addEventListener('message', (event: MessageEvent) => {
        const data = event.data;
        if (data instanceof ArrayBuffer) received.push(new TextDecoder().decode(data));
        else if (typeof data === 'string') received.push(data);
      });
    }
  } as typeof WebSocket;
  return { received, stop: () => (window.WebSocket = NativeSocket) };
}

/**
 * A seller who seeds a new room with the deal (or `plan`, with the deal's three shared steps), then a buyer (reading
 * only, with `write: false`) who has received it; both live.
 */
export async function sellerAndBuyer(
  options: { write?: boolean; name?: string } = {},
  plan: Plan = dealPlan(),
): Promise<{ room: string; seller: MapTimeline; buyer: MapTimeline }> {
  const room = newRoom();
  const seller = await join({ room, side: 'seller', plan });
  await live(seller);
  const buyer = await join({ room, side: 'buyer', ...options });
  await live(buyer);
  await waitUntil(() => buyer.plan.items.length === 3, 'the buyer gets the shared steps');
  return { room, seller, buyer };
}

/** A seller's page with the deal plan, and a buyer's page whose token may only read, once it has the plan. */
export async function sellerAndViewer(): Promise<{ room: string; seller: MapTimeline; viewer: MapTimeline }> {
  const { room, seller, buyer } = await sellerAndBuyer({ write: false, name: 'Vic Viewer' });
  return { room, seller, viewer: buyer };
}

/** Every stored update of the IndexedDB database `name` (a room's offline copy), as text. */
export async function storedText(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = [...db.objectStoreNames];
  if (names.length === 0) return '';
  const values = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(names, 'readonly').objectStore('updates').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return values.map((value) => (value instanceof Uint8Array ? new TextDecoder().decode(value) : '')).join('\n');
}
