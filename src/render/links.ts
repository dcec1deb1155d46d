import { svg } from 'lit';
import type { ItemBox, PlanLayout, LayoutMetrics } from './layout.js';
import { roundedPath, type Point } from './polyline.js';
import { routerFor } from './router-for.js';

export interface LinkView {
  from: string;
  to: string;
  d: string;
  violated: boolean;
  selected: boolean;
}

/**
 * Arrow geometry for every dependency whose two ends are laid out (hidden steps take their arrows with them), or for
 * the `candidates` given, in view.
 */
export function linkViews(
  layout: PlanLayout,
  metrics: LayoutMetrics,
  state: { violated: Set<string>; selectedLink?: string },
  inView: (from: ItemBox, to: ItemBox) => boolean = () => true,
  candidates?: readonly (readonly [ItemBox, ItemBox])[],
): LinkView[] {
  const views: LinkView[] = [];
  const router = routerFor(layout, metrics);
  const add = (from: ItemBox, box: ItemBox): void => {
    if (!inView(from, box)) return;
    const fromId = from.item.id;
    const key = linkKey(fromId, box.item.id);
    views.push({
      from: fromId,
      to: box.item.id,
      d: pathOf(router.route(from, box)),
      violated: state.violated.has(key),
      selected: state.selectedLink === key,
    });
  };
  if (candidates) for (const [from, box] of candidates) add(from, box);
  else {
    // Every arrow, in layout order: a layout drawn once has no index to ask.
    for (const box of layout.items) {
      for (const fromId of box.item.dependsOn ?? []) {
        const from = layout.byId.get(fromId);
        if (from) add(from, box);
      }
    }
  }
  return views;
}

/** Route points are cached by the router, their path text here: every render of a layout reuses both. */
const paths = new WeakMap<readonly Point[], string>();

function pathOf(points: readonly Point[]): string {
  let d = paths.get(points);
  if (d === undefined) paths.set(points, (d = roundedPath(points)));
  return d;
}

export const linkKey = (from: string, to: string): string => `${from}→${to}`;

export function linkTemplate(link: LinkView) {
  // The group's classes and the line's part name are the same words.
  const classes = ['link', link.violated && 'violated', link.selected && 'selected'].filter(Boolean).join(' ');
  return svg`<g class=${classes}>
    <path class="hit" d=${link.d} data-link-from=${link.from} data-link-to=${link.to}></path>
    <path class="line" part=${classes} data-from=${link.from} data-to=${link.to} d=${link.d}
      marker-end=${link.violated ? 'url(#mt-arrow-violated)' : 'url(#mt-arrow)'}></path>
  </g>`;
}

const arrowMarkers = (markers: readonly (readonly [id: string, classes: string])[]) =>
  markers.map(
    ([id, classes]) =>
      svg`<marker id=${id} class=${classes} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0.5 L7.5,4 L0,7.5 Z"></path></marker>`,
  );

/** Arrowheads, one per link colour (SVG markers cannot inherit the stroke colour), and the blocked steps' hatch. */
export const arrowDefs = svg`<defs>
  ${arrowMarkers([
    ['mt-arrow', 'arrow'],
    ['mt-arrow-violated', 'arrow violated'],
    ['mt-arrow-highlighted', 'arrow highlighted'],
  ])}
  <pattern id="mt-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="6" height="6" class="hatch-bg"></rect><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
  </pattern>
</defs>`;

/**
 * The heads of arrows outside a highlighted chain, for the live timeline only. A marker is drawn with its own
 * styles, not its line's, so the stylesheet switches a dimmed line to these.
 */
export const dimmedArrowDefs = svg`<defs>
  ${arrowMarkers([
    ['mt-arrow-dimmed', 'arrow dimmed'],
    ['mt-arrow-violated-dimmed', 'arrow violated dimmed'],
  ])}
</defs>`;
