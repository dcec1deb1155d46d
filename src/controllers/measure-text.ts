import type { MeasureText } from '../render/layout.js';
import { NAME_WIDTH, nameFontSize, wrappedLines } from '../render/lanes.js';

/**
 * A canvas-backed measurer for the two label fonts. A label's width is the sum of its characters' widths, each
 * measured once: thousands of distinct titles cost a few table lookups instead of one canvas call each. Kerning
 * only ever narrows text, so the sum errs on the side of room.
 */
export function canvasMeasure(family: string, scale = 1): MeasureText {
  const fonts = [
    fontMeasure(`600 ${12.5 * scale}px ${family}`, 7 * scale),
    fontMeasure(`500 ${11 * scale}px ${family}`, 6 * scale),
  ];
  // Every layout measures every label again: a title's sum is kept, so an edit's layout costs one lookup per label.
  const texts = [new Map<string, number>(), new Map<string, number>()];
  return (text, chip = false) => {
    const style = chip ? 1 : 0;
    const known = texts[style]!;
    let width = known.get(text);
    if (width === undefined) {
      width = fonts[style]!(text);
      if (known.size >= TEXTS_KEPT) known.clear();
      known.set(text, width);
    }
    return width;
  };
}

/** Label widths kept per font; far more than a plan has labels, few enough that a long session's edits stay small. */
const TEXTS_KEPT = 50_000;

/**
 * A text's width in one font, as the sum of its characters' widths, each measured once on a canvas of its own (a
 * canvas switched between fonts pays for the switch on every new character). Most titles are ASCII: those
 * characters' widths are read from an array instead of a map.
 */
export function fontMeasure(font: string, fallback: number): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  const measure = (character: string): number => (context ? context.measureText(character).width : fallback);
  const ascii = new Float64Array(128).fill(NaN);
  const others = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code < 128) {
        let known = ascii[code]!;
        if (Number.isNaN(known)) ascii[code] = known = measure(text[index]!);
        width += known;
        continue;
      }
      // A character outside ASCII, as one code point (both halves of a surrogate pair).
      const character = String.fromCodePoint(text.codePointAt(index)!);
      let known = others.get(character);
      if (known === undefined) others.set(character, (known = measure(character)));
      width += known;
      index += character.length - 1;
    }
    return width;
  };
}

/** The type size and row height the host's `--mt-font`, `--mt-font-scale` and `--mt-row-height` ask for. */
export class Typography {
  private measure?: MeasureText;
  private nameLines?: (name: string) => number;
  private key = '';

  read(
    host: Element,
    defaultRowHeight: number,
  ): { measure: MeasureText; rowHeight: number; scale: number; nameLines: (name: string) => number } {
    const style = getComputedStyle(host);
    const family = style.getPropertyValue('--mt-font').trim() || 'system-ui, sans-serif';
    const scale = Number.parseFloat(style.getPropertyValue('--mt-font-scale')) || 1;
    if (!this.measure || !this.nameLines || this.key !== `${scale} ${family}`) {
      this.measure = canvasMeasure(family, scale);
      const size = nameFontSize(scale);
      const name = fontMeasure(`650 ${size}px ${family}`, size * 0.6);
      const lines = new Map<string, number>();
      this.nameLines = (text) => {
        let count = lines.get(text);
        if (count === undefined) lines.set(text, (count = wrappedLines(text, name, NAME_WIDTH)));
        return count;
      };
      this.key = `${scale} ${family}`;
    }
    const rowHeight =
      Number.parseFloat(style.getPropertyValue('--mt-row-height')) || Math.round(defaultRowHeight * scale);
    return { measure: this.measure, rowHeight, scale, nameLines: this.nameLines };
  }
}
