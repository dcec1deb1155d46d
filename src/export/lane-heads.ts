import { nothing, svg } from 'lit';
import type { NextMove } from '../model/analysis.js';
import { AXIS_HEIGHT } from '../render/axis.js';
import type { FontMeasure, Rect } from './page-layout.js';
import { ellipsize } from '../render/step-box.js';
import { sideStyle } from './side-color.js';
import type { LaneBox } from '../render/layout.js';
import { MAX_NAME_LINES, SIDE_LABEL } from '../render/lanes.js';
import { HEAD_WIDTH } from '../render/axis.js';

const NAME_FONT = '650 13.5px';
const META_FONT = '600 11px';
const PADDING = 14;
const EDGE = 4;
const NAME_WIDTH = HEAD_WIDTH - EDGE - 2 * PADDING;
/** Where the first name line's middle sits below the lane's top, the distance between lines, and the meta row below. */
const NAME_TOP = 21;
const NAME_LINE = 16;
const META_BELOW_NAME = 22;
/** Below the meta row's middle: half a pill and the head's bottom padding. */
const META_BOTTOM = 8 + 13;

/**
 * A party's name in the lines a lane head gives it, wrapped at spaces as the element's heads wrap it: a slide shows
 * the whole name, not its first words. Past the last line the name ends in an ellipsis.
 */
export function nameLines(name: string, measure: FontMeasure): string[] {
  const fits = (text: string): boolean => measure(text, NAME_FONT) <= NAME_WIDTH;
  const lines: string[] = [];
  // Breaks at spaces, and after hyphens: "Northwind-Implementation-Services" wraps as the element's heads wrap it.
  const pieces = name
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, at) => ({ part, glued: at > 0 })));
  const joined = (line: string, piece: { part: string; glued: boolean }): string =>
    line === '' ? piece.part : piece.glued ? `${line}${piece.part}` : `${line} ${piece.part}`;
  let line = '';
  for (const [index, piece] of pieces.entries()) {
    const longer = joined(line, piece);
    if (line === '' || fits(longer)) {
      line = longer;
      continue;
    }
    if (lines.length === MAX_NAME_LINES - 1) {
      line = pieces.slice(index).reduce(joined, line);
      break;
    }
    lines.push(line);
    line = piece.part;
  }
  lines.push(line);
  return lines.map((text) => ellipsize(text, NAME_WIDTH, (part) => measure(part, NAME_FONT)));
}

/** The height a lane head needs on the picture for a name of `lines` lines: a lane is at least this tall. */
export const exportHeadHeight = (lines: number, minimum: number): number =>
  Math.max(minimum, Math.ceil(NAME_TOP + (lines - 1) * NAME_LINE + META_BELOW_NAME + META_BOTTOM));

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
  return svg`<g class="x-heads">
    <rect class="x-head-bg" x=${heads.x} y=${heads.y - AXIS_HEIGHT} width=${heads.width} height=${heads.height + AXIS_HEIGHT}></rect>
    <text class="x-corner" x=${textX - EDGE} y=${heads.y - 15} dy="0.35em">${corner}</text>
    <line class="x-rule strong" x1=${heads.x} x2=${heads.x + heads.width} y1=${heads.y - 0.5} y2=${heads.y - 0.5}></line>
    ${lanes.map((lane) => {
      const top = heads.y + lane.y;
      const open = moves.get(lane.party.id)?.openCount ?? 0;
      const name = nameLines(lane.party.name, measure);
      const metaY = top + NAME_TOP + (name.length - 1) * NAME_LINE + META_BELOW_NAME;
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
        ${name.map((line, index) => svg`<text class="x-party" x=${textX} y=${top + NAME_TOP + index * NAME_LINE} dy="0.35em">${line}</text>`)}
        ${side.template}
        <text class="x-open" x=${countX} y=${metaY} dy="0.35em">${count}</text>
        ${next}
      </g>`;
    })}
    <line class="x-rule" x1=${heads.x + heads.width - 0.5} x2=${heads.x + heads.width - 0.5} y1=${heads.y - AXIS_HEIGHT} y2=${heads.y + heads.height}></line>
  </g>`;
}
