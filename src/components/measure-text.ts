import type { MeasureText } from '../render/layout.js';

/** A canvas-backed text measurer for the two label fonts, with a cache (titles repeat on every re-layout). */
export function canvasMeasure(family: string, titleFont = '600 12.5px', chipFont = '500 11px'): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, chip = false) => {
    const key = `${chip ? 1 : 0}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = `${chip ? chipFont : titleFont} ${family}`;
        width = context.measureText(text).width;
      } else {
        width = text.length * (chip ? 6 : 7);
      }
      cache.set(key, width);
    }
    return width;
  };
}
