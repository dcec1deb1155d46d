import type { FontMeasure } from './page-layout.js';

/** Canvas-backed text widths in one font family, for any weight and size; cached, since titles repeat. */
export function fontMeasure(family: string): FontMeasure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = `${font} ${family}`;
        width = context.measureText(text).width;
      } else {
        width = text.length * Number.parseFloat(font.split(' ')[1] ?? '12') * 0.55;
      }
      cache.set(key, width);
    }
    return width;
  };
}
