import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Plan } from '../model/types.js';
import { axisTemplate } from './axis.js';
import { bodyContent, type Drawing } from './body.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from './geometry.js';
import { cornerTemplate, emptyState, headerTemplate, type PlanEditing, type RoomWait } from './header.js';
import { laneHeaders } from './lanes.js';
import { linkKey } from './links.js';
import { markerPills, markers, pillCutByView, type Marker, type Span } from './markers.js';
import { axisInView } from './ticks.js';
import { tabStop } from './tab-stop.js';
import { itemViews, previewGhosts, visibleLinks, type Scene, type ViewState } from './view-model.js';

/** What the selection looks like to the templates. */
export interface SelectionView {
  readonly ids: ReadonlySet<string>;
  readonly focused: string | undefined;
  readonly link: { from: string; to: string } | undefined;
  /** Whether DOM focus is on a step. */
  readonly holdsFocus: boolean;
}

export interface FrameProps {
  plan: Plan;
  scene: Scene;
  /** The committed scene while a gesture previews another. */
  committed: Scene | undefined;
  today: string;
  /** `connecting`, `waiting`: read-only until the plan shared live arrives (see `CollabController.waiting`). */
  readonly: boolean | RoomWait;
  selection: SelectionView;
  /** The part of the timeline to render, in timeline coordinates. */
  window: ViewState['view'];
  /** The part of the timeline on screen (not under the sticky heads and axis); undefined before it is measured. */
  visible: ViewState['view'] | undefined;
  /** The type scale (`--mt-font-scale`) the timeline's text is set in. */
  typeScale: number;
  /** Steps that draw their own resize grips and link handle (the selected ones); the hovered step borrows a set. */
  handlesFor: ReadonlySet<string> | undefined;
  /** The table view's content; only while the table is shown. */
  table: unknown;
  handlers: {
    over(event: PointerEvent): void;
    leave(): void;
    focusIn(event: FocusEvent): void;
    focusOut(event: FocusEvent): void;
    press(event: PointerEvent): void;
    click(event: MouseEvent): void;
  };
  editing: PlanEditing | undefined;
  tools: unknown;
  messages: unknown;
  overlay: unknown;
  side: unknown;
  /** Over everything, in either view: the import's drop hint and preview dialog. */
  dialogs: unknown;
}

/** The whole element: title bar, messages, the timeline (or table) with the side panel beside it, the empty hint. */
export function timelineFrame(props: FrameProps) {
  const { plan, scene, handlers, editing } = props;
  const content = props.table
    ? html`<div class="scroller table-view" tabindex="-1" @click=${handlers.click} @focusin=${handlers.focusIn} @focusout=${handlers.focusOut}>${props.table}</div>`
    : timeline(props);
  return html`<div class="frame">
    ${headerTemplate(plan.title, plan.status, scene.verdict, props.tools, { plan: scene.plan, editing })}
    ${props.messages}
    <div class="workspace">${content}${props.side}${scene.items.length === 0 ? emptyState(plan.parties.length > 0, props.readonly, editing) : nothing}</div>
    ${props.dialogs}
  </div>`;
}

/** The scrolling timeline: lane heads, axis and lanes, with only the part in view (plus a margin) drawn. */
function timeline(props: FrameProps) {
  const { plan, scene, selection, handlers, editing } = props;
  const { scale, layout } = scene;
  const state: ViewState = {
    today: props.today,
    selection: selection.ids,
    view: props.window,
    tabStop: tabStop(scene.layout, selection.focused, selection.holdsFocus ? undefined : props.visible),
    ...(selection.link ? { selectedLink: linkKey(selection.link.from, selection.link.to) } : {}),
  };
  // The axis and grid too: their node count follows the viewport, however many years the plan spans.
  const tiers = axisInView(scale, scene.plan.calendar, props.window);
  const drawing: Drawing = {
    steps: itemViews(scene, state, selection.focused, props.handlesFor, scene.plan, props.committed),
    links: visibleLinks(scene, state),
  };
  // What is drawn, and scrolled through, is what the plan needs, or the view (the scale is laid out further, so the
  // grid never ends inside it), and at least up to where the view ends now: a plan that got shorter never pulls the
  // view back under the pointer.
  const scrolled = props.visible
    ? Math.min(scale.width, Math.max(scene.contentWidth, props.visible.right))
    : scale.width;
  return html`<div class="scroller" tabindex="-1" @pointerdown=${handlers.press} @click=${handlers.click} @focusin=${handlers.focusIn} @focusout=${handlers.focusOut}>
    <div class="canvas" style=${styleMap({ width: `${HEAD_WIDTH + scrolled}px`, height: `${AXIS_HEIGHT + layout.height}px`, '--head-width': `${HEAD_WIDTH}px` })}>
      ${cornerTemplate(plan.parties.length, scene.items.length, editing)}
      <svg class="axis" width=${scrolled} height=${AXIS_HEIGHT} aria-hidden="true">
        ${axisTemplate(tiers, scale.width, { left: props.visible?.left ?? 0, right: props.visible?.right ?? Infinity, typeScale: props.typeScale, end: scrolled })}${markerPills(pillsInView(scene, props.visible), 2 * 24)}
      </svg>
      <div class="heads" style=${styleMap({ minHeight: `${layout.height}px` })}>${laneHeaders(layout.lanes, scene.moves, scene.nextPartyId, editing?.editParty)}</div>
      <svg class="body" width=${scrolled} height=${Math.max(layout.height, 1)} .drawing=${drawing}
        role="group" aria-label=${`Timeline of ${plan.title}`} @pointermove=${handlers.over} @pointerleave=${handlers.leave}>
        ${bodyContent(scene, tiers, drawing.steps, drawing.links, previewGhosts(scene, props.committed, props.committed ? scene.plan : undefined, state.view))}
      </svg>
      ${props.overlay}
    </div>
  </div>`;
}

/** The marker pills, placed again inside the part of the timeline on screen when its edge would cut one. */
function pillsInView(scene: Scene, visible: Span | undefined): readonly Marker[] {
  if (!visible || !pillCutByView(scene.markers, visible)) return scene.markers;
  return markers(scene.scale, scene.today, scene.verdict, scene.measure, scene.plan, visible);
}
