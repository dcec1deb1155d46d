import { html, nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { NextMove } from '../model/analysis.js';
import { isCssColor } from '../model/colors.js';
import { HEAD_WIDTH } from './geometry.js';
import type { LaneBox } from './layout.js';

export const SIDE_LABEL = { seller: 'Seller', buyer: 'Buyer', partner: 'Partner' } as const;

/**
 * Lane backgrounds (alternating tint) under the grid, tinted with the party's own colour when it has one. The colour
 * is only ever the value of the `--side` custom property, set through the CSSOM, never spliced into style text.
 */
export function laneBackgrounds(lanes: readonly LaneBox[], width: number) {
  return lanes.map((lane) => {
    const color = isCssColor(lane.party.color) ? lane.party.color.trim() : undefined;
    return svg`<rect class="lane-bg side-${lane.party.side} ${lane.index % 2 ? 'odd' : 'even'} ${color ? 'party-color' : ''}"
      style=${styleMap(color ? { '--side': color } : {})} part="lane" data-party-id=${lane.party.id} x="0" y=${lane.y} width=${width} height=${lane.height}></rect>`;
  });
}

export function laneSeparators(lanes: readonly LaneBox[], width: number) {
  return lanes.slice(1).map((lane) => svg`<line class="lane-sep" x1="0" x2=${width} y1=${lane.y} y2=${lane.y}></line>`);
}

/** Width of a lane head's name line: the head column less its coloured edge and padding (see `.lane-head`). */
export const NAME_WIDTH = HEAD_WIDTH - 4 - 2 * 14;

/** The size of a party name at a type scale: it grows with `--mt-font-scale` only a little, so long names still fit. */
export const nameFontSize = (fontScale: number): number => 13.5 * Math.min(fontScale, 1.1);

/**
 * The height a lane head needs at a type scale (`--mt-font-scale`): its padding, the party name's lines (a name
 * wraps, never shortened) and two rows of badges (side, open steps, "Next move" wrap under the name when they do not
 * fit beside each other). Every lane is at least this tall, so whichever lane has the next move, its name stays
 * readable and nothing else moves.
 */
/** The lines a lane's name may take (the styles clamp `.party-name` to as many): a longer one ends in an ellipsis. */
export const MAX_NAME_LINES = 4;

export function laneHeadHeight(fontScale: number, nameLines = 1): number {
  // .party-name: font size and line height
  const name = nameFontSize(fontScale) * 1.2 * Math.min(MAX_NAME_LINES, Math.max(1, nameLines));
  const badges = 11 * fontScale * 1.3 + 2; // .party-meta line height, plus the pills' borders
  return Math.ceil(1 + 2 * 12 + name + 6 + 2 * badges + 4); // .lane-head border, padding and gap, .party-meta row gap
}

/** How many lines a text takes when wrapped at spaces into `width` pixels (a word wider than a line is broken). */
export function wrappedLines(text: string, measure: (text: string) => number, width: number): number {
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    const wordWidth = measure(word);
    if (used > 0 && used + space + wordWidth <= width) {
      used += space + wordWidth;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.max(0, Math.ceil(wordWidth / width) - 1);
    used = wordWidth % width || Math.min(wordWidth, width);
  }
  return lines;
}

/**
 * The sticky cells at the left: party, side, and how many steps it still owes ("whose move it is"). With
 * `editParty` the name is a button that opens the lane's details.
 */
export function laneHeaders(
  lanes: readonly LaneBox[],
  moves: ReadonlyMap<string, NextMove>,
  nextPartyId: string | undefined,
  editParty?: (id: string) => void,
) {
  return lanes.map((lane) => {
    const move = moves.get(lane.party.id);
    const next = move?.next;
    // A colour is only ever set as a custom property's value, never spliced into style text.
    const style = {
      top: `${lane.y}px`,
      height: `${lane.height}px`,
      ...(lane.party.color ? { '--side': lane.party.color } : {}),
    };
    const { name } = lane.party;
    return html`<div class="lane-head side-${lane.party.side}" style=${styleMap(style)} data-party-head=${lane.party.id}>
      ${
        editParty
          ? html`<button type="button" class="party-name" title=${`${name}: rename, recolour, move or remove this lane`} @click=${() => editParty(lane.party.id)}>${name}</button>`
          : html`<div class="party-name" title=${name}>${name}</div>`
      }
      <div class="party-meta" aria-hidden="true">
        <span class="side-pill">${SIDE_LABEL[lane.party.side]}</span>
        <span class="open-count">${move?.openCount ?? 0} open</span>
        ${nextPartyId === lane.party.id ? html`<span class="next-move" title=${next ? `Next: ${next.title}` : ''}>Next move</span>` : nothing}
      </div>
    </div>`;
  });
}
