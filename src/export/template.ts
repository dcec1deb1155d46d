import { html, svg } from 'lit';
import type { Plan } from '../model/types.js';
import { TIER_HEIGHT, axisTemplate, gridTemplate } from '../render/axis.js';
import { exportHeader } from './title-block.js';
import { exportLaneHeads } from './lane-heads.js';
import type { ExportLayout, FontMeasure } from './page-layout.js';
import { legendTemplate } from './legend.js';
import { cornerText } from '../render/header.js';
import { hatchDefs, itemTemplate } from '../render/items.js';
import { laneBackgrounds, laneSeparators } from '../render/lanes.js';
import { linkTemplate } from '../render/links.js';
import { markerLines, markerPills } from '../render/markers.js';
import { itemViews, visibleLinks, type ViewState } from '../render/view-model.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const FRAME_RADIUS = 10;

export interface ExportDrawing {
  plan: Plan;
  layout: ExportLayout;
  measure: FontMeasure;
  /** Fill behind everything; none when transparent. */
  background?: string;
  /** Size of the SVG viewport in pixels, when it differs from the layout (a PNG at scale 2 rasterises at twice the size). */
  pixelRatio?: number;
}

/**
 * The whole plan as one SVG: title block, lane heads, axis, every lane and step (nothing culled, no selection,
 * focus or handles), the today/target/projected lines and the legend.
 */
export function exportTemplate({ plan, layout, measure, background, pixelRatio = 1 }: ExportDrawing) {
  const { scene, frame, axis, body, heads, width, height } = layout;
  const state: ViewState = {
    today: layout.today,
    selection: new Set(),
    view: { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity },
  };
  const corner = cornerText(scene.layout.lanes.length, scene.items.length);
  // The axis is drawn a little wider than the rounded frame that clips it: a period cut off there is not named.
  const axisEnd = frame.x + frame.width - axis.x;
  const axisView = { left: 0, right: axisEnd, typeScale: 1, end: axisEnd };
  // Rounded past what any screen shows: a slide scaled up to 1920 wide is 1920, not 1919.9999999999998.
  const size = (value: number): number => Math.round(value * pixelRatio * 1000) / 1000;
  return html`<svg xmlns=${SVG_NS} class="mt-export" width=${size(width)} height=${size(height)}
    viewBox=${`0 0 ${width} ${height}`}>
    ${hatchDefs}
    <defs><clipPath id="mt-export-frame">
      <rect x=${frame.x} y=${frame.y} width=${frame.width} height=${frame.height} rx=${FRAME_RADIUS}></rect>
    </clipPath></defs>
    ${background ? svg`<rect class="x-page" width=${width} height=${height} fill=${background}></rect>` : ''}
    ${exportHeader(plan.title, plan.status, scene.verdict, state.today, layout.header, measure)}
    <g clip-path="url(#mt-export-frame)">
      <rect class="x-frame-bg" x=${frame.x} y=${frame.y} width=${frame.width} height=${frame.height}></rect>
      <svg class="axis" x=${axis.x} y=${axis.y} width=${axis.width} height=${axis.height}>
        ${axisTemplate(scene.tiers, scene.scale.width, axisView)}${markerPills(scene.markers, 2 * TIER_HEIGHT)}
      </svg>
      <svg class="body" x=${body.x} y=${body.y} width=${body.width} height=${Math.max(1, body.height)}>
        ${laneBackgrounds(scene.layout.lanes, scene.scale.width)}
        <g class="grid-layer">${gridTemplate(scene.tiers, scene.layout.height)}</g>
        ${laneSeparators(scene.layout.lanes, scene.scale.width)}
        ${markerLines(scene.markers, scene.layout.height)}
        <g class="links">${visibleLinks(scene, state).map(linkTemplate)}</g>
        <g class="steps">${itemViews(scene, state).map(itemTemplate)}</g>
      </svg>
      ${exportLaneHeads(scene.layout.lanes, scene.moves, scene.nextPartyId, heads, corner, measure)}
    </g>
    <rect class="x-frame" x=${frame.x + 0.5} y=${frame.y + 0.5} width=${frame.width - 1} height=${frame.height - 1} rx=${FRAME_RADIUS}></rect>
    ${legendTemplate(layout.legend)}
  </svg>`;
}
