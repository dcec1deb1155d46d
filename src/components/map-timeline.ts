import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MapErrorEvent, MapSelectEvent, type MapErrorCode } from '../events.js';
import type { Audience } from '../model/audience.js';
import { localToday, parseDate } from '../model/dates.js';
import { PlanError } from '../model/errors.js';
import { planRange } from '../model/analysis.js';
import type { ISODate, Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { AXIS_HEIGHT, axisTemplate, gridTemplate } from '../render/axis.js';
import { headerTemplate } from '../render/header.js';
import { itemTemplate } from '../render/items.js';
import { laneBackgrounds, laneHeaders, laneSeparators } from '../render/lanes.js';
import { DEFAULT_METRICS, type MeasureText } from '../render/layout.js';
import { arrowDefs, linkTemplate } from '../render/links.js';
import { markerLines, markerPills } from '../render/markers.js';
import { ZOOM_PRESETS, clampDayWidth, type ZoomPreset } from '../render/scale.js';
import { buildScene, highlightChain, itemViews, visibleLinks, type Scene } from '../render/view-model.js';
import { canvasMeasure } from './measure-text.js';
import { styles } from './map-timeline.styles.js';

const HEAD_WIDTH = 212;
const EMPTY_PLAN: Plan = { version: 1, id: 'empty', title: 'Untitled plan', parties: [], items: [] };

/**
 * A Mutual Action Plan as a swimlane timeline: one lane per party, dependency arrows, the decision gate, the
 * target date and the projected finish.
 *
 * @fires map-change - a change was committed (`{plan, changes, source}`)
 * @fires map-preview - per frame while dragging (`{itemId, start, end, partyId}`)
 * @fires map-select - the selection changed (`{itemIds}`)
 * @fires map-load - a plan was loaded (`{plan, from}`)
 * @fires map-error - something failed (`{code, message, cause}`)
 * @csspart bar - a task's bar; states are extra words: selected, done, blocked, cancelled, overdue, internal, conditional
 * @csspart milestone - a milestone's diamond
 * @csspart decision - a decision's gate
 * @csspart lane - a party's swimlane background
 * @csspart link - a dependency arrow (`violated` when its successor starts too early)
 * @csspart today - the line at today's date
 * @csspart target - the line at the target date
 * @csspart projected - the line at the projected finish
 * @csspart header - the title bar
 * @cssprop --mt-font - font family
 * @cssprop --mt-seller - colour of seller steps
 * @cssprop --mt-buyer - colour of buyer steps
 * @cssprop --mt-partner - colour of partner steps
 * @cssprop --mt-bar-radius - corner radius of bars
 * @cssprop --mt-row-height - height of one row of steps (px)
 */
export class MapTimeline extends LitElement {
  static override styles = styles;

  /** Read-only: no editing; selection, navigation, zoom and export still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Overrides today's date (YYYY-MM-DD), for reviews of the past and deterministic screenshots. */
  @property() today?: ISODate;
  @property({ reflect: true }) zoom: ZoomPreset = 'week';
  /** `buyer` hides internal steps (view and exports). */
  @property({ reflect: true }) audience: Audience = 'seller';

  @state() protected dayWidth = ZOOM_PRESETS.week;
  @state() protected selection: ReadonlySet<string> = new Set();
  @state() protected hoverId?: string;

  @query('.scroller') protected scroller!: HTMLElement | null;

  protected current: Plan = EMPTY_PLAN;
  protected scene?: Scene;
  private sceneKey: unknown[] = [];
  private measure?: MeasureText;
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
    try {
      this.showPlan(validatePlan(value));
    } catch (error) {
      this.fail(error instanceof PlanError ? error.code : 'invalid-plan', error);
    }
  }

  /** A copy of the current plan. */
  getPlan(): Plan {
    return structuredClone(this.current);
  }

  protected showPlan(plan: Plan): void {
    const old = this.current;
    this.current = plan;
    this.requestUpdate('plan', old);
  }

  protected fail(code: MapErrorCode, cause: unknown): void {
    const message = cause instanceof Error ? cause.message : String(cause);
    this.dispatchEvent(new MapErrorEvent({ code, message, cause }));
  }

  get todayDate(): ISODate {
    return this.today ?? localToday();
  }

  /** Zooms so the whole plan fits the visible width. */
  fit(): void {
    const range = planRange(this.current);
    const labelRoom = 270; // the last steps' labels sit right of their bars
    const width = (this.viewport.viewport.width || this.clientWidth) - HEAD_WIDTH - labelRoom;
    if (!range || width <= 0) return;
    const days = parseDate(range.end) - parseDate(range.start) + 1;
    this.dayWidth = clampDayWidth(width / (days + 4));
    this.zoomAnchor = { day: parseDate(range.start) - 2, offset: 0 };
  }

  /** Scrolls horizontally so the date is in view, a third from the left. */
  scrollToDate(date: ISODate): void {
    const scroller = this.scroller;
    if (!scroller || !this.scene) return;
    const timelineWidth = scroller.clientWidth - HEAD_WIDTH;
    scroller.scrollLeft = Math.max(0, this.scene.scale.x(parseDate(date)) - timelineWidth / 3);
  }

  zoomBy(factor: number, clientX: number): void {
    const scroller = this.scroller;
    if (!scroller || !this.scene) return;
    const offset = clientX - scroller.getBoundingClientRect().left - HEAD_WIDTH;
    const day = this.scene.scale.startDay + (scroller.scrollLeft + offset) / this.dayWidth;
    this.dayWidth = clampDayWidth(this.dayWidth * factor);
    this.zoomAnchor = { day, offset };
  }

  protected select(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.selection.size && [...next].every((id) => this.selection.has(id))) return;
    this.selection = next;
    this.dispatchEvent(new MapSelectEvent({ itemIds: [...next] }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('zoom')) this.dayWidth = ZOOM_PRESETS[this.zoom] ?? ZOOM_PRESETS.week;
    this.measure ??= canvasMeasure(getComputedStyle(this).getPropertyValue('--mt-font').trim() || 'system-ui, sans-serif');
    const rowHeight = Number.parseFloat(getComputedStyle(this).getPropertyValue('--mt-row-height')) || DEFAULT_METRICS.rowHeight;
    const minWidth = Math.max(0, this.viewport.viewport.width - HEAD_WIDTH);
    const key = [this.current, this.audience, this.todayDate, this.dayWidth, minWidth, rowHeight];
    if (!this.scene || key.some((value, index) => value !== this.sceneKey[index])) {
      const metrics = { ...DEFAULT_METRICS, rowHeight, barHeight: Math.max(14, rowHeight - 12), ownerChips: this.dayWidth >= 10 };
      this.scene = buildScene({
        plan: this.current, audience: this.audience, today: this.todayDate, dayWidth: this.dayWidth, minWidth, measure: this.measure, metrics,
      });
      this.sceneKey = key;
    }
  }

  protected override updated(): void {
    const anchor = this.zoomAnchor;
    if (!anchor || !this.scroller || !this.scene) return;
    this.zoomAnchor = undefined;
    this.scroller.scrollLeft = (anchor.day - this.scene.scale.startDay) * this.dayWidth - anchor.offset;
  }

  protected override render() {
    const scene = this.scene!;
    const { scale, layout } = scene;
    const { left, top, width, height } = this.viewport.viewport;
    const viewState = {
      today: this.todayDate,
      selection: this.selection,
      view: { left: left - width, right: left + 2 * (width || 2000), top: top - height, bottom: top + 2 * (height || 2000) },
      ...(this.focusId ? { focusId: this.focusId } : {}),
    };
    const chain = highlightChain(scene, this.focusId);
    return html`<div class="frame">
      ${headerTemplate(this.current.title, this.current.status, scene.verdict)}
      <div class="scroller" @click=${this.onBackgroundClick}>
        <div class="canvas" style="width:${HEAD_WIDTH + scale.width}px;height:${AXIS_HEIGHT + layout.height}px;--head-width:${HEAD_WIDTH}px">
          <div class="corner"><span>${this.current.parties.length} parties · ${scene.items.length} steps</span></div>
          <svg class="axis" width=${scale.width} height=${AXIS_HEIGHT} aria-hidden="true">
            ${axisTemplate(scene.tiers, scale.width)}${markerPills(scene.markers, 2 * 24)}
          </svg>
          <div class="heads" style="height:${layout.height}px">${laneHeaders(layout.lanes, scene.moves, scene.nextPartyId)}</div>
          <svg class="body ${chain ? 'has-focus' : ''}" width=${scale.width} height=${Math.max(layout.height, 1)}
            @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave}>
            ${arrowDefs}
            ${laneBackgrounds(layout.lanes, scale.width)}
            ${svg`<g class="grid-layer">${gridTemplate(scene.tiers, layout.height)}</g>`}
            ${laneSeparators(layout.lanes, scale.width)}
            ${markerLines(scene.markers, layout.height)}
            <g class="links">${visibleLinks(scene, viewState, chain).map(linkTemplate)}</g>
            <g class="steps">${itemViews(scene, viewState, chain).map(itemTemplate)}</g>
          </svg>
        </div>
      </div>
      ${this.emptyState(scene)}
    </div>`;
  }

  protected get focusId(): string | undefined {
    return this.hoverId ?? [...this.selection][0];
  }

  private emptyState(scene: Scene) {
    if (scene.items.length > 0) return nothing;
    const hint = this.current.parties.length === 0
      ? 'Add the parties (seller, buyer, partners) and their steps to see the plan.'
      : this.readonly ? 'No steps have been planned yet.' : 'Double-click a lane to add the first step.';
    return html`<div class="empty" role="status"><strong>No steps yet</strong><span>${hint}</span></div>`;
  }

  private readonly onPointerOver = (event: PointerEvent): void => {
    const step = (event.target as Element).closest?.('[data-step]')?.getAttribute('data-step') ?? undefined;
    if (step !== this.hoverId) this.hoverId = step;
  };

  private readonly onPointerLeave = (): void => {
    this.hoverId = undefined;
  };

  private readonly onBackgroundClick = (event: MouseEvent): void => {
    const step = (event.target as Element).closest?.('[data-step]')?.getAttribute('data-step');
    if (!step) {
      this.select([]);
      return;
    }
    if (event.shiftKey || event.ctrlKey || event.metaKey) {
      const next = new Set(this.selection);
      if (next.has(step)) next.delete(step);
      else next.add(step);
      this.select(next);
    } else {
      this.select([step]);
    }
  };
}
