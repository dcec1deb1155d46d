import { render } from 'lit';
import type { Audience } from '../model/audience.js';
import { safeText } from '../model/text.js';
import type { ISODate, Plan } from '../model/types.js';
import { drawablePlan } from './drawable-plan.js';
import { exportLayout, type ExportLayout } from './page-layout.js';
import { slideLayout, type SlideAspect } from './slide-frame.js';
import { SVG_NS, exportTemplate } from './template.js';
import { exportStylesheet, resolvedTheme } from './stylesheet.js';
import { fontMeasure } from './measure.js';

/** What an image export draws, and the live element whose theme it takes. */
export interface ExportSource {
  plan: Plan;
  audience: Audience;
  today: ISODate;
  host: Element;
  /** The element's stylesheet. */
  css: string;
}

export interface SvgExportOptions {
  /** Width of the picture in CSS pixels; default 1920 (a 16:9 slide's width). */
  width?: number;
  /**
   * Lays the whole plan into a slide of this shape, with type readable at slide size (about 12 pt); the picture is
   * `width` wide and exactly that aspect. Without it, the height follows the plan.
   */
  aspect?: SlideAspect;
  /** Fill behind the plan; default the element's `--mt-bg`; `'transparent'` for none. */
  background?: string;
}

export interface SvgExport {
  svg: string;
  layout: ExportLayout;
  /** The picture's size in CSS pixels: the layout's, or for a slide the requested width at the slide's aspect. */
  picture: { width: number; height: number };
  /** The background as a colour, or undefined when transparent. */
  background: string | undefined;
}

export const DEFAULT_EXPORT_WIDTH = 1920;

/** The family the element sets text in, from its `--mt-font`. */
export const fontFamilyOf = (host: Element): string =>
  getComputedStyle(host).getPropertyValue('--mt-font').trim() || 'system-ui, sans-serif';

/**
 * The whole plan, as the audience may see it, as a standalone SVG document with its styles inlined. With a
 * `pixelRatio`, the document's own size is that many times the layout (its viewBox stays the same); `fontFaces`
 * are `@font-face` rules to include.
 *
 * The plan is treated as hostile even when it was validated: its texts reach the document only as text nodes and
 * attribute values (escaped by the serialiser), its colours only as `--side` values that are plain CSS colours, and
 * the document is always well-formed XML (see drawablePlan, and the last pass below).
 */
export function svgExport(
  source: ExportSource,
  options: SvgExportOptions = {},
  { pixelRatio = 1, fontFaces = '' } = {},
): SvgExport {
  const measure = fontMeasure(fontFamilyOf(source.host));
  const rowHeight = Number.parseFloat(getComputedStyle(source.host).getPropertyValue('--mt-row-height'));
  const plan = drawablePlan(source.plan, source.audience);
  const input = {
    plan,
    audience: source.audience,
    today: source.today,
    measure,
    ...(rowHeight > 0 ? { rowHeight } : {}),
  };
  const pictureWidth = options.width ?? DEFAULT_EXPORT_WIDTH;
  const slide = options.aspect ? slideLayout(input, options.aspect) : undefined;
  const layout = slide?.layout ?? exportLayout({ ...input, width: pictureWidth });
  // A slide is laid out narrower than the picture and scaled up to it: that is what makes its type large.
  if (options.aspect) pixelRatio *= pictureWidth / layout.width;
  const theme = resolvedTheme(source.host, source.css);
  const requested = options.background ?? theme['--mt-bg'] ?? '#ffffff';
  const background = requested === 'transparent' || requested === 'none' ? undefined : requested;

  const container = document.createElement('div');
  render(exportTemplate({ plan, layout, measure, pixelRatio, ...(background ? { background } : {}) }), container);
  const root = container.querySelector('svg')!;
  removeComments(root);
  if (slide?.offset) centre(root, slide.offset);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = plan.title;
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = `${fontFaces}\n${exportStylesheet(source.css, theme, root)}`.trim();
  root.prepend(title, style);
  // XMLSerializer writes control characters as they are, which no XML parser accepts; none may get through.
  const scaleUp = options.aspect ? pictureWidth / layout.width : 1;
  const picture = { width: Math.round(layout.width * scaleUp), height: Math.round(layout.height * scaleUp) };
  return { svg: safeText(new XMLSerializer().serializeToString(root)), layout, picture, background };
}

/** Moves everything but the page background down, so the plan sits in the middle of a slide. */
function centre(root: Element, offset: number): void {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(0 ${offset})`);
  for (const child of [...root.children])
    if (!child.classList.contains('x-page') && child.tagName !== 'defs') group.append(child);
  root.append(group);
}

/** Drops the template markers lit leaves in the DOM; the picture is never updated again. */
function removeComments(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
