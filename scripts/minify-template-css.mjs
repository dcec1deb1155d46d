// A build plugin that minifies the CSS inside lit's css`…` templates: comments go, whitespace runs become one space
// or none where CSS does not need it. The element's stylesheet is the largest module of the bundle, and most of its
// bytes are indentation. Quoted strings and the `${…}` parts are kept as they are.
import { parseSync } from 'vite';

/** Characters around which CSS needs no whitespace: block and declaration ends, list and child separators. */
const TIGHT = new Set(['{', '}', ';', ',', '>']);

/**
 * Minifies one piece of a template's raw text. `before` and `after` say whether an interpolation touches its start or
 * end: whitespace next to one becomes a single space (the interpolated text may be a word), unless CSS needs none.
 */
export function minifyCssText(text, { before = false, after = false } = {}) {
  let out = '';
  let space = false;
  const tight = (char) => TIGHT.has(char) || char === ':';
  const flush = (next) => {
    if (!space) return;
    space = false;
    if (out === '' ? before && !TIGHT.has(next) : !tight(out.at(-1)) && !TIGHT.has(next)) out += ' ';
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      if (end < 0) throw new Error('An unterminated comment in a css`…` template');
      index = end + 1;
      space = true;
    } else if (/\s/.test(char)) {
      space = true;
    } else if (char === '"' || char === "'") {
      flush(char);
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw new Error('An unterminated string in a css`…` template');
      out += text.slice(index, end + 1);
      index = end;
    } else if (char === '\\') {
      // An escape (in raw template text, `\\` for one CSS backslash): kept with the character after it.
      flush(char);
      out += text.slice(index, index + 2);
      index += 1;
    } else {
      flush(char);
      // A declaration block's last semicolon is not needed.
      if (char === '}' && out.at(-1) === ';') out = out.slice(0, -1);
      out += char;
    }
  }
  if (space && after && (out === '' ? before : !tight(out.at(-1)))) out += ' ';
  return out;
}

function* taggedCss(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedCss(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
    yield node.quasi;
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'parent') yield* taggedCss(value);
}

/** Rewrites every css`…` template of a module's code; the code comes back unchanged when it has none. */
export function minifyCssTemplates(code, fileName) {
  const { program, errors } = parseSync(fileName, code);
  if (errors.length > 0) throw new Error(`Cannot parse ${fileName} to minify its CSS: ${errors[0].message}`);
  const edits = [];
  for (const quasi of taggedCss(program)) {
    const last = quasi.quasis.length - 1;
    quasi.quasis.forEach((element, index) => {
      // Depending on the parser's version and the file's language, an element's span is its raw text alone or also
      // the delimiters around it (a backtick or `}` before, a backtick or `${` after).
      const bare = { start: element.start, end: element.end };
      const delimited = { start: element.start + 1, end: element.end - (element.tail ? 1 : 2) };
      const span = [bare, delimited].find(({ start, end }) => code.slice(start, end) === element.value.raw);
      if (!span) throw new Error(`Unexpected template positions in ${fileName}`);
      const { start, end } = span;
      const raw = element.value.raw;
      edits.push({
        start,
        end,
        text: minifyCssText(raw, { before: index > 0, after: index < last }),
      });
    });
  }
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The vite/rolldown plugin: our own sources only, and only those that hold a css`…` template. */
export function minifyTemplateCss() {
  return {
    name: 'map-timeline:minify-template-css',
    apply: 'build',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code, id), map: null };
    },
  };
}
