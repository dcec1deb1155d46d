import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { planRange } from '../model/analysis.js';
import type { Audience } from '../model/audience.js';
import { parseDate } from '../model/dates.js';
import type { ISODate, Plan } from '../model/types.js';
import { HEAD_WIDTH } from '../render/geometry.js';
import { DEFAULT_METRICS } from '../render/layout.js';
import { laneHeadHeight } from '../render/lanes.js';
import { ZOOM_PRESETS, clampDayWidth, fitToWidth, type ZoomPreset } from '../render/scale.js';
import type { Scene } from '../render/view-model.js';
import { SceneCache } from './scene-cache.js';
import { Typography } from './measure-text.js';
import { ViewportController, visibleWindow } from './viewport-controller.js';

export interface SceneHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * What the timeline shows and at what scale: the day width (zoom is state; the scale is derived from it), the plan of
 * a gesture in progress, the scroll viewport, and the scene laid out from them, kept until one of them changes.
 */
export class SceneController implements ReactiveController {
  #dayWidth = ZOOM_PRESETS.week;
  #anchor?: { day: number; offset: number };
  #preview?: { plan: Plan; changedIds: readonly string[] | undefined };
  readonly #cache = new SceneCache();
  readonly #typography = new Typography();
  readonly #viewport: ViewportController;

  constructor(private readonly host: SceneHost) {
    host.addController(this);
    this.#viewport = new ViewportController(host, () => this.scroller);
  }

  get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  get scene(): Scene | undefined {
    return this.#cache.scene;
  }

  /** The committed plan's scene while a preview is shown. */
  get committed(): Scene | undefined {
    return this.#cache.committed;
  }

  get dayWidth(): number {
    return this.#dayWidth;
  }

  get previewing(): boolean {
    return this.#preview !== undefined;
  }

  get viewport() {
    return this.#viewport.viewport;
  }

  /** The part of the timeline in view plus a margin: what gets rendered. */
  get window() {
    return visibleWindow(this.#viewport.viewport, this.host);
  }

  setPreset(zoom: ZoomPreset): void {
    this.#dayWidth = ZOOM_PRESETS[zoom] ?? ZOOM_PRESETS.week;
  }

  /** Lays the scene out for this update (before render). */
  prepare(plan: Plan, audience: Audience, today: ISODate): Scene {
    const { measure, rowHeight, scale } = this.#typography.read(this.host, DEFAULT_METRICS.rowHeight);
    // Bucketed, so the few pixels between the host's first size and the scroller's measured one cost no rebuild.
    const minWidth =
      Math.ceil(Math.max(0, (this.#viewport.viewport.width || this.host.clientWidth) - HEAD_WIDTH) / 256) * 256;
    return this.#cache.update({
      plan,
      preview: this.#preview,
      audience,
      today,
      dayWidth: this.#dayWidth,
      minWidth,
      rowHeight,
      minLaneHeight: laneHeadHeight(scale),
      measure,
    });
  }

  hostUpdated(): void {
    const anchor = this.#anchor;
    const scroller = this.scroller;
    if (!anchor || !scroller || !this.scene) return;
    this.#anchor = undefined;
    scroller.scrollLeft = (anchor.day - this.scene.scale.startDay) * this.#dayWidth - anchor.offset;
  }

  /** Shows a plan while a gesture is under way; nothing of it is committed. `undefined` ends the preview. */
  showPreview(plan: Plan | undefined, changedIds?: readonly string[]): void {
    this.#preview = plan ? { plan, changedIds } : undefined;
    this.host.requestUpdate();
  }

  /** Zooms so the plan (and its projected finish) fits the visible width. */
  fit(plan: Plan): void {
    const range = planRange(plan);
    const projected = this.scene?.verdict?.projected;
    const shown = range && projected && projected > range.end ? { ...range, end: projected } : range;
    const fitted = fitToWidth(shown, (this.#viewport.viewport.width || this.host.clientWidth) - HEAD_WIDTH);
    if (!fitted) return;
    this.#dayWidth = fitted.dayWidth;
    this.#anchor = { day: fitted.firstDay, offset: 0 };
    this.host.requestUpdate();
  }

  /** Scrolls horizontally so the date is in view, a third from the left. */
  scrollToDate(date: ISODate): void {
    const scroller = this.scroller;
    if (!scroller || !this.scene) return;
    const timelineWidth = scroller.clientWidth - HEAD_WIDTH;
    scroller.scrollLeft = Math.max(0, this.scene.scale.x(parseDate(date)) - timelineWidth / 3);
  }

  /** Multiplies the day width, keeping the date under `clientX` in place. */
  zoomBy(factor: number, clientX: number): void {
    const scroller = this.scroller;
    if (!scroller || !this.scene) return;
    const offset = clientX - scroller.getBoundingClientRect().left - HEAD_WIDTH;
    const day = this.scene.scale.startDay + (scroller.scrollLeft + offset) / this.#dayWidth;
    this.#dayWidth = clampDayWidth(this.#dayWidth * factor);
    this.#anchor = { day, offset };
    this.host.requestUpdate();
  }
}
