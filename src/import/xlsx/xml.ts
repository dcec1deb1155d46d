/**
 * Just enough XML for the parts of a workbook we read: elements found by local name (any namespace prefix),
 * attributes, and text with entities and OOXML's `_xHHHH_` escapes decoded. Nothing is fetched or evaluated.
 */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface Element {
  attributes: Record<string, string>;
  /** The raw inner XML ('' for an empty element). */
  inner: string;
}

/** Every element with this local name, in document order (not nested in one another). */
const patterns = new Map<string, RegExp>();

export function elements(xml: string, name: string): Element[] {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
    patterns.set(name, pattern);
  }
  return [...xml.matchAll(pattern)].map((match) => ({ attributes: attributes(match[1]!), inner: match[2] ?? '' }));
}

export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[match[1]!] = decodeText(match[2] ?? match[3] ?? '');
  }
  return out;
}

/** A string item (`<si>` or `<is>`): its `<t>` runs joined, leaving out phonetic guides (`<rPh>`). */
export function stringItem(inner: string): string {
  return elements(inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, ''), 't')
    .map((t) => decodeText(t.inner))
    .join('');
}
