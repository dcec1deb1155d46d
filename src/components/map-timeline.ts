import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DragController } from '../controllers/drag-controller.js';
import { EditSession, type EditSessionHost } from '../controllers/edit-session.js';
import type { GestureHost } from '../controllers/gesture-host.js';
import { KeyboardController } from '../controllers/keyboard-controller.js';
import { CreateController } from '../controllers/create-controller.js';
import { PersistenceController, defaultStore } from '../controllers/persistence-controller.js';
import type { PlanStore } from '../io/plan-store.js';
import type { ChangeSource, LoadSource } from '../events.js';
import * as commands from '../model/commands.js';
import type { Edit } from '../model/edit.js';
import { PlanError } from '../model/errors.js';
import { completeItem } from '../model/new-item.js';
import { agree } from '../model/plan-commands.js';
import type { Item, LogEntry, Plan } from '../model/types.js';
import { detailsPanel, inlineEditor, noticeTemplate } from '../render/editing.js';
import type { Scene } from '../render/view-model.js';
import { TimelineView } from './timeline-view.js';
import { planToCSV } from '../io/csv.js';
import { planToICS } from '../io/ics.js';
import { planToJSON } from '../io/json.js';

/**
 * A Mutual Action Plan as a swimlane timeline: one lane per party, dependency arrows, the decision gate, the
 * target date and the projected finish. Drag, resize, link and edit steps by mouse, touch or keyboard.
 *
 * @tagname map-timeline
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
export class MapTimeline extends TimelineView implements EditSessionHost, GestureHost {
  /** IndexedDB key: the stored plan for it is loaded, and every committed change is saved under it. */
  @property({ attribute: 'plan-id', reflect: true }) planId?: string;
  /** Plan JSON to fetch when nothing is stored for `plan-id`. */
  @property() src?: string;

  /** The step whose title is being edited in place. */
  @state() protected editingId?: string;
  @state() protected notice?: { text: string; tone: 'error' | 'info' };

  /** Where plans are kept; IndexedDB unless the host brings its own (e.g. its server). */
  @property({ attribute: false }) store: PlanStore = defaultStore();

  protected readonly session = new EditSession(this);
  protected readonly persistence = new PersistenceController(this);
  protected readonly drag = new DragController(this);
  private noticeTimer = 0;

  constructor() {
    super();
    new KeyboardController(this);
    new CreateController(this);
  }

  // ---- the public editing API: same commands as the gestures, source 'api', undoable, throwing on bad input

  /** Adds a step; missing fields get defaults (a five-day task in the first lane, starting today). */
  addItem(partial: Partial<Item> = {}): Item {
    const item = completeItem(this.plan, partial, this.todayDate);
    this.apply((plan) => commands.addItem(plan, item), 'api');
    return structuredClone(item);
  }

  updateItem(id: string, patch: Partial<Item>): Item {
    const plan = this.apply((current) => commands.updateItem(current, id, patch), 'api');
    return structuredClone(plan.items.find((item) => item.id === id)!);
  }

  removeItem(id: string): void {
    this.apply((plan) => commands.removeItem(plan, id), 'api');
  }

  link(fromId: string, toId: string): void {
    this.apply((plan) => commands.link(plan, fromId, toId), 'api');
  }

  unlink(fromId: string, toId: string): void {
    this.apply((plan) => commands.unlink(plan, fromId, toId), 'api');
  }

  /** Both sides confirmed the plan in writing: current dates become the baseline, status `written`. */
  agree(by?: string): void {
    this.apply((plan) => agree(plan, by === undefined ? {} : { by }), 'api');
  }

  undo(): boolean {
    return this.session.undo();
  }

  redo(): boolean {
    return this.session.redo();
  }

  /** The plan as Plan JSON v1 (pretty printed); a buyer audience never sees internal steps. */
  exportJSON(): string {
    return planToJSON(this.plan, { audience: this.audience });
  }

  /** One row per step (RFC 4180, safe to open in a spreadsheet). */
  exportCSV(): string {
    return planToCSV(this.plan, { audience: this.audience });
  }

  /** Milestones, decisions and the target date as all-day calendar events (RFC 5545). */
  exportICS(): string {
    return planToICS(this.plan, { audience: this.audience });
  }

  /** Resolves when every committed change is durable in storage. */
  flush(): Promise<void> {
    return this.persistence.flush();
  }

  /** Resolves once the pending saves are done, without hurrying them. */
  get saved(): Promise<void> {
    return this.persistence.saved;
  }

  /**
   * Stored / fetched plans replace the plan and start a fresh undo history.
   * @internal
   */
  override loadPlan(plan: Plan, from: LoadSource): void {
    this.session.history.clear();
    super.loadPlan(plan, from);
  }

  protected override acceptPlan(plan: Plan): void {
    super.acceptPlan(plan);
    this.persistence.replaced(plan);
  }

  /** @internal */
  adoptRemote(plan: Plan, changes: LogEntry[]): void {
    this.session.adoptRemote(plan, changes);
  }

  // ---- shared by gestures and keyboard

  get focusedStep(): string | undefined {
    return this.focusedId;
  }

  get selectedLinkEnds(): { from: string; to: string } | undefined {
    const [from, to] = this.selectedLink?.split('→') ?? [];
    return from && to ? { from, to } : undefined;
  }

  /** @internal */
  clearSelection(): void {
    this.selectedLink = undefined;
    this.select([]);
  }

  /**
   * Runs a command for a user gesture: a refused edit shows a message and fires `map-error` instead of throwing.
   * @internal
   */
  applyUser(run: (plan: Plan) => Edit, coalesceKey?: string): boolean {
    if (this.readonly) return false;
    try {
      this.apply(run, 'user', coalesceKey);
      return true;
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      this.fail(error.code, error);
      this.say(error.message, 'error');
      return false;
    }
  }

  /** @internal */
  showCommitted(plan: Plan, changes: LogEntry[], source: ChangeSource): void {
    this.preview = undefined;
    const ids = new Set(plan.items.map((item) => item.id));
    if ([...this.selection].some((id) => !ids.has(id))) this.select([...this.selection].filter((id) => ids.has(id)));
    this.showPlan(plan);
    this.persistence.committed(plan, changes, source);
  }

  /** @internal */
  showPreview(plan: Plan | undefined): void {
    this.preview = plan;
  }

  /**
   * Shows a short message over the timeline (refused links, errors).
   * @internal
   */
  say(text: string, tone: 'error' | 'info' = 'info'): void {
    this.notice = { text, tone };
    clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => (this.notice = undefined), 5000);
  }

  /** @internal */
  startEditing(id: string): void {
    if (this.readonly || !this.plan.items.some((item) => item.id === id)) return;
    this.select([id]);
    this.editingId = id;
  }

  get selectedIds(): string[] {
    return [...this.selection];
  }

  /** @internal */
  selectIds(ids: Iterable<string>): void {
    this.select(ids);
  }

  get sceneNow(): Scene | undefined {
    return this.scene;
  }

  get dayWidthNow(): number {
    return this.dayWidth;
  }

  get scrollerElement(): HTMLElement | null {
    return this.scroller;
  }

  /** @internal */
  focusStep(id: string | undefined): void {
    this.focusedId = id;
    if (id === undefined) return;
    void this.updateComplete.then(() => {
      const node = this.renderRoot.querySelector<SVGElement>(`[data-item-id="${CSS.escape(id)}"]`);
      node?.focus({ preventScroll: true });
      node?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    });
  }

  protected apply(run: (plan: Plan) => Edit, source: ChangeSource, coalesceKey?: string): Plan {
    return this.session.commit(run(this.plan), source, coalesceKey);
  }

  protected override handlesFor(): ReadonlySet<string> | undefined {
    if (this.readonly) return undefined;
    const ids = new Set(this.selection);
    if (this.hoverId) ids.add(this.hoverId);
    return ids;
  }

  protected override renderPanel() {
    const [id] = this.selection;
    const item = this.selection.size === 1 && !this.readonly ? this.plan.items.find((candidate) => candidate.id === id) : undefined;
    const details = item ? detailsPanel(item, this.plan, (patch) => this.applyUser((plan) => commands.updateItem(plan, item.id, patch)),
      () => this.applyUser((plan) => commands.removeItem(plan, item.id))) : nothing;
    return html`${details}${this.notice ? noticeTemplate(this.notice) : nothing}`;
  }

  protected override renderOverlay(scene: Scene) {
    const box = this.editingId ? scene.layout.byId.get(this.editingId) : undefined;
    return html`${box ? inlineEditor(box, (title) => this.finishEditing(title)) : nothing}${this.drag.tooltip(scene)}`;
  }

  private finishEditing(title: string | undefined): void {
    const id = this.editingId;
    this.editingId = undefined;
    if (id && title !== undefined && title.trim() !== '') this.applyUser((plan) => commands.updateItem(plan, id, { title: title.trim() }));
    if (id) this.focusStep(id);
  }
}
