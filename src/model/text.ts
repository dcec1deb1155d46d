/**
 * Characters no XML document can hold, and which spreadsheets and calendars mangle: C0 controls other than tab,
 * line feed and carriage return (Word's Shift+Enter pastes U+000B), the noncharacters U+FFFE and U+FFFF, and lone
 * surrogates (half of an emoji cut in two). With the `u` flag a surrogate pair is one code point, so only lone
 * halves match.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/** What is wrong with a text, as the end of a validation message, or undefined when every export can carry it. */
export function unsafeTextProblem(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const name =
    code >= 0xd800 && code <= 0xdfff ? 'a lone surrogate' : code >= 0xfffe ? 'a noncharacter' : 'a control character';
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const position = [...text.slice(0, match.index)].length + 1;
  const hint = code === 0x0b ? "; Word's Shift+Enter inserts it, use a plain line break instead" : '';
  return `contains ${name} (U+${hex}) at character ${position}, which exports cannot carry${hint}`;
}

export const hasUnsafeText = (text: string): boolean => UNSAFE.test(text);

/**
 * The text with nothing an export cannot carry: controls become spaces (a pasted U+000B was a line break), lone
 * surrogates become U+FFFD (the replacement character) and the noncharacters are dropped.
 */
export function safeText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return ' ';
    return code >= 0xfffe ? '' : '\uFFFD';
  });
}
