import type { MapTimeline } from '../src/index.js';
import { toast } from './toast.js';

/** What the dev server's token endpoint answers: where the collaboration server is, and a token for one side. */
export interface LiveAccess {
  url: string;
  token: string;
  name: string;
  /** The demo's addresses on the network, when the dev server shows it to other computers (`npm start -- --host`). */
  network?: string[];
}

const COLORS = { seller: '#2563eb', buyer: '#db2777' } as const;

/**
 * A token for the room from the demo's dev server (`npm start`), which holds the secret. The page's `?name=` is the
 * name the others see (else the side's).
 */
export async function liveAccess(room: string, side: 'seller' | 'buyer'): Promise<LiveAccess> {
  const name = new URL(location.href).searchParams.get('name');
  const asked = name ? `&name=${encodeURIComponent(name)}` : '';
  const response = await fetch(`/collab/token?room=${encodeURIComponent(room)}&side=${side}${asked}`);
  const body = (await response.json().catch(() => ({}))) as Partial<LiveAccess> & { error?: string };
  if (!response.ok || !body.url || !body.token) {
    throw new Error(
      body.error ?? `The dev server gave no token (HTTP ${response.status}); run the demo with npm start.`,
    );
  }
  return body as LiveAccess;
}

/**
 * Ends the room's sharing on the demo's collaboration server (with the seller's token): a buyer's page still in it
 * then says the plan is no longer shared, instead of taking edits no one receives.
 */
export async function endSharing(room: string, token: string): Promise<void> {
  const response = await fetch(`/collab/end?room=${encodeURIComponent(room)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await response.json().catch(() => ({}))) as { ended?: string; error?: string };
  if (!response.ok || body.ended !== room) throw new Error(body.error ?? `HTTP ${response.status}`);
}

/** Joins the element to the room as the person the token names. */
export function goLive(element: MapTimeline, room: string, access: LiveAccess, side: 'seller' | 'buyer'): void {
  element.user = { name: access.name, color: COLORS[side] };
  element.planId = room;
  element.collab = access.url;
  element.collabToken = access.token;
}

/**
 * A room for one spell of sharing a plan. Sharing again after Stop sharing opens a new room, and a new link, holding
 * the plan as it is then: the room left behind still holds the plan as it was (and whatever the buyer's page put in
 * it since), which would otherwise replace the edits made in this browser meanwhile.
 */
export const newRoom = (planKey: string): string => `${planKey}.live-${Date.now().toString(36)}`;

/** The stored plan a room shares (rooms from before rooms had spells are named by the plan alone). */
export const planKeyOf = (room: string): string => room.replace(/\.live-[a-z0-9]+$/, '');

/**
 * The rooms this browser shares its plans in, one per plan. While live, the element keeps the plan in the room's
 * offline copy rather than its own store, so opening such a plan again (a reload, the picker) has to rejoin the room
 * to show its edits.
 */
export const sharedPlans = {
  key: 'map-timeline-demo:shared-plans',
  all(): string[] {
    try {
      const list: unknown = JSON.parse(localStorage.getItem(this.key) ?? '[]');
      return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : [];
    } catch {
      return [];
    }
  },
  /** The room the plan stored under `planKey` is shared in, if it is. */
  roomOf(planKey: string): string | undefined {
    return this.all().find((room) => planKeyOf(room) === planKey);
  },
  start(room: string): void {
    this.stop(planKeyOf(room));
    localStorage.setItem(this.key, JSON.stringify([...this.all(), room]));
  },
  stop(planKey: string): void {
    localStorage.setItem(this.key, JSON.stringify(this.all().filter((room) => planKeyOf(room) !== planKey)));
  },
};

/** The page a "Share live" window opens: `?live=<room>` joins that room as the buyer. */
export const sharedRoom = (): string | undefined => new URLSearchParams(location.search).get('live') ?? undefined;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The link a buyer opens to join the room: this page, with `?live=<room>` and nothing else of this page's state. A
 * page opened as localhost is linked by the demo's network address when it has one, so the link works on the buyer's
 * computer; `local` says when it would open on this computer only.
 */
export function buyerLink(room: string, network: readonly string[] = []): { href: string; local: boolean } {
  const local = LOCAL_HOSTS.has(location.hostname);
  const base =
    local && network[0] ? new URL(location.pathname, network[0]) : new URL(location.pathname, location.origin);
  base.searchParams.set('live', room);
  return { href: base.href, local: LOCAL_HOSTS.has(base.hostname) };
}

const LOCAL_ONLY =
  'This link opens on this computer only. For a buyer on another computer, start the demo with npm start -- --host.';

/**
 * "Share live": this window joins the plan's room as the seller (its plan seeds an empty room), and a dialog gives
 * the link for the buyer's browser, to copy, or to open here in a second window.
 */
export function wireShareLive(
  button: HTMLButtonElement,
  /** The plan to share: its element and its room (a new one unless it is live), once ready (see `newRoom`). */
  current: () => Promise<{ element?: MapTimeline; room: string }>,
  /** Takes the plan out of its room, into this browser's store with the edits made live. */
  stop: () => Promise<void>,
) {
  const dialog = document.getElementById('share-dialog') as HTMLDialogElement;
  const input = document.getElementById('share-link') as HTMLInputElement;
  const status = document.getElementById('share-status')!;
  const copy = document.getElementById('copy-share-link') as HTMLButtonElement;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = 'Copied. Paste it into the meeting chat or an email to the buyer.';
    } catch {
      // No clipboard (an insecure origin, or permission refused): the link is selected to copy by hand.
      input.focus();
      input.select();
      status.textContent = 'Your browser did not let the page copy: press Ctrl+C (⌘C) to copy the selected link.';
    }
  });
  // Back to the button, as the dialog was opened from it (a click does not always focus a button first).
  dialog.addEventListener('close', () => button.focus());
  document.getElementById('open-buyer-window')!.addEventListener('click', () => {
    const room = new URL(input.value).searchParams.get('live') ?? '';
    const buyer = window.open(buyerLink(room).href, `buyer-${room}`, 'popup,width=1200,height=760');
    if (!buyer) status.textContent = 'The browser blocked the new window: allow pop-ups, or copy the link.';
  });
  document.getElementById('stop-sharing')!.addEventListener('click', () => {
    dialog.close();
    void stop();
  });
  button.addEventListener('click', async () => {
    try {
      const { element, room } = await current();
      if (!element) return;
      const access = await liveAccess(room, 'seller');
      if (!element.collab) goLive(element, room, access, 'seller');
      sharedPlans.start(room);
      const link = buyerLink(room, access.network);
      input.value = link.href;
      status.textContent = link.local ? LOCAL_ONLY : '';
      dialog.showModal();
      // Selected to copy, from its end back to its start, so the field shows where the link begins.
      input.setSelectionRange(0, input.value.length, 'backward');
      input.scrollLeft = 0;
    } catch (error) {
      toast(error instanceof Error ? error.message : String(error), { tone: 'error', title: 'Could not share live' });
    }
  });
}
