import { svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Scene } from './view-model.js';
import { plural } from './describe.js';
import { gridTemplate } from './axis.js';
import type { AxisTiers } from './ticks.js';
import { LINK_HANDLE_RADIUS, LINK_HANDLE_TITLE, hatchDefs, itemTemplate, type ItemView } from './items.js';
import { laneBackgrounds, laneSeparators } from './lanes.js';
import { linkTemplate, type LinkView } from './links.js';
import { markerLines } from './markers.js';

/**
 * A step drawn again only when something it shows changed: hovering, selecting or dragging one step leaves the other
 * steps in view as they were, and lit then skips them instead of comparing every value of their templates.
 */
const drawnStep = (view: ItemView) =>
  guard(
    [
      view.box,
      view.side,
      view.color,
      view.overdue,
      view.selected,
      view.focusable,
      view.handles,
      view.label,
      view.tooltip,
      view.slip,
      view.baseline?.x,
      view.baseline?.width,
    ],
    () => itemTemplate(view),
  );

/**
 * An arrow drawn again only when its path or its state changed (see `drawnStep`). The list itself is kept while the
 * view and the selected arrow stay (see `visibleLinks`): a render that selects a step does not look at the arrows.
 */
const drawnLink = (link: LinkView) => guard([link.d, link.violated, link.selected], () => linkTemplate(link));

/** Steps grouped per lane as labelled, multi-selectable lists, so assistive technology reads the plan by party. */
function laneLists(scene: Scene, views: readonly ItemView[]) {
  const byLane = new Map<number, ItemView[]>();
  for (const view of views) {
    const list = byLane.get(view.box.lane) ?? [];
    list.push(view);
    byLane.set(view.box.lane, list);
  }
  // Keyed by id: a step's DOM node (and browser focus on it) stays its own across scrolling, culling and zoom.
  return repeat(
    scene.layout.lanes,
    (lane) => lane.party.id,
    (lane) => {
      const open = scene.moves.get(lane.party.id)?.openCount ?? 0;
      const label = `${lane.party.name} (${lane.party.side}): ${plural(lane.count, 'step')}, ${open} open`;
      return svg`<g class="lane-steps" role="listbox" aria-label=${label} aria-multiselectable="true" aria-orientation="horizontal">
      ${repeat(byLane.get(lane.index) ?? [], (view) => view.box.item.id, drawnStep)}</g>`;
    },
  );
}

/** The steps and arrows a render put in the body, kept on the body's node for what marks them afterwards. */
export interface Drawing {
  steps: readonly ItemView[];
  links: readonly LinkView[];
}

export const drawingOf = (body: Element): Drawing | undefined => (body as Element & { drawing?: Drawing }).drawing;

/**
 * Whether two renders drew the same steps and arrows, so the same nodes: both are keyed by id (a step's node also by
 * its lane's group), so a drag that only moves them keeps every node.
 */
export const sameDrawing = (a: Drawing, b: Drawing): boolean =>
  a.steps.length === b.steps.length &&
  a.links.length === b.links.length &&
  a.steps.every((view, index) => {
    const other = b.steps[index]!.box;
    return view.box.item.id === other.item.id && view.box.lane === other.lane;
  }) &&
  (a.links === b.links ||
    a.links.every((link, index) => link.from === b.links[index]!.from && link.to === b.links[index]!.to));

/**
 * The lanes, grid (`tiers`: the part of the axis in view), markers, arrows and steps; only the steps are exposed to
 * assistive technology. The grid and date lines run the body's full height, which free room below the lanes adds to.
 */
export function bodyContent(
  scene: Scene,
  tiers: AxisTiers,
  views: readonly ItemView[],
  links: readonly LinkView[],
  ghosts: unknown,
) {
  const { layout, scale } = scene;
  return svg`${hatchDefs}
    <g aria-hidden="true">
      ${laneBackgrounds(layout.lanes, scale.width)}
      <g class="grid-layer">${gridTemplate(tiers, '100%')}</g>
      ${laneSeparators(layout.lanes, scale.width)}
      ${markerLines(scene.markers, '100%')}
      ${ghosts}
      <g class="links">${guard([links], () => repeat(links, (link) => link.key, drawnLink))}</g>
      <g class="chain-links"></g>
    </g>
    <g class="steps">${laneLists(scene, views)}</g>
    <g class="hover-handles" style="display: none" aria-hidden="true">
      <rect class="grip start"></rect><rect class="grip end"></rect>
      <circle class="link-handle" r=${LINK_HANDLE_RADIUS}><title>${LINK_HANDLE_TITLE}</title></circle>
    </g>`;
}
