import { html, nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { PartyMove } from '../model/analysis.js';
import type { LaneBox } from './layout.js';

export const SIDE_LABEL = { seller: 'Seller', buyer: 'Buyer', partner: 'Partner' } as const;

/** Lane backgrounds (alternating tint per side) under the grid. */
export function laneBackgrounds(lanes: readonly LaneBox[], width: number) {
  return lanes.map((lane) => svg`<rect class="lane-bg side-${lane.party.side} ${lane.index % 2 ? 'odd' : 'even'}"
    part="lane" data-party-id=${lane.party.id} x="0" y=${lane.y} width=${width} height=${lane.height}></rect>`);
}

export function laneSeparators(lanes: readonly LaneBox[], width: number) {
  return lanes.slice(1).map((lane) => svg`<line class="lane-sep" x1="0" x2=${width} y1=${lane.y} y2=${lane.y}></line>`);
}

/**
 * The sticky cells at the left: party, side, and how many steps it still owes ("whose move it is"). With
 * `editParty` the name is a button that opens the lane's details.
 */
export function laneHeaders(lanes: readonly LaneBox[], moves: ReadonlyMap<string, PartyMove>, nextPartyId: string | undefined, editParty?: (id: string) => void) {
  return lanes.map((lane) => {
    const open = moves.get(lane.party.id)?.open ?? [];
    const next = open[0];
    // A colour is only ever set as a custom property's value, never spliced into style text.
    const style = { top: `${lane.y}px`, height: `${lane.height}px`, ...(lane.party.color ? { '--side': lane.party.color } : {}) };
    const { name } = lane.party;
    return html`<div class="lane-head side-${lane.party.side}" style=${styleMap(style)} data-party-head=${lane.party.id}>
      ${editParty
        ? html`<button type="button" class="party-name" title=${`${name}: rename, recolour, move or remove this lane`} @click=${() => editParty(lane.party.id)}>${name}</button>`
        : html`<div class="party-name" title=${name}>${name}</div>`}
      <div class="party-meta" aria-hidden="true">
        <span class="side-pill">${SIDE_LABEL[lane.party.side]}</span>
        <span class="open-count">${open.length} open</span>
        ${nextPartyId === lane.party.id ? html`<span class="next-move" title=${next ? `Next: ${next.title}` : ''}>Next move</span>` : nothing}
      </div>
    </div>`;
  });
}
