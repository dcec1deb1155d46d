import { planRange } from '../model/analysis.js';
import { visibleItems, type Audience } from '../model/audience.js';
import { parseDate } from '../model/dates.js';
import type { ISODate, Item, Plan } from '../model/types.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from '../render/axis.js';
import { exportHeadHeight, nameLines } from './lane-heads.js';
import { legendLayout, type LegendLayout } from './legend.js';
import { DEFAULT_METRICS, type MeasureText } from '../render/layout.js';
import { MAX_LABEL_SHARE, barHeightIn, fitDayWidth, stepRight } from '../render/fit.js';
import { visibleSpan } from '../render/scale.js';
import { CHIP_GAP, ellipsize, jointWidth, labelTitle } from '../render/step-box.js';
import { buildScene, type Scene } from '../render/view-model.js';

/** Width of a text set in a weight and size (`'600 12.5px'`) of the export's font family. */
export type FontMeasure = (text: string, font: string) => number;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportInput {
  /** The plan as the audience may see it. */
  plan: Plan;
  audience: Audience;
  today: ISODate;
  /** Width of the picture in CSS pixels. */
  width: number;
  measure: FontMeasure;
  rowHeight?: number;
}

/** Where everything goes in the exported picture, in CSS pixels from its top-left corner. */
export interface ExportLayout {
  width: number;
  height: number;
  today: ISODate;
  scene: Scene;
  header: Rect;
  /** The bordered box holding lane heads, axis and lanes. */
  frame: Rect;
  axis: Rect;
  /** The lanes; timeline coordinates start at its top-left corner. */
  body: Rect;
  heads: Rect;
  legend: LegendLayout;
}

export const EXPORT_MARGIN = 32;
export const HEADER_HEIGHT = 64;
const GAP = 18;
const MIN_WIDTH = 640;
const TITLE_FONT = '600 12.5px';
const CHIP_FONT = '500 11px';

/** The fonts of the scene's labels, as the element measures them. */
export const sceneMeasure =
  (measure: FontMeasure): MeasureText =>
  (text, chip) =>
    measure(text, chip ? CHIP_FONT : TITLE_FONT);

export function exportLayout(input: ExportInput): ExportLayout {
  const width = Math.max(MIN_WIDTH, Math.round(input.width));
  const inner = width - 2 * EXPORT_MARGIN;
  const scene = fitScene(input, inner - HEAD_WIDTH);
  const header = { x: EXPORT_MARGIN, y: EXPORT_MARGIN, width: inner, height: HEADER_HEIGHT };
  const frame = {
    x: EXPORT_MARGIN,
    y: header.y + HEADER_HEIGHT + GAP,
    width: inner,
    height: AXIS_HEIGHT + scene.layout.height,
  };
  const axis = { x: frame.x + HEAD_WIDTH, y: frame.y, width: inner - HEAD_WIDTH, height: AXIS_HEIGHT };
  const body = { x: axis.x, y: frame.y + AXIS_HEIGHT, width: axis.width, height: scene.layout.height };
  const heads = { x: frame.x, y: body.y, width: HEAD_WIDTH, height: scene.layout.height };
  const legend = legendLayout(scene, input.today, input.measure, {
    x: EXPORT_MARGIN,
    y: frame.y + frame.height + GAP,
    width: inner,
  });
  return {
    width,
    height: Math.ceil(legend.y + legend.height + EXPORT_MARGIN),
    today: input.today,
    scene,
    header,
    frame,
    axis,
    body,
    heads,
    legend,
  };
}

/** A step's shape (bar, diamond or gate) in picture coordinates. */
export function stepRect(layout: ExportLayout, id: string): Rect | undefined {
  const box = layout.scene.layout.byId.get(id);
  return box && { x: layout.body.x + box.x, y: layout.body.y + box.y, width: box.width, height: box.height };
}

/**
 * The scene at the largest day width at which the whole plan, labels included, fits the available width: a few
 * proportional steps, since labels and padding do not scale with the day width.
 */
function fitScene(input: ExportInput, available: number): Scene {
  const rowHeight = input.rowHeight ?? DEFAULT_METRICS.rowHeight;
  const measure = sceneMeasure(input.measure);
  // Lane names wrap the same at every day width: measured once for all the scenes tried.
  const headHeights = new Map(
    input.plan.parties.map((party) => [
      party.id,
      exportHeadHeight(nameLines(party.name, input.measure).length, DEFAULT_METRICS.minLaneHeight),
    ]),
  );
  const build = (dayWidth: number, plan = input.plan): Scene =>
    buildScene({
      plan,
      audience: input.audience,
      today: input.today,
      dayWidth,
      minWidth: available,
      measure,
      metrics: {
        ...DEFAULT_METRICS,
        rowHeight,
        barHeight: barHeightIn(rowHeight),
        ownerChips: dayWidth >= 10,
        headHeight: (party) => headHeights.get(party.id) ?? DEFAULT_METRICS.minLaneHeight,
      },
    });
  const [first, last] = extent(input);
  const scene = fitDayWidth(
    build,
    (scene) => neededWidth(scene, first, last, available * MAX_LABEL_SHARE),
    available,
    (available - 240) / (last - first + 12),
  );
  const shortened = labelsThatFit(scene, available, input.measure);
  if (shortened.size === 0) return scene;
  const items = input.plan.items.map((item) => {
    const label = shortened.get(item.id);
    return label ? { ...item, ...label } : item;
  });
  return build(scene.scale.dayWidth, { ...input.plan, items });
}

/** What a step's label gives up to end inside the picture: its owner chip, then the end of its title. */
type ShorterLabel = Partial<Pick<Item, 'title' | 'owner' | 'role'>>;

/**
 * The labels too long to end inside the picture (a label may take only a share of its width), each shortened so that
 * it ends at the picture's edge, chips and lock included. The owner chip gives way first (the step's lane names its
 * side); then the title is shortened with an ellipsis: cut off at the edge, a title reads as a different one.
 */
function labelsThatFit(scene: Scene, available: number, measure: FontMeasure): Map<string, ShorterLabel> {
  const edge = available - 8;
  const shortened = new Map<string, ShorterLabel>();
  for (const box of scene.layout.items) {
    if (box.labelInside || stepRight(box) <= edge) continue;
    const glyph = box.titleWidth - Math.ceil(measure(box.title, TITLE_FONT));
    const lock = stepRight(box) - (box.labelX + box.labelWidth);
    // Room for the title once the owner chip is gone: the joint chips and the slip pill stay.
    const kept = jointWidth(box.joint) + (box.slipWidth ? CHIP_GAP + box.slipWidth : 0);
    const room = edge - box.labelX - kept - glyph - lock;
    const label: ShorterLabel = box.showOwner ? { owner: undefined, role: undefined } : {};
    const title = labelTitle(box.item.title);
    const shown = ellipsize(title, Math.max(room, 48), (text) => measure(text, TITLE_FONT));
    if (shown !== title) label.title = shown;
    shortened.set(box.item.id, label);
  }
  return shortened;
}

function extent(input: ExportInput): [number, number] {
  const range = planRange({ ...input.plan, items: visibleItems(input.plan, input.audience) });
  const today = parseDate(input.today);
  return range ? [Math.min(parseDate(range.start), today), parseDate(range.end)] : [today, today + 28];
}

/** Width the plan needs at the scene's day width: its padded span, or the rightmost label or marker pill if further. */
function neededWidth(scene: Scene, first: number, last: number, labelCap: number): number {
  const [start, end] = visibleSpan(first, last, scene.scale.dayWidth, 0);
  let right = (end - start) * scene.scale.dayWidth;
  for (const box of scene.layout.items) right = Math.max(right, stepRight(box, labelCap) + 12);
  for (const marker of scene.markers) if (!marker.hidden) right = Math.max(right, marker.pillX + marker.pillWidth + 4);
  return right;
}
