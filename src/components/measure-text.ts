import type { MeasureText } from '../render/layout.js';

/** A canvas-backed text measurer for the two label fonts, with a cache (titles repeat on every re-layout). */
export function canvasMeasure(family: string, scale = 1): MeasureText {
  const titleFont = `600 ${12.5 * scale}px`;
  const chipFont = `500 ${11 * scale}px`;
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  let current = '';
  return (text, chip = false) => {
    const key = `${chip ? 1 : 0}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        const font = `${chip ? chipFont : titleFont} ${family}`;
        if (font !== current) context.font = current = font; // setting the font is far dearer than measuring
        width = context.measureText(text).width;
      } else {
        width = text.length * (chip ? 6 : 7);
      }
      cache.set(key, width);
    }
    return width;
  };
}

/** The type size and row height the host's `--mt-font`, `--mt-font-scale` and `--mt-row-height` ask for. */
export class Typography {
  private measure?: MeasureText;
  private key = '';

  read(host: Element, defaultRowHeight: number): { measure: MeasureText; rowHeight: number } {
    const style = getComputedStyle(host);
    const family = style.getPropertyValue('--mt-font').trim() || 'system-ui, sans-serif';
    const scale = Number.parseFloat(style.getPropertyValue('--mt-font-scale')) || 1;
    if (!this.measure || this.key !== `${scale} ${family}`) {
      this.measure = canvasMeasure(family, scale);
      this.key = `${scale} ${family}`;
    }
    const rowHeight = Number.parseFloat(style.getPropertyValue('--mt-row-height')) || Math.round(defaultRowHeight * scale);
    return { measure: this.measure, rowHeight };
  }
}
