import type { MeasureText } from '../render/layout.js';
import { NAME_WIDTH, nameFontSize, wrappedLines } from '../render/lanes.js';

/**
 * A canvas-backed measurer for the two label fonts. A label's width is the sum of its characters' widths, each
 * measured once: thousands of distinct titles cost a few table lookups instead of one canvas call each. Kerning
 * only ever narrows text, so the sum errs on the side of room.
 */
export function canvasMeasure(family: string, scale = 1): MeasureText {
  const fonts = [`600 ${12.5 * scale}px ${family}`, `500 ${11 * scale}px ${family}`];
  const context = document.createElement('canvas').getContext('2d');
  const characters = [new Map<string, number>(), new Map<string, number>()];
  let current = '';
  const characterWidth = (character: string, style: 0 | 1): number => {
    let width = characters[style]!.get(character);
    if (width === undefined) {
      if (context) {
        if (fonts[style] !== current) context.font = current = fonts[style]!; // setting the font is the dear part
        width = context.measureText(character).width;
      } else {
        width = style === 1 ? 6 * scale : 7 * scale;
      }
      characters[style]!.set(character, width);
    }
    return width;
  };
  // Every layout measures every label again: a title's sum is kept, so an edit's layout costs one lookup per label.
  const texts = [new Map<string, number>(), new Map<string, number>()];
  // Most titles are ASCII: their characters' widths are read from an array instead of a map.
  const asciiWidths = [new Float64Array(128).fill(NaN), new Float64Array(128).fill(NaN)];
  return (text, chip = false) => {
    const style = chip ? 1 : 0;
    const known = texts[style]!;
    let width = known.get(text);
    if (width === undefined) {
      width = 0;
      const ascii = asciiWidths[style]!;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code < 128) {
          let known = ascii[code]!;
          if (Number.isNaN(known)) ascii[code] = known = characterWidth(text[index]!, style);
          width += known;
        } else {
          // A character outside ASCII, as one code point (both halves of a surrogate pair).
          const character = String.fromCodePoint(text.codePointAt(index)!);
          width += characterWidth(character, style);
          index += character.length - 1;
        }
      }
      if (known.size >= TEXTS_KEPT) known.clear();
      known.set(text, width);
    }
    return width;
  };
}

/** Label widths kept per font; far more than a plan has labels, few enough that a long session's edits stay small. */
const TEXTS_KEPT = 50_000;

/** A canvas-backed measurer for one font, summing cached character widths (see `canvasMeasure`). */
export function fontMeasure(font: string, fallback: number): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  const characters = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (const character of text) {
      let known = characters.get(character);
      if (known === undefined)
        characters.set(character, (known = context ? context.measureText(character).width : fallback));
      width += known;
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
