import { AXIS_HEIGHT } from './geometry.js';
import type { ItemBox, LaneBox, LayoutMetrics, PlanLayout } from './layout.js';
import { clampDayWidth } from './scale.js';
import type { Scene } from './view-model.js';

/** Room after a fitted plan's last label and before its first step, so nothing touches the edge. */
export const FIT_MARGIN = 16;

/** Room drawn after the last marker pill or step label (px), so neither touches the end of the scrolled area. */
export const PILL_ROOM = 24;

/** Room for the lock drawn after an internal step's label. */
const LOCK_WIDTH = 22;

/** The share of a fitted width one step's label may claim past its bar; a longer label runs past the view's edge. */
export const MAX_LABEL_SHARE = 0.4;

/**
 * Where a step's drawing ends on the right: its bar, or its label (and lock) past it, counted at most `labelCap`
 * pixels past the bar, so one long title cannot shrink the whole plan to a sliver of the view.
 */
export function stepRight(box: ItemBox, labelCap = Infinity): number {
  if (box.labelInside) return box.x + box.width;
  const end = box.labelX + box.labelWidth + (box.item.internal ? LOCK_WIDTH : 0);
  return Math.min(end, box.x + box.width + labelCap);
}

/**
 * What a fit must show, in timeline pixels: the days from `first` to `last` (inclusive), every step with its label
 * (counted up to `labelCap` past its bar), and the pills of the markers that fall on those days.
 */
export function contentExtent(
  scene: Scene,
  first: number,
  last: number,
  labelCap = Infinity,
): { left: number; right: number } {
  const { scale } = scene;
  const from = scale.x(first);
  const to = scale.x(last + 1);
  let left = from;
  let right = to;
  for (const box of scene.layout.items) {
    left = Math.min(left, box.x);
    right = Math.max(right, stepRight(box, labelCap));
  }
  for (const marker of scene.markers) {
    if (marker.hidden || marker.x < from || marker.x > to) continue;
    left = Math.min(left, marker.pillX);
    right = Math.max(right, marker.pillX + marker.pillWidth);
  }
  return { left, right };
}

/**
 * The scene at the largest day width at which `need(scene)` (the pixels the plan takes) is at most `available`: a
 * few proportional steps, since labels and pills keep their size whatever the day width. When nothing fits, the
 * narrowest scene tried.
 */
export function fitDayWidth(
  build: (dayWidth: number) => Scene,
  need: (scene: Scene) => number,
  available: number,
  initialDayWidth: number,
): Scene {
  let dayWidth = clampDayWidth(initialDayWidth);
  let scene = build(dayWidth);
  let best: Scene | undefined;
  for (let step = 0; step < 10; step += 1) {
    const needed = need(scene);
    if (needed <= available && (!best || dayWidth > best.scale.dayWidth)) best = scene;
    if (needed <= available && needed >= available * 0.97) break;
    const next = clampDayWidth((dayWidth * (available - 6)) / needed);
    if (Math.abs(next - dayWidth) < 1e-3) break;
    dayWidth = next;
    scene = build(dayWidth);
  }
  return best ?? scene;
}

/** The least of a fitted view the plan's days take, whatever its labels and pills need beside them. */
const MIN_DAYS_SHARE = 0.5;
/** The most of a fitted view the empty days before a plan may take, rather than be scrolled past. */
const MAX_LEAD_SHARE = 0.12;

/**
 * The scene that shows `days` days, with what `extent` says they need, in `available` pixels, and how far into it the
 * view starts. The few days the axis starts before the plan (from a Monday) are shown rather than scrolled past, so a
 * fitted plan leaves nothing to scroll; a plan far from the axis's start (today long before it) is scrolled to. In a
 * narrow view, labels and marker pills (which keep their size) could squeeze the days to a sliver: the days keep half
 * the view at least, and what does not fit beside them is scrolled to.
 */
export function fitScene(
  build: (dayWidth: number) => Scene,
  extent: (scene: Scene) => { left: number; right: number },
  days: number,
  available: number,
): { scene: Scene; scrollLeft: number } {
  const lead = (left: number) => (left - FIT_MARGIN <= available * MAX_LEAD_SHARE ? 0 : Math.max(0, left - FIT_MARGIN));
  const need = (scene: Scene) => {
    const { left, right } = extent(scene);
    return lead(left) === 0 ? right - FIT_MARGIN : right - left;
  };
  const fitted = fitDayWidth(build, need, available, available / days);
  const floor = clampDayWidth((available * MIN_DAYS_SHARE) / days);
  const scene = fitted.scale.dayWidth < floor ? build(floor) : fitted;
  return { scene, scrollLeft: lead(extent(scene).left) };
}

/**
 * The tallest row height, at most `max` (the metrics' own by default) and at least `min`, at which the lanes fit
 * `height` pixels. Row counts do not depend on the row height (steps share a row by their dates and label widths),
 * so the lanes keep their rows; a lane is never lower than its head needs.
 */
export function rowHeightToFit(
  lanes: readonly LaneBox[],
  metrics: LayoutMetrics,
  height: number,
  min: number,
  max = metrics.rowHeight,
): number {
  const total = (rowHeight: number): number =>
    lanes.reduce(
      (sum, lane) =>
        sum +
        Math.max(
          metrics.headHeight?.(lane.party) ?? metrics.minLaneHeight,
          lane.rows * rowHeight + 2 * metrics.lanePadding,
        ),
      0,
    );
  for (let rowHeight = Math.floor(max); rowHeight > min; rowHeight -= 1)
    if (total(rowHeight) <= height) return rowHeight;
  return Math.min(min, max);
}

/** The lowest row a fit compacts to, at type scale 1: a bar of 16 px still holds its label. */
export const MIN_FIT_ROW_HEIGHT = 28;
/** A bar's height in a row of that height: the row less its gaps, and never too low for its label. */
export const barHeightIn = (rowHeight: number): number => Math.max(14, rowHeight - 12);
/** The most a fit grows rows to fill the element's height: more would spread the steps apart. */
const FILL_LIMIT = 2;

/**
 * The rows and bars drawn at the type's row height once a fit chose `fitted`: a fit that spreads rows keeps the bars
 * as they were; one that compacts rows makes the bars lower with them.
 */
export function fittedRows(typeRowHeight: number, fitted = typeRowHeight): { rowHeight: number; barHeight: number } {
  return {
    rowHeight: Math.min(fitted, typeRowHeight * FILL_LIMIT),
    barHeight: barHeightIn(Math.min(fitted, typeRowHeight)),
  };
}
/** Free height below the lanes a fit leaves as it is: an element sized to its content has a pixel or two. */
const FILL_SLACK = 8;

/**
 * The row height that fits the lanes to a view of `height` pixels (the axis included), or undefined to keep the one
 * drawn: compact enough when they `overflow` it, taller (up to `FILL_LIMIT` times) when the element is given much
 * more height than the lanes take, so a short plan fills a presentation's screen. An element that grows with its
 * plan has no such room.
 */
export function rowHeightForView(
  layout: PlanLayout,
  metrics: LayoutMetrics,
  view: { height: number; overflows: boolean },
  min: number,
): number | undefined {
  const room = view.height - AXIS_HEIGHT - 2;
  if (room <= 0 || (!view.overflows && room - layout.height < FILL_SLACK)) return undefined;
  const drawn = metrics.rowHeight;
  const most = view.overflows ? drawn : Math.floor(drawn * FILL_LIMIT);
  const rowHeight = rowHeightToFit(layout.lanes, metrics, room, min, most);
  return rowHeight === drawn ? undefined : rowHeight;
}
