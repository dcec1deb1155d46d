import { svg } from 'lit';
import type { AxisTiers, Band } from './ticks.js';

import { AXIS_HEIGHT, TIER_HEIGHT } from './geometry.js';

export { AXIS_HEIGHT, HEAD_WIDTH, MARKER_STRIP, TIER_HEIGHT } from './geometry.js';

/**
 * Where the axis is seen from: the part of the timeline on screen, the type scale its labels are set in, and where
 * the drawing ends (no scroll goes past it).
 */
export interface AxisView {
  left: number;
  right: number;
  typeScale: number;
  end?: number;
}

const WHOLE: AxisView = { left: 0, right: Infinity, typeScale: 1 };

/** Two tiers of time labels; a label is only drawn where its band is wide enough to hold it. */
export function axisTemplate(tiers: AxisTiers, width: number, view: AxisView = WHOLE, minLabelWidth = 14) {
  const viewLeft = view.left;
  return svg`
    <rect class="axis-bg" x="0" y="0" width=${width} height=${AXIS_HEIGHT}></rect>
    ${tiers.top.map((band) => {
      const labelWidth = topLabelWidth(band.label, view.typeScale);
      // Month and quarter names stay in view while their band is scrolled partly out of it.
      const x = Math.max(band.x + 8, Math.min(viewLeft + 8, band.x + band.width - labelWidth));
      return svg`<g class="tier top">
      <line x1=${band.x} x2=${band.x} y1="0" y2=${TIER_HEIGHT}></line>
      ${showsTopLabel(band, labelWidth, view) ? svg`<text x=${x} y=${TIER_HEIGHT / 2} dy="0.35em">${band.label}</text>` : ''}</g>`;
    })}
    ${tiers.bottom.map((band) => {
      // A period across an edge of the view, or cut by the end of the drawing, is named in its part on screen, when
      // that holds the name: never a name cut in two ("M" for "Mar") at an edge. Periods wholly off screen keep their
      // names, so a scroll finds them drawn.
      const end = band.x + band.width;
      const start = band.x < viewLeft && end > viewLeft ? viewLeft : band.x;
      const right = band.x < view.right && end > view.right ? view.right : end;
      const shown = Math.min(right, view.end ?? end) - start;
      const room =
        shown < band.width ? Math.max(minLabelWidth, bottomLabelWidth(band.label, view.typeScale)) : minLabelWidth;
      return svg`<g class="tier bottom">
      <line x1=${band.x} x2=${band.x} y1=${TIER_HEIGHT} y2=${2 * TIER_HEIGHT}></line>
      ${shown >= room ? svg`<text x=${start + shown / 2} y=${TIER_HEIGHT * 1.5} dy="0.35em" text-anchor="middle">${band.label}</text>` : ''}
    </g>`;
    })}
    <line class="axis-rule" x1="0" x2=${width} y1=${TIER_HEIGHT} y2=${TIER_HEIGHT}></line>
    <line class="axis-rule" x1="0" x2=${width} y1=${2 * TIER_HEIGHT} y2=${2 * TIER_HEIGHT}></line>
    <line class="axis-rule strong" x1="0" x2=${width} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}></line>`;
}

/** A month or quarter name's width and room, estimated: 12 px semi-bold type averages 7.5 px a character. */
const topLabelWidth = (label: string, typeScale: number): number => label.length * 7.5 * typeScale + 12;

/** A day, week or month name's width and room, estimated: 11 px type averages 7 px a character. */
const bottomLabelWidth = (label: string, typeScale: number): number => label.length * 7 * typeScale + 6;

/**
 * Whether a month or quarter name is drawn: its band holds it, and so does the band's part on screen. A band that
 * starts just before the right edge, or ends just after the left one, shows its grid line alone, not a name cut in
 * two ("Mar 202", "ov 2026"), which is what a fitted plan, shown whole in a meeting or a screenshot, would otherwise
 * begin or end on.
 */
function showsTopLabel(band: Band, labelWidth: number, view: AxisView): boolean {
  return band.width >= labelWidth && view.right - band.x >= labelWidth && band.x + band.width - view.left >= labelWidth;
}

/** Weekend shading and the vertical grid under the lanes. */
export function gridTemplate(tiers: AxisTiers, height: number | '100%') {
  return svg`
    ${tiers.weekends.map((band) => svg`<rect class="weekend" x=${band.x} y="0" width=${band.width} height=${height}></rect>`)}
    ${tiers.bottom.map((band) => svg`<line class="grid" x1=${band.x} x2=${band.x} y1="0" y2=${height}></line>`)}
    ${tiers.top.map((band) => svg`<line class="grid strong" x1=${band.x} x2=${band.x} y1="0" y2=${height}></line>`)}`;
}
