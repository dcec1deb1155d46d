import { isISODate, localToday, type Audience, type ISODate, type ZoomPreset } from '../src/index.js';

const ZOOMS: readonly ZoomPreset[] = ['day', 'week', 'month', 'quarter'];

/** What the URL can pin: handy for links and deterministic screenshots (`?today=2026-11-25&audience=buyer`). */
export interface DemoSettings {
  today: ISODate;
  /** Whether `today` came from the URL (then it is kept in links the demo writes). */
  pinnedToday: boolean;
  plan: string;
  audience: Audience;
  /** Whether the address names the audience (`?present=1&audience=seller` presents the seller's view). */
  audienceNamed: boolean;
  zoom?: ZoomPreset;
  present: boolean;
  theme?: 'light' | 'dark';
}

/** Where the demo keeps the plan last opened in this browser. */
const LAST_PLAN_KEY = 'map-timeline-demo:last-plan';

/** The plan last opened in this browser, which a bare address opens again. */
export function rememberedPlan(): string | undefined {
  try {
    return localStorage.getItem(LAST_PLAN_KEY) ?? undefined;
  } catch {
    return undefined; // storage refused (a private window's policy, say): the sample opens
  }
}

export function rememberPlan(id: string): void {
  try {
    localStorage.setItem(LAST_PLAN_KEY, id);
  } catch {
    // Not remembered: the address still names the plan.
  }
}

/**
 * The demo's settings from the address; a bare address opens the plan last opened in this browser (`remembered`),
 * else the enterprise sample.
 */
export function readSettings(search: string = location.search, remembered = rememberedPlan()): DemoSettings {
  const params = new URLSearchParams(search);
  const today = params.get('today');
  const zoom = params.get('zoom') as ZoomPreset | null;
  const theme = params.get('theme');
  const pinned = today !== null && isISODate(today) ? today : undefined;
  return {
    // Unpinned, the demo follows the local date, as the element does: a tab left open overnight moves on.
    get today() {
      return pinned ?? localToday();
    },
    pinnedToday: pinned !== undefined,
    plan: params.get('plan') ?? remembered ?? 'enterprise',
    audience: params.get('audience') === 'buyer' ? 'buyer' : 'seller',
    audienceNamed: params.has('audience'),
    ...(zoom && ZOOMS.includes(zoom) ? { zoom } : {}),
    present: params.get('present') === '1',
    ...(theme === 'light' || theme === 'dark' ? { theme } : {}),
  };
}

/** Keeps the address bar in step with the view, so a reload or a shared link opens the same view. */
export function writeSetting(name: 'plan' | 'audience' | 'zoom' | 'present', value: string | undefined): void {
  const url = new URL(location.href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}
