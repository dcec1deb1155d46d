/** Font files beyond this many bytes in total are left out (the picture then falls back to an installed font). */
const MAX_BYTES = 4_000_000;

/** The family names in a `font-family` list, unquoted and lower case. */
export const familyNames = (list: string): string[] =>
  list
    .split(',')
    .map((name) =>
      name
        .trim()
        .replace(/^(['"])(.*)\1$/, '$2')
        .toLowerCase(),
    )
    .filter(Boolean);

function fontFaceRules(rules: CSSRuleList, base: string, found: { rule: CSSFontFaceRule; base: string }[]): void {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSFontFaceRule) found.push({ rule, base });
    else if (rule instanceof CSSImportRule && rule.styleSheet) readSheet(rule.styleSheet, found);
    else if (rule instanceof CSSGroupingRule) fontFaceRules(rule.cssRules, base, found);
  }
}

function readSheet(sheet: CSSStyleSheet, found: { rule: CSSFontFaceRule; base: string }[]): void {
  try {
    fontFaceRules(sheet.cssRules, sheet.href ?? document.baseURI, found);
  } catch {
    // A cross-origin sheet without CORS cannot be read; its fonts are not embedded.
  }
}

async function dataURL(url: string): Promise<{ url: string; bytes: number }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  const blob = await response.blob();
  const reader = new FileReader();
  const read = new Promise<string>((resolve, reject) => {
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
  });
  reader.readAsDataURL(blob);
  return { url: await read, bytes: blob.size };
}

/**
 * The page's `@font-face` rules for the families the element sets text in, with their files inlined as data URLs:
 * an SVG drawn as an image loads nothing from outside, so without them it would fall back to an installed font and
 * no longer match the screen. Best effort: unreadable sheets and files that fail to load are skipped.
 */
export async function embeddedFontFaces(family: string): Promise<string> {
  const wanted = new Set(familyNames(family));
  const found: { rule: CSSFontFaceRule; base: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) readSheet(sheet, found);
  for (const sheet of document.adoptedStyleSheets ?? []) readSheet(sheet, found);
  let total = 0;
  const faces: string[] = [];
  for (const { rule, base } of found) {
    if (!familyNames(rule.style.getPropertyValue('font-family')).some((name) => wanted.has(name))) continue;
    // The first file listed is the preferred format; the others are fallbacks for older browsers.
    const source = /url\(\s*(['"]?)([^'")]+)\1\s*\)/.exec(rule.style.getPropertyValue('src'))?.[2];
    if (!source) continue;
    try {
      const file = source.startsWith('data:')
        ? { url: source, bytes: source.length }
        : await dataURL(new URL(source, base).href);
      total += file.bytes;
      if (total > MAX_BYTES) break;
      const declarations = Array.from(rule.style)
        .filter((name) => name !== 'src')
        .map((name) => `${name}: ${rule.style.getPropertyValue(name)};`)
        .join(' ');
      faces.push(`@font-face { ${declarations} src: url("${file.url}"); }`);
    } catch {
      // Not reachable now: that face falls back like any missing font.
    }
  }
  return faces.join('\n');
}

/** Loads the faces the export sets text in, so neither measuring nor drawing falls back to another font. */
export async function loadExportFonts(family: string): Promise<void> {
  if (!document.fonts) return;
  const faces = ['400 14px', '500 11px', '500 12px', '600 11px', '600 12.5px', '650 13.5px', '700 24px'];
  await Promise.all(faces.map((face) => document.fonts.load(`${face} ${family}`).catch(() => [])));
  await document.fonts.ready;
}
