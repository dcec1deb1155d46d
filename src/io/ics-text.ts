import { isISODate } from '../model/dates.js';
import { safeText } from '../model/text.js';
import type { ISODate } from '../model/types.js';

/** RFC 5545 line length limit in octets, not counting the CRLF. */
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11). Control characters other than tab are not allowed in TEXT at all,
 * so they are dropped; every kind of line break becomes `\n`; lone surrogates and noncharacters are replaced as in
 * model/text.ts, so the file is valid UTF-8.
 */
export function escapeText(value: string): string {
  // eslint-disable-next-line no-control-regex -- iCalendar text may not hold control characters
  return safeText(value.replace(/\r\n|\r|\n/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')).replace(
    /[\\;,\n]/g,
    (char) => (char === '\n' ? '\\n' : `\\${char}`),
  );
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line into physical lines of at most 75 UTF-8 octets, joined by CRLF and a space
 * (RFC 5545 §3.1). Splits only between code points, so no multi-byte character is cut in two.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // Continuation lines begin with the folding space, which counts towards their 75 octets.
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** `2026-03-20` → `20260320` (a DATE value). */
export function icsDate(date: ISODate): string {
  if (!isISODate(date)) throw new RangeError(`${JSON.stringify(date)} is not a date (expected YYYY-MM-DD)`);
  return date.replaceAll('-', '');
}

/** A UTC DATE-TIME such as `20260301T093000Z`, from an ISO timestamp (`2026-03-01T09:30:00.000Z`) or as is. */
export function icsTimestamp(timestamp: string): string {
  if (/^\d{8}T\d{6}Z$/.test(timestamp)) return timestamp;
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) throw new RangeError(`${JSON.stringify(timestamp)} is not a timestamp`);
  return new Date(time)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
