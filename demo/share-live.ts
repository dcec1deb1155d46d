import type { MapTimeline } from '../src/index.js';
import { toast } from './toast.js';

/** What the dev server's token endpoint answers: where the collaboration server is, and a token for one side. */
export interface LiveAccess {
  url: string;
  token: string;
  name: string;
}

const COLORS = { seller: '#2563eb', buyer: '#db2777' } as const;

/** A token for the room from the demo's dev server (`npm start`), which holds the secret. */
export async function liveAccess(room: string, side: 'seller' | 'buyer'): Promise<LiveAccess> {
  const response = await fetch(`/collab/token?room=${encodeURIComponent(room)}&side=${side}`);
  const body = (await response.json().catch(() => ({}))) as Partial<LiveAccess> & { error?: string };
  if (!response.ok || !body.url || !body.token) {
    throw new Error(
      body.error ?? `The dev server gave no token (HTTP ${response.status}); run the demo with npm start.`,
    );
  }
  return body as LiveAccess;
}

/** Joins the element to the room as the person the token names. */
export function goLive(element: MapTimeline, access: LiveAccess, side: 'seller' | 'buyer'): void {
  element.user = { name: access.name, color: COLORS[side] };
  element.collab = access.url;
  element.collabToken = access.token;
}

/**
 * The plans this browser has shared live. While live, the element keeps the plan in the room's offline copy rather
 * than its own store, so opening such a plan again (a reload, the picker) has to rejoin the room to show its edits.
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
  has(room: string): boolean {
    return this.all().includes(room);
  },
  set(room: string, shared: boolean): void {
    const others = this.all().filter((entry) => entry !== room);
    localStorage.setItem(this.key, JSON.stringify(shared ? [...others, room] : others));
  },
};

/** The page a "Share live" window opens: `?live=<room>` joins that room as the buyer. */
export const sharedRoom = (): string | undefined => new URLSearchParams(location.search).get('live') ?? undefined;

/**
 * "Share live": this window joins the plan's room as the seller (its plan seeds an empty room) and a second window
 * opens as the buyer. Drag in one and the other moves.
 */
export function wireShareLive(button: HTMLButtonElement, current: () => { element?: MapTimeline; room: string }) {
  button.addEventListener('click', async () => {
    const { element, room } = current();
    if (!element) return;
    try {
      if (!element.collab) goLive(element, await liveAccess(room, 'seller'), 'seller');
      sharedPlans.set(room, true);
      const buyer = window.open(`?live=${encodeURIComponent(room)}`, `buyer-${room}`, 'popup,width=1200,height=760');
      toast(
        buyer
          ? 'Shared live: the new window is the buyer. Drag a step in either window.'
          : 'Shared live. Allow pop-ups to open the buyer’s window.',
      );
    } catch (error) {
      toast(error instanceof Error ? error.message : String(error), { tone: 'error', title: 'Could not share live' });
    }
  });
}
