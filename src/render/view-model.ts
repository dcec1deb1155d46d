import {
  isOverdue,
  movedSinceAgreed,
  projectedFinish,
  slipDays,
  nextMoves,
  planRange,
  type NextMove,
  type Verdict,
} from '../model/analysis.js';
import { parseDate } from '../model/dates.js';
import { awaitsDecision } from '../model/status.js';
import { chainOf, findViolations } from '../model/graph.js';
import { FIT_MARGIN, PILL_ROOM, stepRight } from './fit.js';
import { nothing, svg } from 'lit';
import { planForAudience, type Audience } from '../model/audience.js';
import type { ISODate, Item, Plan } from '../model/types.js';
import { stepDescriptions } from './step-descriptions.js';
import type { ItemView } from './items.js';
import { DEFAULT_METRICS, layoutPlan, type LayoutMetrics, type MeasureText, type PlanLayout } from './layout.js';
import { linkKey, linkViews, type LinkView } from './links.js';
import { linksNear, stepsNear } from './layout-index.js';
import { sketchesArrows } from './router-for.js';
import { markers, pillReach, type Marker } from './markers.js';
import { drawnPast, timeScale, visibleSpan, type TimeScale } from './scale.js';
import { wholeAxis, type AxisTiers } from './ticks.js';

/** What the layout depends on; recomputed only when one of these changes. */
export interface SceneInput {
  plan: Plan;
  audience: Audience;
  today: ISODate;
  dayWidth: number;
  minWidth: number;
  measure: MeasureText;
  metrics?: LayoutMetrics;
  /** Days the span must at least cover, so editing never shifts the timeline under the pointer. */
  keepSpan?: [number, number];
}

export interface Scene {
  /** The plan as this audience may see it (the buyer's has no internal step and no reference to one). */
  plan: Plan;
  items: Item[];
  scale: TimeScale;
  /**
   * How far the timeline's content reaches: the plan's last day, every step with its label, the marker pills, and a
   * margin. The scale is drawn further (to the end of the view and past it); only this much, or the view, scrolls.
   */
  contentWidth: number;
  layout: PlanLayout;
  /** The whole axis, worked out only when read (the export draws it; the element draws the part in view). */
  tiers: AxisTiers;
  verdict?: Verdict;
  markers: Marker[];
  violated: Set<string>;
  moves: Map<string, NextMove>;
  nextPartyId?: string;
  metrics: LayoutMetrics;
  today: ISODate;
  measure: MeasureText;
}

export function buildScene(input: SceneInput): Scene {
  const metrics = input.metrics ?? DEFAULT_METRICS;
  const visiblePlan = planForAudience(input.plan, input.audience);
  const items = visiblePlan.items;
  const range = planRange(visiblePlan);
  const verdict = projectedFinish(visiblePlan, input.today);
  const todayDay = parseDate(input.today);
  const first = range ? Math.min(parseDate(range.start), todayDay) : todayDay;
  // The projected finish can lie past every planned date (overdue steps push it): keep its marker on the axis.
  const last = range ? Math.max(parseDate(range.end), verdict ? parseDate(verdict.projected) : 0) : todayDay + 28;
  let [startDay, endDay] = visibleSpan(first, last, input.dayWidth, input.minWidth);
  if (input.keepSpan) [startDay, endDay] = [Math.min(startDay, input.keepSpan[0]), Math.max(endDay, input.keepSpan[1])];
  let scale = timeScale(startDay, endDay, input.dayWidth);
  const layout = layoutPlan(visiblePlan.parties, items, scale, input.measure, metrics);
  let markerList = markers(scale, input.today, verdict, input.measure, visiblePlan);
  // A pill right of a line near the end, or the label of a step near the end, may reach past the days drawn: the
  // axis goes on under it, so it can be scrolled to (a day more moves nothing already placed).
  const reach = Math.max(pillReach(markerList), labelReach(layout));
  const drawnOn = drawnPast(scale, reach, PILL_ROOM);
  if (drawnOn !== scale) {
    scale = drawnOn;
    markerList = markers(scale, input.today, verdict, input.measure, visiblePlan);
  }
  layout.dateLines = markerList.map((marker) => marker.x);
  const moveList = nextMoves(visiblePlan);
  return {
    plan: visiblePlan,
    items,
    scale,
    contentWidth: Math.min(scale.width, Math.max((last + 1 - startDay) * input.dayWidth, reach) + FIT_MARGIN),
    layout,
    tiers: wholeAxis(scale, visiblePlan.calendar),
    ...(verdict ? { verdict } : {}),
    markers: markerList,
    violated: new Set(findViolations(items).map((violation) => linkKey(violation.from, violation.to))),
    moves: new Map(moveList.map((move) => [move.party.id, move])),
    ...(moveList[0]?.openCount ? { nextPartyId: moveList[0].party.id } : {}),
    metrics,
    today: input.today,
    measure: input.measure,
  };
}

/** Where the rightmost step, label, chips and lock included, ends. */
function labelReach(layout: PlanLayout): number {
  let right = 0;
  for (const box of layout.items) right = Math.max(right, stepRight(box));
  return right;
}

export interface ViewState {
  today: ISODate;
  selection: ReadonlySet<string>;
  selectedLink?: string;
  /** The step holding the timeline's one Tab stop (see `tabStop`); the focused one, else the first, without it. */
  tabStop?: string | undefined;
  /** Visible rectangle in timeline coordinates; steps outside it are not rendered. */
  view: { left: number; right: number; top: number; bottom: number };
}

/** Faint outlines where steps were before the gesture that is being previewed moved them. */
export function previewGhosts(
  scene: Scene,
  committed: Scene | undefined,
  preview: Plan | undefined,
  view: ViewState['view'],
) {
  if (!committed || !preview) return nothing;
  const ghosts = [];
  // A preview derived from the committed layout names the steps it moved: no other step can have a ghost.
  const moved = scene.layout.previewOf?.moved;
  const candidates = moved ? [...moved].flatMap((id) => committed.layout.byId.get(id) ?? []) : committed.layout.items;
  for (const box of candidates) {
    const now = scene.layout.byId.get(box.item.id);
    if (
      !now ||
      (now.item.start === box.item.start && now.item.end === box.item.end && now.item.partyId === box.item.partyId)
    )
      continue;
    const x = scene.scale.x(parseDate(box.item.start));
    if (x + box.width < view.left || x > view.right || box.y + box.height < view.top || box.y > view.bottom) continue;
    ghosts.push(svg`<rect class="ghost" x=${x} y=${box.y} width=${box.width} height=${box.height} rx="6"></rect>`);
  }
  return svg`<g class="ghosts">${ghosts}</g>`;
}

/**
 * The steps in view, described in words when `plan` is given. While a gesture previews a change of the `committed`
 * scene, its steps keep the committed scene's words until the drop: describing every moved step again on each frame
 * of a drag cost as much as drawing it, and the words are read at rest (a tooltip, a screen reader).
 */
export function itemViews(
  scene: Scene,
  state: ViewState,
  focusedId?: string,
  handlesFor?: ReadonlySet<string>,
  plan?: Plan,
  committed?: Scene,
): ItemView[] {
  const describe = plan ? stepDescriptions(committed?.plan ?? plan, state.today) : undefined;
  const tabStop =
    state.tabStop ?? (focusedId && scene.layout.byId.has(focusedId) ? focusedId : scene.layout.items[0]?.item.id);
  const { view } = state;
  const sides = new Map(scene.layout.lanes.map((lane) => [lane.party.id, lane.party]));
  const views: ItemView[] = [];
  for (const box of stepsNear(scene.layout, view, [focusedId, tabStop])) {
    const end = box.labelInside ? box.x + box.width : box.labelX + box.labelWidth + 24;
    const outOfView =
      end < view.left || box.x > view.right || box.y + box.height + 12 < view.top || box.y > view.bottom;
    // The focused step and the Tab stop are never culled: focus and the screen reader stay on them out of view.
    if (outOfView && box.item.id !== focusedId && box.item.id !== tabStop) continue;
    const { item } = box;
    const party = sides.get(item.partyId)!;
    const slip = slipDays(item);
    const moved = movedSinceAgreed(item);
    const itemView: ItemView = {
      box,
      side: party.side,
      overdue: isOverdue(item, state.today),
      conditional: awaitsDecision(item, (id) => scene.layout.byId.get(id)?.item),
      selected: state.selection.has(item.id),
      focusable: item.id === tabStop,
      handles: handlesFor?.has(item.id) ?? false,
    };
    if (party.color) itemView.color = party.color;
    if (describe) Object.assign(itemView, describe(committed?.layout.byId.get(item.id)?.item ?? item));
    if (moved && item.baseline) {
      const x = scene.scale.x(parseDate(item.baseline.start));
      itemView.baseline = { x, width: scene.scale.x(parseDate(item.baseline.end) + 1) - x };
      if (slip !== undefined) itemView.slip = slip;
    }
    views.push(itemView);
  }
  return views;
}

/** The arrows last drawn for each scene: a render that changes only the selection of steps draws the same ones. */
const drawnLinks = new WeakMap<
  Scene,
  { view: ViewState['view']; selectedLink: string | undefined; sketched: boolean; links: LinkView[] }
>();

export function visibleLinks(scene: Scene, state: ViewState): LinkView[] {
  const { view, selectedLink } = state;
  const last = drawnLinks.get(scene);
  const sketched = sketchesArrows(scene.layout);
  if (
    last &&
    last.selectedLink === selectedLink &&
    last.sketched === sketched &&
    last.view.left === view.left &&
    last.view.right === view.right &&
    last.view.top === view.top &&
    last.view.bottom === view.bottom
  )
    return last.links;
  const links = linksInView(scene, state);
  drawnLinks.set(scene, { view: { ...view }, selectedLink, sketched, links });
  return links;
}

function linksInView(scene: Scene, state: ViewState): LinkView[] {
  const { view } = state;
  // Routing is the costly part: cull by the two end boxes first, route only what can be seen.
  return linkViews(
    scene.layout,
    scene.metrics,
    { violated: scene.violated, ...(state.selectedLink ? { selectedLink: state.selectedLink } : {}) },
    view,
    linksNear(scene.layout, view),
  );
}

const chains = new WeakMap<readonly Item[], Map<string, Set<string>>>();

/**
 * The focused step's chain; a drag preview passes the committed items, whose dependencies are the same. A step linked
 * to none has none: fading every other step would only make the plan look disabled around it.
 */
export function highlightChain(
  scene: Scene,
  focusId: string | undefined,
  graph: readonly Item[] = scene.items,
): Set<string> | undefined {
  if (!focusId || !scene.layout.byId.has(focusId)) return undefined;
  let known = chains.get(graph);
  if (!known) {
    known = new Map();
    if (Object.isFrozen(graph)) chains.set(graph, known);
  }
  let chain = known.get(focusId);
  if (!chain) {
    // A chain can hold every step of the plan: keep the last few, not one per step ever hovered.
    if (known.size >= 8) known.clear();
    known.set(focusId, (chain = chainOf(graph, focusId)));
  }
  return chain.size > 1 ? chain : undefined;
}
