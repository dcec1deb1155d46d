import { EXPORT_CSS } from './styles.js';

let parsed: { css: string; rules: CSSRule[] } | undefined;

function rulesOf(css: string): CSSRule[] {
  if (parsed?.css !== css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${css}\n${EXPORT_CSS}`);
    parsed = { css, rules: [...sheet.cssRules] };
  }
  return parsed.rules;
}

const isStyleRule = (rule: CSSRule): rule is CSSStyleRule => rule instanceof CSSStyleRule;

/** Names of the custom properties any `:host` rule declares (themes included, also inside media blocks). */
function hostProperties(rules: readonly CSSRule[], names = new Set<string>()): Set<string> {
  for (const rule of rules) {
    if (rule instanceof CSSGroupingRule) hostProperties([...rule.cssRules], names);
    else if (isStyleRule(rule) && rule.selectorText.startsWith(':host')) {
      for (const name of Array.from(rule.style)) if (name.startsWith('--')) names.add(name);
    }
  }
  return names;
}

/**
 * The element's `--mt-*` properties as they resolve on the live element, so the host page's theme (and the
 * element's own dark theme) carries over into the picture.
 */
export function resolvedTheme(host: Element, css: string): Record<string, string> {
  const computed = getComputedStyle(host);
  const theme: Record<string, string> = {};
  for (const name of hostProperties(rulesOf(css))) {
    const value = computed.getPropertyValue(name).trim();
    if (value) theme[name] = value;
  }
  return theme;
}

/** The text of an element's styles (lit's `elementStyles`: CSSResults or constructed sheets). */
export function cssTextOf(styles: readonly (CSSStyleSheet | { cssText: string })[]): string {
  return styles
    .map((style) =>
      style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
    )
    .join('\n');
}

/**
 * A stylesheet for the standalone SVG: the theme on the root, then the element's rules that match something in
 * the picture (`:host` rules, media blocks and rules for UI the picture does not have are left out).
 */
export function exportStylesheet(css: string, theme: Record<string, string>, root: Element): string {
  const used = rulesOf(css)
    .filter(isStyleRule)
    .filter((rule) => {
      if (rule.selectorText.includes(':host')) return false;
      try {
        return root.querySelector(rule.selectorText) !== null;
      } catch {
        return false;
      }
    });
  // Pictures are laid out at the standard type size, whatever the live element is scaled to.
  const variables = Object.entries({ ...theme, '--mt-font-scale': '1' })
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  return [
    `.mt-export { ${variables} font-family: var(--mt-font); color: var(--mt-text); }`,
    ...used.map((rule) => rule.cssText),
  ].join('\n');
}
