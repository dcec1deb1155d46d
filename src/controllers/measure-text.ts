import type { MeasureText } from '../render/layout.js';
import { DEFAULT_FONT_FAMILY } from '../render/fonts.js';
import { NAME_WIDTH, nameFontSize, wrappedLines } from '../render/lanes.js';

/**
 * A canvas-backed measurer for the two label fonts. A label's width is the sum of its characters' widths, each
 * measured once: thousands of distinct titles cost a few table lookups instead of one canvas call each. Kerning
 * only ever narrows text, so the sum errs on the side of room.
 */
export function canvasMeasure(family: string, scale = 1): MeasureText {
  const key = `${scale} ${family}`;
  let known = labelMeasures.get(key);
  if (!known) labelMeasures.set(key, (known = labelMeasure(family, scale)));
  return known;
}

/** Label measurers by scale and family, shared by every element of the page, like the widths they keep. */
const labelMeasures = new Map<string, MeasureText>();

function labelMeasure(family: string, scale: number): MeasureText {
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
  let known = fontMeasures.get(font);
  if (!known) fontMeasures.set(font, (known = characterMeasure(font, fallback)));
  return known;
}

/**
 * One measurer per font for the whole page: a font's first measurements on a canvas cost several milliseconds, which
 * every element paid again, each on a canvas of its own.
 */
const fontMeasures = new Map<string, (text: string) => number>();

function characterMeasure(font: string, fallback: number): (text: string) => number {
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
    // Written as the default is, so that the default type finds the measurers warmed for it (see below).
    const family = (style.getPropertyValue('--mt-font').trim() || DEFAULT_FONT_FAMILY).replace(/\s*,\s*/g, ', ');
    const scale = Number.parseFloat(style.getPropertyValue('--mt-font-scale')) || 1;
    const key = `${scale} ${family} ${fontsLoaded}`;
    if (!this.measure || !this.nameLines || this.key !== key) {
      this.measure = canvasMeasure(family, scale);
      const name = laneNameMeasure(family, scale);
      const lines = new Map<string, number>();
      this.nameLines = (text) => {
        let count = lines.get(text);
        if (count === undefined) lines.set(text, (count = wrappedLines(text, name, NAME_WIDTH)));
        return count;
      };
      this.key = key;
    }
    const rowHeight =
      Number.parseFloat(style.getPropertyValue('--mt-row-height')) || Math.round(defaultRowHeight * scale);
    return { measure: this.measure, rowHeight, scale, nameLines: this.nameLines };
  }
}

/** How many times web fonts finished loading on the page: widths measured before may have been of a fallback. */
let fontsLoaded = 0;
let forgetsOnLoad = false;

/**
 * Calls `changed` whenever web fonts finish loading, after every width measured before has been forgotten: a label
 * measured while its font was still loading was measured in the fallback font, and would overflow its background.
 * Returns the unsubscribe.
 */
export function watchFontLoads(changed: () => void): () => void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return () => {};
  if (!forgetsOnLoad) {
    forgetsOnLoad = true;
    fonts.addEventListener('loadingdone', () => {
      fontMeasures.clear();
      labelMeasures.clear();
      fontsLoaded += 1;
    });
  }
  fonts.addEventListener('loadingdone', changed);
  return () => fonts.removeEventListener('loadingdone', changed);
}

const laneNameMeasure = (family: string, scale: number) => {
  const size = nameFontSize(scale);
  return fontMeasure(`650 ${size}px ${family}`, size * 0.6);
};

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');

/**
 * Measures the characters of the default type, in every font the timeline draws with, once the page is idle after
 * the element is defined: the first plan then lays out without waiting for the canvas to load each font.
 */
export function measureDefaultFontsWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function' || typeof document === 'undefined') return;
  requestIdleCallback(() => {
    const labels = canvasMeasure(DEFAULT_FONT_FAMILY);
    labels(PRINTABLE_ASCII);
    labels(PRINTABLE_ASCII, true);
    laneNameMeasure(DEFAULT_FONT_FAMILY, 1)(PRINTABLE_ASCII);
  });
}
