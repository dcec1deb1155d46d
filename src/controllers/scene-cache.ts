import type { Audience } from '../model/audience.js';
import type { ISODate, Item, Party, Plan } from '../model/types.js';
import {
  DEFAULT_METRICS,
  MAX_TITLE_WIDTH,
  type LayoutMetrics,
  type MeasureText,
  type PlanLayout,
} from '../render/layout.js';
import { previewScene } from '../render/preview-scene.js';
import { buildScene, type Scene } from '../render/view-model.js';

export interface SceneRequest {
  plan: Plan;
  /** The plan of a gesture in progress, and the steps it moved. */
  preview?: { plan: Plan; changedIds?: readonly string[] | undefined } | undefined;
  audience: Audience;
  today: ISODate;
  dayWidth: number;
  minWidth: number;
  rowHeight: number;
  /** A bar's height: the row's less its gaps, at the type's row height (a fit that spreads rows keeps the bars). */
  barHeight: number;
  /** The height a lane head needs at the current type scale. */
  minLaneHeight: number;
  /** What each party's lane head needs; follows from `measure` and `minLaneHeight`, so it is not part of the key. */
  headHeight?: (party: Party) => number;
  measure: MeasureText;
  /** The type scale `measure` measures at; follows from it, so it is not part of the key either. */
  typeScale: number;
}

/** The layout metrics a request asks for. */
export function sceneMetrics(request: SceneRequest, keepRowsOf?: PlanLayout): LayoutMetrics {
  return {
    ...DEFAULT_METRICS,
    rowHeight: request.rowHeight,
    barHeight: request.barHeight,
    ownerChips: request.dayWidth >= 10,
    maxTitleWidth: MAX_TITLE_WIDTH * request.typeScale,
    minLaneHeight: request.minLaneHeight,
    headHeight: request.headHeight,
    keepRowsOf,
  };
}

/** The scene for a request, built afresh and not kept (to try scales while fitting). */
export const sceneFor = (request: SceneRequest): Scene =>
  buildScene({
    plan: request.plan,
    audience: request.audience,
    today: request.today,
    dayWidth: request.dayWidth,
    minWidth: request.minWidth,
    measure: request.measure,
    metrics: sceneMetrics(request),
  });

/** How many of the last committed step lists keep the layout they were drawn with (see `SceneCache.#recent`). */
const LAYOUTS_REMEMBERED = 8;

/** Whether a remembered layout was drawn at the zoom and for the audience asked for. */
const sameScale = (
  drawn: { dayWidth: number; audience: Audience },
  asked: { dayWidth: number; audience: Audience },
): boolean => drawn.dayWidth === asked.dayWidth && drawn.audience === asked.audience;

/** Where the minimum width is in the cache key. */
const MIN_WIDTH_KEY = 4;

/**
 * Keeps the scene (layout and everything derived) until something it depends on changes. Edits of the same plan at
 * the same zoom keep the time span, so nothing shifts under the pointer; previews are derived from the committed scene.
 */
export class SceneCache {
  scene?: Scene;
  /** The committed plan's scene while a preview is shown, to draw where moved steps were. */
  committed?: Scene;
  private key: unknown[] = [];
  /**
   * The layouts the last few committed step lists were drawn with, at each zoom and for each audience: an undo or a
   * redo comes back to a step list drawn a moment before, whose steps then take the rows they had there, not the ones
   * the edit in between left them in. A few, since each keeps its layout alive.
   */
  readonly #recent: { items: readonly Item[]; layout: PlanLayout; dayWidth: number; audience: Audience }[] = [];

  /**
   * A narrower or wider view (the side panel opening, a resize) changes nothing while the timeline is at least as
   * wide as it: an edit of the same plan keeps its span, so laying it out again would give the same scene.
   */
  #wideEnough(index: number, value: unknown): boolean {
    return index === MIN_WIDTH_KEY && this.scene !== undefined && (value as number) <= this.scene.scale.width;
  }

  update(request: SceneRequest): Scene {
    const shown = request.preview?.plan ?? request.plan;
    const key = [
      shown,
      request.audience,
      request.today,
      request.dayWidth,
      request.minWidth,
      request.rowHeight,
      request.barHeight,
      request.measure,
      request.minLaneHeight,
    ];
    if (this.scene && key.every((value, index) => value === this.key[index] || this.#wideEnough(index, value)))
      return this.scene;
    const previous = this.scene;
    const base = this.committed ?? previous;
    const changed = request.preview?.changedIds;
    const incremental =
      request.preview && changed && base
        ? previewScene(base, request.preview.plan, request.audience, changed, { acrossLanes: true })
        : undefined;
    if (request.preview) this.committed = base;
    else this.committed = undefined;
    const sameView =
      previous &&
      shown.id === (this.key[0] as Plan | undefined)?.id &&
      request.dayWidth === this.key[3] &&
      request.audience === this.key[1];
    const drawnBefore = this.#recent.find((drawn) => drawn.items === shown.items && sameScale(drawn, request));
    // A step list drawn before at another zoom only (an undo after a Fit or a zoom) is packed afresh, as that zoom
    // would draw it: the rows the undone edit left behind are no guide to the plan before it.
    const drawnElsewhere = !drawnBefore && this.#recent.some((drawn) => drawn.items === shown.items);
    const rowsOf = drawnBefore?.layout ?? (drawnElsewhere ? undefined : base?.layout);
    this.scene =
      incremental ??
      buildScene({
        plan: shown,
        audience: request.audience,
        today: request.today,
        dayWidth: request.dayWidth,
        minWidth: request.minWidth,
        measure: request.measure,
        // An edit keeps every step in the row it had before (before the gesture, for a drag) while it still fits there.
        metrics: sceneMetrics(request, sameView ? rowsOf : undefined),
        ...(sameView ? { keepSpan: [previous.scale.startDay, previous.scale.endDay] as [number, number] } : {}),
      });
    this.key = key;
    if (!request.preview) this.#remember(shown.items, this.scene.layout, request);
    return this.scene;
  }

  #remember(items: readonly Item[], layout: PlanLayout, { dayWidth, audience }: SceneRequest): void {
    const at = this.#recent.findIndex((drawn) => drawn.items === items && sameScale(drawn, { dayWidth, audience }));
    if (at >= 0) this.#recent.splice(at, 1);
    this.#recent.push({ items, layout, dayWidth, audience });
    if (this.#recent.length > LAYOUTS_REMEMBERED) this.#recent.shift();
  }
}
