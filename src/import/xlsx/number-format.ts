import { elements } from './xml.js';

/** Excel's built-in date formats (14–22 dates and date-times, 45–47 minutes and seconds are times but ship as dates). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a custom format code shows a date: a d, m or y outside quotes, escapes and `[...]` (colours, locales). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

/** For each cell style index (a cell's `s`), whether it shows a date. */
export function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const format of elements(stylesXml, 'numFmt'))
    custom.set(Number(format.attributes['numFmtId']), format.attributes['formatCode'] ?? '');
  const cellXfs = elements(stylesXml, 'cellXfs')[0];
  if (!cellXfs) return [];
  return elements(cellXfs.inner, 'xf').map((xf) => {
    const id = Number(xf.attributes['numFmtId'] ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code);
  });
}
