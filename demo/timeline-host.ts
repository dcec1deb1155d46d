import { localToday, type Audience, type ISODate, type MapTimeline, type ZoomPreset } from '../src/index.js';
import type { PlanChoice } from './plans.js';
import { goLive, type LiveAccess } from './share-live.js';

export interface MountOptions {
  /** A fixed today; without it the element follows the local date. */
  today?: ISODate;
  audience: Audience;
  zoom?: ZoomPreset;
  /** Pins the element's colour scheme; otherwise it follows the OS like the page. */
  theme?: 'light' | 'dark';
  /** Joins the plan's room on a collaboration server instead of keeping it in this browser only. */
  live?: { room: string; access: LiveAccess; side: 'seller' | 'buyer' };
}

/**
 * Owns the one `<map-timeline>` on the page. Switching plans mounts a fresh element: changing `plan-id` and `plan`
 * on a live element would save the new sample under the old key before the new key is read.
 */
export class TimelineHost {
  #element?: MapTimeline;

  constructor(private readonly stage: HTMLElement) {}

  get element(): MapTimeline | undefined {
    return this.#element;
  }

  /** Shows the plan stored for the choice, or its fresh copy when nothing is stored yet. */
  async mount(choice: PlanChoice, options: MountOptions): Promise<MapTimeline> {
    const previous = this.#element;
    if (previous) await previous.flush().catch(() => undefined);

    const element = document.createElement('map-timeline');
    if (options.today) element.today = options.today;
    element.audience = options.audience;
    if (options.zoom) element.zoom = options.zoom;
    if (options.theme) element.theme = options.theme;
    element.planId = choice.storageKey;
    const fresh = choice.fresh(options.today ?? localToday());
    if (fresh) element.plan = fresh; // stored plans win over this at load
    element.setAttribute('aria-label', 'Mutual action plan timeline');
    if (options.live) goLive(element, options.live.room, options.live.access, options.live.side);

    if (previous) previous.replaceWith(element);
    else this.stage.append(element);
    this.#element = element;

    // A stored plan arrives later (map-load from storage); the caller fits again then.
    if (!options.zoom) await this.fit();
    return element;
  }

  async fit(): Promise<void> {
    const element = this.#element;
    if (!element) return;
    await element.updateComplete;
    element.fit();
  }
}
