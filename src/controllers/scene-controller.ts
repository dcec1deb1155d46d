import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { planRange, projectedFinish } from '../model/analysis.js';
import { planForAudience, type Audience } from '../model/audience.js';
import { parseDate } from '../model/dates.js';
import type { ISODate, Plan } from '../model/types.js';
import {
  FIT_MARGIN,
  MAX_LABEL_SHARE,
  MIN_FIT_ROW_HEIGHT,
  fittedRows,
  contentExtent,
  fitScene,
  rowHeightForView,
} from '../render/fit.js';
import { HEAD_WIDTH } from '../render/geometry.js';
import { DEFAULT_METRICS } from '../render/layout.js';
import { inSight, revealShift } from '../render/reveal.js';
import { laneHeadHeight } from '../render/lanes.js';
import { ZOOM_PRESETS, clampDayWidth, type ZoomPreset } from '../render/scale.js';
import type { ViewRect } from '../render/tab-stop.js';
import type { Scene } from '../render/view-model.js';
import { DropArrows } from './drop-arrows.js';
import { FocusReveal } from './focus-reveal.js';
import { IdleLayoutIndex } from './idle-layout-index.js';
import { SceneCache, sceneFor, type SceneRequest } from './scene-cache.js';
import { Typography, watchFontLoads } from './measure-text.js';
import { ViewportController, onScreen, viewportOf } from './viewport-controller.js';

/** How far before or after a plan today may be for `fit()` to show it, at least (see `#fitWidth`). */
const TODAY_REACH_DAYS = 42;

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
  /** A `fit()` under way: its day width is worked out before the next render, its row height after it. */
  #fitting?: 'width' | 'height';
  #fittedRowHeight?: number;
  #minRowHeight = MIN_FIT_ROW_HEIGHT;
  #typeScale = 1;
  /** The first frame after a drop, with the moved steps' arrows still sketched. */
  readonly drops: DropArrows;
  readonly #cache = new SceneCache();
  readonly #typography = new Typography();
  readonly #viewport: ViewportController;
  readonly #index = new IdleLayoutIndex(() => (this.committed ?? this.scene)?.layout);
  readonly #focus = new FocusReveal(
    () => this.host.renderRoot,
    (id) => this.reveal(id),
  );

  constructor(private readonly host: SceneHost) {
    host.addController(this);
    this.#viewport = new ViewportController(host, () => this.scroller);
    this.drops = new DropArrows(host);
  }

  #scroller?: HTMLElement;

  /** Asked after every update (each frame of a drag): looked for again only once the one found has left. */
  get scroller(): HTMLElement | null {
    const known = this.#scroller;
    if (known && this.host.renderRoot.contains(known)) return known;
    const found = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    this.#scroller = found ?? undefined;
    return found;
  }

  get scene(): Scene | undefined {
    return this.#cache.scene;
  }

  /** The committed plan's scene while a preview is shown. */
  get committed(): Scene | undefined {
    return this.#cache.committed;
  }

  /** The type scale read for the last layout (see `Typography`). */
  get typeScale(): number {
    return this.#typeScale;
  }

  get dayWidth(): number {
    return this.#dayWidth;
  }

  get previewing(): boolean {
    return this.#preview !== undefined;
  }

  /** The part of the timeline in view plus a margin: what this render draws (asked once per render). */
  drawnWindow(): ViewRect {
    return this.#viewport.drawnWindow(this.host);
  }

  /** The part of the timeline on screen, beside the sticky lane heads and under the axis; undefined until measured. */
  get visible(): ViewRect | undefined {
    const viewport = this.#viewport.viewport;
    return viewport.width === 0 ? undefined : onScreen(viewport);
  }

  /**
   * Scrolls the least that shows the step with its label (see `revealShift`), or its bar alone, clear of the sticky
   * heads and axis.
   */
  reveal(id: string, withLabel = true, sizeKept = false): void {
    const box = this.scene?.layout.byId.get(id);
    const scroller = this.scroller;
    if (!box || !scroller) return;
    // With the view's size unchanged since it was measured, a step the measurement shows whole needs no scroll, and
    // no reading of the scroller (a layout of the whole timeline right after the render, on every click).
    const measured = sizeKept ? this.visible : undefined;
    if (measured && inSight(box, measured, withLabel)) return;
    // Read now, not from the last measurement: a scroll a moment ago may not have been measured yet.
    const view = onScreen(viewportOf(scroller));
    const shift = revealShift(box, view, withLabel);
    if (shift.x !== 0) scroller.scrollLeft += shift.x;
    if (shift.y !== 0) scroller.scrollTop += shift.y;
  }

  #unwatchFonts?: () => void;

  hostConnected(): void {
    this.#unwatchFonts = watchFontLoads(() => this.host.requestUpdate());
    this.#focus.connect();
  }

  hostDisconnected(): void {
    this.#unwatchFonts?.();
    this.#focus.disconnect();
  }

  /** Focuses a step's node for code that brings the step into view itself (see `FocusReveal`). */
  focusQuietly(node: HTMLElement | SVGElement): void {
    this.#focus.focusQuietly(node);
  }

  setPreset(zoom: ZoomPreset): void {
    this.#dayWidth = ZOOM_PRESETS[zoom] ?? ZOOM_PRESETS.week;
    this.#fittedRowHeight = undefined;
  }

  /** Lays the scene out for this update (before render); a `fit()` asked for is worked out here, with today's fonts. */
  prepare(plan: Plan, audience: Audience, today: ISODate): Scene {
    const { measure, rowHeight, scale, nameLines } = this.#typography.read(this.host, DEFAULT_METRICS.rowHeight);
    this.#typeScale = scale;
    // Bucketed, so the few pixels between the host's first size and the scroller's measured one cost no rebuild.
    const minWidth = Math.ceil(Math.max(0, this.#timelineWidth()) / 256) * 256;
    const request: SceneRequest = {
      plan,
      preview: this.#preview,
      audience,
      today,
      dayWidth: this.#dayWidth,
      minWidth,
      ...fittedRows(rowHeight, this.#fittedRowHeight),
      minLaneHeight: laneHeadHeight(scale),
      headHeight: (party) => laneHeadHeight(scale, nameLines(party.name)),
      measure,
      typeScale: scale,
    };
    if (this.#fitting === 'width') this.#fitWidth(request);
    this.#minRowHeight = Math.ceil(MIN_FIT_ROW_HEIGHT * scale);
    const scene = this.#cache.update({ ...request, dayWidth: this.#dayWidth });
    if (!this.#preview) this.drops.prepared(scene);
    return scene;
  }

  hostUpdated(): void {
    const anchor = this.#anchor;
    const scroller = this.scroller;
    // The table view's scroller is not the timeline's: a fit asked for meanwhile (an import) waits for the timeline.
    if (!scroller || !this.scene || scroller.classList.contains('table-view')) return;
    this.#index.afterDrawing();
    if (anchor) {
      this.#anchor = undefined;
      scroller.scrollLeft = (anchor.day - this.scene.scale.startDay) * this.#dayWidth - anchor.offset;
    }
    if (this.#fitting === 'height') this.#fitHeight(scroller, this.scene);
  }

  /** A whole plan was loaded: its first frame costs only what is on screen (see `ViewportController.margin`). */
  screenFirst(): void {
    this.#viewport.screenFirst();
  }

  /** Shows a plan while a gesture is under way; nothing of it is committed. `undefined` ends the preview. */
  showPreview(plan: Plan | undefined, changedIds?: readonly string[]): void {
    this.#preview = plan ? { plan, changedIds } : undefined;
    this.host.requestUpdate();
  }

  /**
   * Shows the whole plan: the day width at which its steps, labels and markers fit the visible width with a small
   * margin, then, when the lanes are taller than the view, rows as compact as it takes (down to a readable minimum),
   * or, when they leave much of its height empty, taller rows (see `#fitHeight`).
   */
  fit(): void {
    this.#fitting = 'width';
    this.#fittedRowHeight = undefined;
    this.host.requestUpdate();
  }

  #timelineWidth(): number {
    return (this.#viewport.viewport.width || this.host.clientWidth) - HEAD_WIDTH;
  }

  /**
   * The width a fit fills: the timeline's, with the side panel's room as well. A fit shows the same plan at the same
   * scale with the panel open or closed, so opening a step's details (or a fit asked for while they are open, on an
   * undo or a resize) never leaves a scale that fills half the view once they close.
   */
  #fitRoom(): number {
    const scroller = this.scroller;
    const panel = scroller?.parentElement?.querySelector<HTMLElement>(':scope > .inspector');
    if (!scroller || !panel) return this.#timelineWidth();
    return scroller.clientWidth + panel.offsetWidth - HEAD_WIDTH;
  }

  #fitWidth(request: SceneRequest): void {
    this.#fitting = 'height';
    const visible = planForAudience(request.plan, request.audience);
    const range = planRange(visible);
    if (!range) return;
    const verdict = projectedFinish(visible, request.today);
    let first = parseDate(range.start);
    let last = Math.max(
      parseDate(range.end),
      ...[verdict?.projected, verdict?.target].map((date) => (date ? parseDate(date) : -Infinity)),
    );
    // Today is where a meeting stands: in view too, unless the plan lies far from it (a plan for next year): half the
    // plan's span or six weeks, whichever is more, so a short plan starting in a few weeks still shows the meeting's
    // day. A plan with no step yet, only a target, is planned from today.
    const today = parseDate(request.today);
    const reach = visible.items.length === 0 ? Infinity : Math.max((last - first) / 2, TODAY_REACH_DAYS);
    if (today >= first - reach && today <= last + reach)
      [first, last] = [Math.min(first, today), Math.max(last, today)];
    const available = this.#fitRoom() - 2 * FIT_MARGIN;
    if (available <= 0) return;
    const extent = (scene: Scene) => contentExtent(scene, first, last, available * MAX_LABEL_SHARE);
    const build = (dayWidth: number) => sceneFor({ ...request, preview: undefined, dayWidth });
    const { scene, scrollLeft } = fitScene(build, extent, last - first + 1, available);
    this.#dayWidth = scene.scale.dayWidth;
    this.#anchor = { day: scene.scale.startDay + scrollLeft / this.#dayWidth, offset: 0 };
  }

  /** After a fit's first render: rows that fit the lanes to the scroller's height (see `rowHeightForView`). */
  #fitHeight(scroller: HTMLElement, scene: Scene): void {
    this.#fitting = undefined;
    const view = { height: scroller.clientHeight, overflows: scroller.scrollHeight > scroller.clientHeight };
    const rowHeight = rowHeightForView(scene.layout, scene.metrics, view, this.#minRowHeight);
    if (rowHeight === undefined) return;
    this.#fittedRowHeight = rowHeight;
    // After this update has completed: asked for while it completes, Lit would call it a change made by the update
    // (dev mode warns); it still lays out before the frame is painted.
    queueMicrotask(() => this.host.requestUpdate());
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
