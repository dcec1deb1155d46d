import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MapErrorEvent, MapLoadEvent, MapSelectEvent, withPlanCopy, type LoadSource, type MapErrorCode } from '../events.js';
import type { Audience } from '../model/audience.js';
import { isISODate, localToday, parseDate } from '../model/dates.js';
import { PlanError } from '../model/errors.js';
import { planRange } from '../model/analysis.js';
import type { ISODate, Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import { freezePlan } from '../model/freeze.js';
import { ViewportController, visibleWindow } from '../controllers/viewport-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { AXIS_HEIGHT, HEAD_WIDTH, axisTemplate } from '../render/axis.js';
import { bodyContent } from '../render/body.js';
import { cornerTemplate, emptyState, headerTemplate, type PlanEditing } from '../render/header.js';
import { tableTemplate, type TableSort } from '../render/table.js';
import { laneHeaders } from '../render/lanes.js';
import { DEFAULT_METRICS } from '../render/layout.js';
import { markerPills } from '../render/markers.js';
import { ZOOM_PRESETS, clampDayWidth, fitToWidth, type ZoomPreset } from '../render/scale.js';
import { highlightChain, itemViews, previewGhosts, visibleLinks, type Scene } from '../render/view-model.js';
import { Typography } from './measure-text.js';
import { SceneCache } from './scene-cache.js';
import { styles, themes } from './map-timeline.styles.js';
import { inspectorStyles } from './inspector.styles.js';

/** The selection with one step added, or taken out when it was in it (shift/ctrl-click). */
const toggled = (selection: ReadonlySet<string>, id: string): Set<string> => {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
};

const EMPTY_PLAN: Plan = { version: 1, id: 'empty', title: 'Untitled plan', parties: [], items: [] };

/**
 * Reading the plan: layout, rendering, zoom, scrolling and selection. Editing, storage and export are added by
 * `MapTimeline`, which extends this class.
 */
export class TimelineView extends LitElement {
  static override styles = [styles, inspectorStyles, themes];

  /** Read-only: no editing; selection, navigation, zoom and export still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Overrides today's date (YYYY-MM-DD), for reviews of the past and deterministic screenshots. */
  @property() today?: ISODate;
  /** Setting a preset always applies it, also after `fit()` or wheel zoom changed the scale. */
  @property({ reflect: true, hasChanged: () => true }) zoom: ZoomPreset = 'week';
  /** `buyer` hides internal steps (view and exports). */
  @property({ reflect: true }) audience: Audience = 'seller';
  /** `table` lists the same steps as a sortable table (for screen readers and for reading in writing). */
  @property({ reflect: true }) view: 'timeline' | 'table' = 'timeline';
  /** `light`, `dark`, or `auto` (follows the system's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @state() protected dayWidth = ZOOM_PRESETS.week;
  @state() protected selection: ReadonlySet<string> = new Set();
  @state() protected hoverId?: string;
  /** A plan shown while a gesture is under way; nothing of it is committed. */
  @state() protected preview?: Plan;
  /** The steps the preview moved, so its scene can be derived from the committed one. */
  protected previewChanged?: readonly string[];
  /** The step that holds the one Tab stop of the timeline (roving focus). */
  @state() protected focusedId?: string;
  /** A selected dependency arrow (`from→to`), which Delete removes. */
  @state() protected selectedLink?: string;
  @state() protected tableSort: TableSort = { column: 'start', descending: false };

  @query('.scroller') protected scroller!: HTMLElement | null;

  protected current: Plan = EMPTY_PLAN;
  protected readonly scenes = new SceneCache();
  private readonly typography = new Typography();
  private zoomAnchor?: { day: number; offset: number };
  protected readonly viewport = new ViewportController(this, () => this.scroller);

  constructor() {
    super();
    new ZoomController(this, () => this.scroller);
  }

  /** The plan shown. Setting it validates first: an invalid plan is refused with `map-error`, the old one kept. */
  @property({ attribute: false })
  get plan(): Plan {
    return this.current;
  }
  set plan(value: Plan) {
    // Hosts that feed the plan from map-change back in (React state, Vue refs) must not reset the undo history.
    if (this.hasPlan && value !== undefined && JSON.stringify(value) === JSON.stringify(this.current)) return;
    let plan: Plan;
    try {
      plan = validatePlan(value);
    } catch (error) {
      this.fail(error instanceof PlanError ? error.code : 'invalid-plan', error);
      return;
    }
    this.acceptPlan(plan);
  }

  /** Whether a plan was given (property, storage or src), as opposed to the empty placeholder. */
  get hasPlan(): boolean {
    return this.current !== EMPTY_PLAN;
  }

  /** A validated plan from the property replaces the current one. */
  protected acceptPlan(plan: Plan): void {
    this.loadPlan(plan, 'property');
  }

  /**
   * Shows a plan that was loaded, and says so with `map-load`.
   * @internal
   */
  loadPlan(plan: Plan, from: LoadSource): void {
    this.showPlan(plan);
    this.dispatchEvent(new MapLoadEvent(withPlanCopy(plan, { from })));
  }

  /** A copy of the current plan. */
  getPlan(): Plan {
    return structuredClone(this.current);
  }

  protected showPlan(plan: Plan): void {
    const old = this.current;
    this.current = freezePlan(plan);
    this.requestUpdate('plan', old);
  }

  protected fail(code: MapErrorCode, cause: unknown): void {
    const message = cause instanceof Error ? cause.message : String(cause);
    this.dispatchEvent(new MapErrorEvent({ code, message, cause }));
  }

  /** `today`, or the local date when it is missing or not a real date. */
  get todayDate(): ISODate {
    return this.today !== undefined && isISODate(this.today) ? this.today : localToday();
  }

  /** Zooms so the whole plan fits the visible width. */
  fit(): void {
    const range = planRange(this.current);
    const projected = this.scenes.scene?.verdict?.projected;
    const shown = range && projected && projected > range.end ? { ...range, end: projected } : range;
    const fitted = fitToWidth(shown, (this.viewport.viewport.width || this.clientWidth) - HEAD_WIDTH);
    if (!fitted) return;
    this.dayWidth = fitted.dayWidth;
    this.zoomAnchor = { day: fitted.firstDay, offset: 0 };
  }

  /** Scrolls horizontally so the date is in view, a third from the left. */
  scrollToDate(date: ISODate): void {
    const scroller = this.scroller;
    if (!scroller || !this.scenes.scene) return;
    const timelineWidth = scroller.clientWidth - HEAD_WIDTH;
    scroller.scrollLeft = Math.max(0, this.scenes.scene.scale.x(parseDate(date)) - timelineWidth / 3);
  }

  /**
   * Multiplies the day width, keeping the date under `clientX` in place.
   * @internal
   */
  zoomBy(factor: number, clientX: number): void {
    const scroller = this.scroller;
    if (!scroller || !this.scenes.scene) return;
    const offset = clientX - scroller.getBoundingClientRect().left - HEAD_WIDTH;
    const day = this.scenes.scene.scale.startDay + (scroller.scrollLeft + offset) / this.dayWidth;
    this.dayWidth = clampDayWidth(this.dayWidth * factor);
    this.zoomAnchor = { day, offset };
  }

  /** Steps the audience no longer sees cannot stay selected or focused (the buyer would see them in the panel). */
  private forgetHidden(): void {
    const shown = this.scenes.scene?.layout.byId;
    if (!shown) return;
    if ([...this.selection].some((id) => !shown.has(id))) this.select([...this.selection].filter((id) => shown.has(id)));
    if (this.focusedId && !shown.has(this.focusedId)) this.focusedId = undefined;
  }

  protected select(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size > 0) this.selectedLink = undefined;
    if (next.size === this.selection.size && [...next].every((id) => this.selection.has(id))) return;
    this.selection = next;
    this.dispatchEvent(new MapSelectEvent({ itemIds: [...next] }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('zoom')) this.dayWidth = ZOOM_PRESETS[this.zoom] ?? ZOOM_PRESETS.week;
    const { measure, rowHeight } = this.typography.read(this, DEFAULT_METRICS.rowHeight);
    // Bucketed, so the few pixels between the host's first size and the scroller's measured one cost no rebuild.
    const minWidth = Math.ceil(Math.max(0, (this.viewport.viewport.width || this.clientWidth) - HEAD_WIDTH) / 256) * 256;
    this.scenes.update({
      plan: this.current, preview: this.preview ? { plan: this.preview, changedIds: this.previewChanged } : undefined,
      audience: this.audience, today: this.todayDate, dayWidth: this.dayWidth, minWidth, rowHeight, measure,
    });
    if (changed.has('audience')) this.forgetHidden();
  }

  protected override updated(): void {
    const anchor = this.zoomAnchor;
    if (!anchor || !this.scroller || !this.scenes.scene) return;
    this.zoomAnchor = undefined;
    this.scroller.scrollLeft = (anchor.day - this.scenes.scene.scale.startDay) * this.dayWidth - anchor.offset;
  }

  protected override render() {
    const scene = this.scenes.scene!;
    const { scale, layout } = scene;
    const viewState = {
      today: this.todayDate,
      selection: this.selection,
      view: visibleWindow(this.viewport.viewport, this),
      ...(this.focusId ? { focusId: this.focusId } : {}),
      ...(this.selectedLink ? { selectedLink: this.selectedLink } : {}),
    };
    const chain = highlightChain(scene, this.focusId, this.scenes.committed?.items);
    const table = this.view === 'table' ? tableTemplate({
      plan: scene.plan, items: scene.items, sort: this.tableSort, selection: this.selection, focusedId: this.focusedId, today: this.todayDate,
      onSort: (column) => (this.tableSort = { column, descending: this.tableSort.column === column && !this.tableSort.descending }),
    }) : undefined;
    const editing = this.planEditing;
    return html`<div class="frame">
      ${headerTemplate(this.current.title, this.current.status, scene.verdict, this.renderHeaderTools(), { plan: scene.plan, editing })}
      ${this.renderPanel()}
      <div class="workspace">
      ${table ? html`<div class="scroller table-view" @click=${this.onBackgroundClick} @focusin=${this.onFocusIn}>${table}</div>` : html`
      <div class="scroller" @click=${this.onBackgroundClick} @focusin=${this.onFocusIn}>
        <div class="canvas" style="width:${HEAD_WIDTH + scale.width}px;height:${AXIS_HEIGHT + layout.height}px;--head-width:${HEAD_WIDTH}px">
          ${cornerTemplate(this.current.parties.length, scene.items.length, editing)}
          <svg class="axis" width=${scale.width} height=${AXIS_HEIGHT} aria-hidden="true">
            ${axisTemplate(scene.tiers, scale.width, this.viewport.viewport.left)}${markerPills(scene.markers, 2 * 24)}
          </svg>
          <div class="heads" style="height:${layout.height}px">${laneHeaders(layout.lanes, scene.moves, scene.nextPartyId, editing?.editParty)}</div>
          <svg class="body ${chain ? 'has-focus' : ''}" width=${scale.width} height=${Math.max(layout.height, 1)}
            role="group" aria-label=${`Timeline of ${this.current.title}`}
            @pointermove=${this.onPointerOver} @pointerleave=${this.onPointerLeave}>
            ${bodyContent(scene, itemViews(scene, viewState, chain, this.focusedId, this.handlesFor(), scene.plan),
              visibleLinks(scene, viewState, chain), previewGhosts(scene, this.scenes.committed, this.preview, viewState.view))}
          </svg>
          ${this.renderOverlay(scene)}
        </div>
      </div>`}
      ${this.renderSide()}
      </div>
      ${scene.items.length === 0 ? emptyState(this.current.parties.length > 0, this.readonly, editing) : nothing}
    </div>`;
  }

  /** Plan, lane and step editing offered from the title bar and lane headers; none while only reading. */
  protected get planEditing(): PlanEditing | undefined { return undefined; }

  /** The side panel beside the timeline (the inspector), which shrinks the timeline instead of covering it. */
  protected renderSide(): unknown { return nothing; }

  /** While a drag is under way, hovering other steps must not re-render the timeline. */
  protected get gestureActive(): boolean { return false; }

  /** Steps that show resize grips and a link handle; none while only reading. */
  protected handlesFor(): ReadonlySet<string> | undefined { return undefined; }

  /** Buttons at the right end of the title bar. */
  protected renderHeaderTools(): unknown { return nothing; }

  /** Extra UI under the title bar (the editing panel). */
  protected renderPanel(): unknown { return nothing; }

  /** Extra UI over the timeline, in timeline coordinates (inline editor, drag tooltip). */
  protected renderOverlay(_scene: Scene): unknown { return nothing; }

  protected get focusId(): string | undefined { return this.hoverId ?? [...this.selection][0]; }

  private readonly onPointerOver = (event: PointerEvent): void => {
    const step = (event.target as Element).closest?.('[data-step]')?.getAttribute('data-step') ?? undefined;
    if (step !== this.hoverId && !this.gestureActive) this.hoverId = step;
  };

  private readonly onPointerLeave = (): void => void (this.hoverId = undefined);

  private readonly onFocusIn = (event: FocusEvent): void => {
    const id = (event.target as Element).getAttribute?.('data-item-id');
    if (id) this.focusedId = id;
  };

  private readonly onBackgroundClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const linkHit = target.closest?.('[data-link-from]');
    this.selectedLink = linkHit ? `${linkHit.getAttribute('data-link-from')}→${linkHit.getAttribute('data-link-to')}` : undefined;
    const step = target.closest?.('[data-step]')?.getAttribute('data-step');
    if (!step) {
      this.select([]);
      return;
    }
    this.focusedId = step;
    this.select(event.shiftKey || event.ctrlKey || event.metaKey ? toggled(this.selection, step) : [step]);
  };
}
