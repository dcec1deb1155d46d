import { nothing, svg } from 'lit';
import type { NextMove } from '../model/analysis.js';
import { AXIS_HEIGHT } from '../render/axis.js';
import type { FontMeasure, Rect } from './page-layout.js';
import { ellipsize } from '../render/step-box.js';
import { sideStyle } from './side-color.js';
import type { LaneBox } from '../render/layout.js';
import { SIDE_LABEL } from '../render/lanes.js';

const NAME_FONT = '650 13.5px';
const META_FONT = '600 11px';
const PADDING = 14;
const EDGE = 4;

/** A small pill in the lane head's meta row; returns its template and width. */
function pill(text: string, className: string, x: number, y: number, measure: FontMeasure) {
  const width = measure(text, META_FONT) + 14;
  return {
    width,
    template: svg`<g class=${className}><rect x=${x} y=${y - 8} width=${width} height="16" rx="8"></rect>
      <text x=${x + width / 2} y=${y} dy="0.35em" text-anchor="middle">${text}</text></g>`,
  };
}

/**
 * The column of lane heads, drawn like the element's sticky HTML heads: party name, side, open steps and who has
 * the next move; plus the corner above them with the plan's size.
 */
export function exportLaneHeads(
  lanes: readonly LaneBox[],
  moves: ReadonlyMap<string, NextMove>,
  nextPartyId: string | undefined,
  heads: Rect,
  corner: string,
  measure: FontMeasure,
) {
  const textX = heads.x + EDGE + PADDING;
  const nameWidth = heads.width - EDGE - 2 * PADDING;
  return svg`<g class="x-heads">
    <rect class="x-head-bg" x=${heads.x} y=${heads.y - AXIS_HEIGHT} width=${heads.width} height=${heads.height + AXIS_HEIGHT}></rect>
    <text class="x-corner" x=${textX - EDGE} y=${heads.y - 15} dy="0.35em">${corner}</text>
    <line class="x-rule strong" x1=${heads.x} x2=${heads.x + heads.width} y1=${heads.y - 0.5} y2=${heads.y - 0.5}></line>
    ${lanes.map((lane) => {
      const top = heads.y + lane.y;
      const open = moves.get(lane.party.id)?.openCount ?? 0;
      const metaY = top + 43;
      const side = pill(SIDE_LABEL[lane.party.side], 'x-side-pill', textX, metaY, measure);
      const count = `${open} open`;
      const countX = textX + side.width + 6;
      const next =
        nextPartyId === lane.party.id
          ? pill('Next move', 'x-next', countX + measure(count, '400 11px') + 6, metaY, measure).template
          : nothing;
      return svg`<g class="x-lane side-${lane.party.side}" style=${sideStyle(lane.party.color)}>
        ${lane.index > 0 ? svg`<line class="x-rule" x1=${heads.x} x2=${heads.x + heads.width} y1=${top + 0.5} y2=${top + 0.5}></line>` : nothing}
        <rect class="x-head-edge" x=${heads.x} y=${top} width=${EDGE} height=${lane.height}></rect>
        <text class="x-party" x=${textX} y=${top + 21} dy="0.35em">${ellipsize(lane.party.name, nameWidth, (text) => measure(text, NAME_FONT))}</text>
        ${side.template}
        <text class="x-open" x=${countX} y=${metaY} dy="0.35em">${count}</text>
        ${next}
      </g>`;
    })}
    <line class="x-rule" x1=${heads.x + heads.width - 0.5} x2=${heads.x + heads.width - 0.5} y1=${heads.y - AXIS_HEIGHT} y2=${heads.y + heads.height}></line>
  </g>`;
}
