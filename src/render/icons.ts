import { svg } from 'lit';
import type { StatusGlyph } from './step-box.js';

/** Small status glyphs drawn in a 12×12 box at (x, y), so status never depends on colour alone. */
export function glyph(kind: StatusGlyph, x: number, y: number) {
  const at = `translate(${x},${y})`;
  switch (kind) {
    case 'done':
      return svg`<path class="glyph" transform=${at} d="M2 6.5 L5 9.5 L10.5 3" />`;
    case 'blocked':
      return svg`<g class="glyph" transform=${at}><circle cx="6" cy="6" r="5" /><path d="M3 9 L9 3" /></g>`;
    case 'progress':
      return svg`<g class="glyph" transform=${at}><circle cx="6" cy="6" r="5" /><path class="fill" d="M6 1 A5 5 0 0 1 6 11 Z" /></g>`;
    case 'cancelled':
      return svg`<path class="glyph" transform=${at} d="M3 3 L9 9 M9 3 L3 9" />`;
  }
}

/** A padlock marking seller-only steps. */
export function lock(x: number, y: number) {
  return svg`<g class="lock" transform=${`translate(${x},${y})`}><rect x="1" y="5" width="9" height="7" rx="1.5" /><path d="M3 5 V3.5 a2.5 2.5 0 0 1 5 0 V5" /></g>`;
}
