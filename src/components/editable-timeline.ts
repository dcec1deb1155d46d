import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { CreateController } from '../controllers/create-controller.js';
import { DragController } from '../controllers/drag-controller.js';
import { EditSession, type EditSessionHost } from '../controllers/edit-session.js';
import { InspectorController } from '../controllers/inspector-controller.js';
import type { GestureHost } from '../controllers/gesture-host.js';
import { KeyboardController, type KeyboardHost } from '../controllers/keyboard-controller.js';
import type { ChangeSource, LoadSource } from '../events.js';
import * as commands from '../model/commands.js';
import type { Edit } from '../model/edit.js';
import { PlanError } from '../model/errors.js';
import type { LogEntry, Plan } from '../model/types.js';
import { planForAudience } from '../model/audience.js';
import { announceChange } from '../render/announce.js';
import { inlineEditor, noticeTemplate } from '../render/editing.js';
import type { PlanEditing } from '../render/header.js';
import { addParty, completeParty } from '../model/party-commands.js';
import { shortcutsDialog } from '../render/shortcuts.js';
import { sortedItems } from '../render/table.js';
import type { Scene } from '../render/view-model.js';
import { TimelineView } from './timeline-view.js';

/**
 * The editing surface: gestures and keys go through controllers into one edit session; the details panel, the
 * inline title editor, messages, announcements for screen readers and the shortcut list live here.
 */
export class EditableTimeline extends TimelineView implements EditSessionHost, GestureHost, KeyboardHost {
  /** The step whose title is being edited in place. */
  @state() protected editingId?: string;
  @state() protected notice?: { text: string; tone: 'error' | 'info' };
  /** The live-region text: what the last committed change did. */
  @state() protected announcement = '';
  @state() protected shortcutsOpen = false;

  protected readonly session = new EditSession(this);
  protected readonly drag = new DragController(this);
  protected readonly inspector = new InspectorController(this);
  private noticeTimer = 0;

  constructor() {
    super();
    new KeyboardController(this);
    new CreateController(this);
  }

  undo(): boolean {
    return this.session.undo();
  }

  redo(): boolean {
    return this.session.redo();
  }

  /** Whether `undo()` / `redo()` would change anything (for enabling host buttons on `map-change`). */
  get canUndo(): boolean {
    return this.session.history.canUndo;
  }

  get canRedo(): boolean {
    return this.session.history.canRedo;
  }

  /**
   * Stored or fetched plans replace the plan and start a fresh undo history.
   * @internal
   */
  override loadPlan(plan: Plan, from: LoadSource): void {
    this.session.history.clear();
    super.loadPlan(plan, from);
  }

  /** @internal */
  adoptRemote(plan: Plan, changes: LogEntry[]): void {
    this.session.adoptRemote(plan, changes);
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
    this.announcement = this.describeForAudience(plan, changes, source);
    this.preview = undefined;
    const ids = new Set(plan.items.map((item) => item.id));
    if ([...this.selection].some((id) => !ids.has(id))) this.select([...this.selection].filter((id) => ids.has(id)));
    this.showPlan(plan);
  }

  /** The live-region text, as the current audience may hear it (nothing about steps it cannot see). */
  private describeForAudience(plan: Plan, changes: LogEntry[], source: ChangeSource): string {
    const before = planForAudience(this.plan, this.audience);
    const after = planForAudience(plan, this.audience);
    const seen = new Set([...before.items, ...after.items].map((item) => item.id));
    return announceChange(before, after, changes.filter((change) => change.itemId === undefined || seen.has(change.itemId)), source);
  }

  /** @internal */
  showPreview(plan: Plan | undefined, changedIds?: readonly string[]): void {
    this.previewChanged = plan ? changedIds : undefined;
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
    if (this.view === 'table') {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.inspector [name="title"]')?.focus());
      return;
    }
    this.editingId = id;
  }

  /** @internal */
  toggleShortcuts(open = !this.shortcutsOpen): void {
    this.shortcutsOpen = open;
    if (open) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.shortcuts .close')?.focus());
  }

  /** @internal */
  toggleView(): void {
    this.view = this.view === 'table' ? 'timeline' : 'table';
    if (this.focusedId) this.focusStep(this.focusedId);
  }

  get focusedStep(): string | undefined {
    return this.focusedId;
  }

  get selectedLinkEnds(): { from: string; to: string } | undefined {
    const [from, to] = this.selectedLink?.split('→') ?? [];
    return from && to ? { from, to } : undefined;
  }

  /** Row order of the table view, which arrow keys follow there. */
  get tableOrder(): string[] | undefined {
    return this.view === 'table' && this.scenes.scene ? sortedItems(this.scenes.scene.items, this.plan, this.tableSort).map((item) => item.id) : undefined;
  }

  /** @internal */
  clearSelection(): void {
    this.selectedLink = undefined;
    this.select([]);
  }

  get selectedIds(): string[] {
    return [...this.selection];
  }

  /** @internal */
  selectIds(ids: Iterable<string>): void {
    this.select(ids);
  }

  get sceneNow(): Scene | undefined {
    return this.scenes.scene;
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
      const node = this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-item-id="${CSS.escape(id)}"]`);
      node?.focus({ preventScroll: true });
      node?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    });
  }

  protected apply(run: (plan: Plan) => Edit, source: ChangeSource, coalesceKey?: string): Plan {
    return this.session.commit(run(this.plan), source, coalesceKey);
  }

  protected override get gestureActive(): boolean {
    return this.drag.active;
  }

  protected override handlesFor(): ReadonlySet<string> | undefined {
    if (this.readonly || this.drag.active) return undefined;
    const ids = new Set(this.selection);
    if (this.hoverId) ids.add(this.hoverId);
    return ids;
  }

  protected override renderHeaderTools() {
    const table = this.view === 'table';
    return html`<span class="tools">
      <button type="button" class="tool" aria-pressed=${table ? 'true' : 'false'} @click=${() => this.toggleView()}
        title="Switch between timeline and table (T)">${table ? 'Timeline' : 'Table'}</button>
      <button type="button" class="tool" aria-label="Keyboard shortcuts" aria-expanded=${this.shortcutsOpen ? 'true' : 'false'}
        title="Keyboard shortcuts (?)" @click=${() => this.toggleShortcuts()}>?</button>
    </span>`;
  }

  /** @internal The plan as the current audience sees it. */
  get visiblePlan(): Plan | undefined {
    return this.scenes.scene?.plan;
  }

  protected override select(ids: Iterable<string>): void {
    super.select(ids);
    this.inspector.selectionChanged([...this.selection]);
  }

  private readonly editing: PlanEditing = {
    editPlan: (field) => this.inspector.openPlan(field),
    editParty: (id) => this.inspector.openParty(id),
    addParty: () => {
      const party = completeParty(this.plan);
      if (this.applyUser((plan) => addParty(plan, party))) this.inspector.openParty(party.id);
    },
  };

  protected override get planEditing(): PlanEditing | undefined {
    return this.readonly ? undefined : this.editing;
  }

  protected override renderSide() {
    return this.inspector.render();
  }

  protected override renderPanel() {
    return html`${this.notice ? noticeTemplate(this.notice) : nothing}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.shortcutsOpen ? shortcutsDialog(() => this.toggleShortcuts(false)) : nothing}`;
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
