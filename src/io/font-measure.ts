import type { FontMeasure } from '../render/export-layout.js';

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

/** Loads the faces the export sets text in, so neither measuring nor drawing falls back to another font. */
export async function loadExportFonts(family: string): Promise<void> {
  if (!document.fonts) return;
  const faces = ['400 14px', '500 11px', '500 12px', '600 11px', '600 12.5px', '650 13.5px', '700 24px'];
  await Promise.all(faces.map((face) => document.fonts.load(`${face} ${family}`).catch(() => [])));
  await document.fonts.ready;
}
