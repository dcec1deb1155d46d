import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CollabController, type CollabUser } from '../controllers/collab-controller.js';
import { CreateController } from '../controllers/create-controller.js';
import { DragController } from '../controllers/drag-controller.js';
import { EditorController } from '../controllers/editor-controller.js';
import { ExportController, type PNGExportOptions, type SvgExportOptions } from '../controllers/export-controller.js';
import { ImportController, type ImportFileOptions, type ImportResult } from '../controllers/import-controller.js';
import { InspectorController } from '../controllers/inspector-controller.js';
import { KeyboardController } from '../controllers/keyboard-controller.js';
import { afterParts } from '../controllers/lazy-part.js';
import { PersistenceController, defaultStore, type PlanStore } from '../controllers/persistence-controller.js';
import { PrintController } from '../controllers/print-controller.js';
import { SceneController } from '../controllers/scene-controller.js';
import { SelectionController, selectionHandlers } from '../controllers/selection-controller.js';
import { ZoomController, type ZoomPreset } from '../controllers/zoom-controller.js';
import { publishDocumentEvents } from '../controllers/event-spoke.js';
import { TableController } from '../controllers/table-controller.js';
import { PlanDocument } from '../document/plan-document.js';
import type { Audience } from '../model/audience.js';
import * as commands from '../model/commands.js';
import { isISODate, localToday } from '../model/dates.js';
import type { Edit } from '../model/edit.js';
import { PlanError } from '../model/errors.js';
import * as parties from '../model/party-commands.js';
import { agree, setAgreement, updatePlan, type PlanPatch } from '../model/plan-commands.js';
import type { AgreementStatus, ISODate, Item, Party, Plan, ReadonlyPlan } from '../model/types.js';
import { timelineFrame } from '../render/frame.js';
import { styles, themes } from './map-timeline.styles.js';
import { watchHost } from './host-watchers.js';

/**
 * A Mutual Action Plan as a swimlane timeline: a lane per party, arrows, the decision gate, target and projected finish;
 * steps are edited by mouse, touch or keyboard. Custom properties: the README's Styling table (the manifest's source).
 *
 * @tagname map-timeline
 * @fires {MapChangeEvent} map-change - a change was committed (`{plan, changes, source}`)
 * @fires {MapPreviewEvent} map-preview - per frame while dragging (`{itemId, start, end, partyId}`)
 * @fires {MapSelectEvent} map-select - the selection changed (`{itemIds}`)
 * @fires {MapLoadEvent} map-load - a plan was loaded (`{plan, from}`)
 * @fires {MapErrorEvent} map-error - something failed (`{code, message, cause}`)
 * @csspart bar - a task's bar; states are extra words: selected, done, blocked, cancelled, overdue, internal, conditional
 * @csspart milestone - a milestone's diamond
 * @csspart decision - a decision's gate
 * @csspart lane - a party's swimlane background
 * @csspart link - a dependency arrow's line (`violated` when its successor starts too early, `selected`)
 * @csspart link-head - a dependency arrow's head, with the same states as its line
 * @csspart today - the line at today's date
 * @csspart target - the line at the target date
 * @csspart projected - the line at the projected finish
 * @csspart header - the title bar
 * @csspart tools - the title bar's Table and keyboard-shortcut buttons
 * @csspart add-lane - the "+ Lane" button above the lane heads
 * @csspart presence - the share strip in the title bar (live collaboration only)
 */
export class MapTimeline extends LitElement {
  static override styles = [styles, themes];

  /** Read-only: no editing; selection, navigation, zoom and export still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Overrides today's date (YYYY-MM-DD), for reviews of the past and deterministic screenshots. */
  @property() today?: ISODate;
  /** Time scale preset; setting one always applies it, also after `fit()` or wheel zoom changed the scale. */
  @property({ reflect: true, hasChanged: () => true }) zoom: ZoomPreset = 'week';
  /** `buyer` hides internal steps (view and exports). */
  @property({ reflect: true }) audience: Audience = 'seller';
  /** `table` lists the same steps as a sortable table (for screen readers and for reading in writing). */
  @property({ reflect: true }) view: 'timeline' | 'table' = 'timeline';
  /** `light`, `dark`, or `auto` (follows the system's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** IndexedDB key: the stored plan for it is loaded, and every committed change is saved under it. */
  @property({ attribute: 'plan-id', reflect: true }) planId?: string;
  /** Plan JSON to fetch when nothing is stored for `plan-id`. */
  @property() src?: string;
  /** Where plans are kept; IndexedDB unless the host brings its own (e.g. its server). */
  @property({ attribute: false }) store: PlanStore = defaultStore();
  /** A collaboration server (`wss://…`): with `plan-id` and `collabToken`, the plan is shared live in its room. */
  @property() collab?: string;
  /** The access token for `collab`, minted by the host's back end (a property only, never an attribute). */
  @property({ attribute: false }) collabToken?: string;
  /** Who this page is in a shared plan: `{name, color}`, shown to the others with their selection and drags. */
  @property({ attribute: false }) user?: CollabUser;

  readonly #document = new PlanDocument();
  readonly #today = (): ISODate => (this.today !== undefined && isISODate(this.today) ? this.today : localToday());
  readonly #selection = new SelectionController(this);
  readonly #scenes = new SceneController(this);
  readonly #editor = new EditorController(this, this.#document, this.#selection, this.#scenes, {
    readonly: () => this.readonly || this.#collab.waiting !== false,
    today: this.#today,
    audience: () => this.audience,
    live: () => this.#collab.live,
    tableOrder: () => (this.view === 'table' ? this.#table.order(this.#scenes.scene) : undefined),
    toggleView: () => (this.view = this.view === 'table' ? 'timeline' : 'table'),
    shortcuts: () => import('./parts/shortcuts.js'),
  });
  readonly #inspector = new InspectorController(this.#editor, () => import('./parts/inspector.js'));
  readonly #drag = new DragController(this.#editor);
  readonly #exports = new ExportController(this.#editor, () => MapTimeline.elementStyles);
  readonly #persistence = new PersistenceController(this, this.#document);
  readonly #handlers = selectionHandlers(this.#selection, () => this.#drag.active);
  readonly #table: TableController = new TableController(this.#editor, () => import('./parts/table.js'));
  readonly #imports = new ImportController(this.#editor, () => import('./parts/import-preview.js'));
  readonly #collab = new CollabController(this, this.#document, (...said) => this.#editor.say(...said));

  constructor() {
    super();
    new KeyboardController(this.#editor, new CreateController(this.#editor));
    new ZoomController(this, this.#scenes);
    watchHost(this, this.#selection, this.#drag);
    new PrintController(this, (width) => this.exportSVG({ width }));
    publishDocumentEvents(this.#editor.events, this.#document);
  }
  /** The plan shown. Setting it (or its JSON text) validates a copy: an invalid plan is refused with `map-error`. */
  @property({ attribute: false })
  get plan(): Plan {
    return this.#document.plan;
  }
  set plan(value: Plan | ReadonlyPlan | string | null | undefined) {
    const refused = this.#document.loadFromHost(value);
    if (refused) this.#editor.refuseGivenPlan(refused);
  }
  /** A copy of the current plan. */
  getPlan(): Plan {
    return structuredClone(this.#document.plan);
  }

  // ---- the editing API: the same commands as the gestures, source 'api', undoable, throwing PlanError on bad input
  /** Adds a step; missing fields get defaults (a five-day task in the first lane, starting today). */
  addItem(partial: Partial<Item> = {}): Item {
    const item = this.#editor.newStep(partial);
    this.#api((plan) => commands.addItem(plan, item));
    return structuredClone(item);
  }
  /** Changes fields of a step; `undefined` removes a field; later dates push dependents. */
  updateItem(id: string, patch: Partial<Item>): Item {
    const plan = this.#api((current) => commands.updateItem(current, id, patch));
    return structuredClone(plan.items.find((item) => item.id === id)!);
  }
  /** Removes a step and every reference to it. */
  removeItem(id: string): void {
    this.#api((plan) => commands.removeItem(plan, id));
  }
  /** Adds the dependency "`toId` starts after `fromId` ends"; a cycle is refused. */
  link(fromId: string, toId: string): void {
    this.#api((plan) => commands.link(plan, fromId, toId));
  }
  /** Removes the dependency "`toId` starts after `fromId` ends". */
  unlink(fromId: string, toId: string): void {
    this.#api((plan) => commands.unlink(plan, fromId, toId));
  }
  /**
   * Both sides confirmed the plan in writing: current dates become the baseline, status `written`. In a plan shared
   * live, only the seller's page may (a buyer's page holds only the shared steps).
   */
  agree(by?: string): void {
    const refused = this.#editor.rights.wholePlanRefusal('agree');
    if (refused) throw new PlanError('invalid-value', refused);
    this.#api((plan) => agree(plan, by === undefined ? {} : { by }));
  }
  /** The agreement state without a new baseline: `vague` (RED), `verbal` (AMBER) or `written` (GREEN). */
  setAgreement(status: AgreementStatus): void {
    this.#api((plan) => setAgreement(plan, status));
  }
  /** Changes plan-level fields: `title`, `targetDate`, `targetItemId`, `status`, `calendar` (`undefined` clears one). */
  updatePlan(patch: PlanPatch): Plan {
    return structuredClone(this.#api((plan) => updatePlan(plan, patch)));
  }
  /** Adds a lane at the bottom; missing fields get defaults (a partner lane in a colour no lane uses yet). */
  addParty(partial: Partial<Party> = {}): Party {
    const party = parties.completeParty(this.plan, partial);
    this.#api((plan) => parties.addParty(plan, party));
    return structuredClone(party);
  }
  /** Renames, recolours or changes the side of a lane (`color: undefined` goes back to the side's colour). */
  updateParty(id: string, patch: parties.PartyPatch): Party {
    const plan = this.#api((current) => parties.updateParty(current, id, patch));
    return structuredClone(plan.parties.find((party) => party.id === id)!);
  }
  /** Puts a lane at `index` (0 = top). */
  moveParty(id: string, index: number): void {
    this.#api((plan) => parties.moveParty(plan, id, index));
  }
  /** Removes a lane; one that owns steps is refused unless `moveStepsTo` names the lane that takes them. */
  removeParty(id: string, options: parties.RemovePartyOptions = {}): void {
    this.#api((plan) => parties.removeParty(plan, id, options));
  }
  /** Undoes this user's last change (never another tab's or person's); false when there is none. */
  undo(): boolean {
    return this.#document.undo();
  }
  /** Redoes the change undone last; false when there is none. */
  redo(): boolean {
    return this.#document.redo();
  }
  /** Whether `undo()` / `redo()` would change anything (for enabling host buttons on `map-change`). */
  get canUndo(): boolean {
    return this.#document.canUndo;
  }
  /** Whether `redo()` would change anything. */
  get canRedo(): boolean {
    return this.#document.canRedo;
  }

  // ---- view
  /** The selected steps' ids; setting it selects them (steps the audience cannot see are left out). */
  get selectedIds(): string[] {
    return this.#selection.list;
  }
  set selectedIds(ids: string[]) {
    const shown = this.#scenes.scene?.layout.byId;
    this.#selection.select([...ids].filter((id) => shown?.has(id) ?? this.plan.items.some((item) => item.id === id)));
  }
  /** Zooms so the whole plan (labels, target and projected finish too) fits the view, both ways, with a small margin. */
  fit(): void {
    this.#scenes.fit();
  }
  /** Scrolls horizontally so the date is in view, a third from the left. */
  scrollToDate(date: ISODate): void {
    this.#scenes.scrollToDate(date);
  }
  /** Resolves when every committed change is durable in storage. */
  flush(): Promise<void> {
    return this.#persistence.flush();
  }
  /** Resolves once the pending saves are done, without hurrying them. */
  get saved(): Promise<void> {
    return this.#persistence.saved;
  }

  // ---- export (a buyer audience never sees internal steps)
  /** The plan as Plan JSON v1 (pretty printed). */
  exportJSON(): string {
    return this.#exports.json();
  }
  /** One row per step (RFC 4180, safe in every locale); `bom: true` prefixes the byte order mark Excel on Windows needs. */
  exportCSV(options: { bom?: boolean } = {}): string {
    return this.#exports.csv(options);
  }
  /** Milestones, decisions and the target date as all-day calendar events (RFC 5545). */
  exportICS(): string {
    return this.#exports.ics();
  }
  /** A standalone SVG document of the whole plan with its styles inlined: title block, lanes, markers, legend. */
  exportSVG(options: SvgExportOptions = {}): string {
    return this.#exports.svg(options);
  }
  /** A PNG of the whole plan, `width` CSS px wide (default 1920) at `scale` (default 2); rejects saying what failed. */
  exportPNG(options: PNGExportOptions = {}): Promise<Blob> {
    return this.#exports.png(options);
  }
  /** Reads a CSV, TSV, TXT, XLSX or Plan JSON file as a plan to review; `preview: true` opens the preview. */
  importFile(file: File | Blob, options: ImportFileOptions = {}): Promise<ImportResult> {
    return this.#imports.read(file, options);
  }

  // ---- internals
  readonly #api = (run: (plan: Plan) => Edit): Plan => this.#document.apply(run, 'api');

  /** Also waits for a part the update opened (its code, then its update); false while a fit's second layout is due. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const update = super.getUpdateComplete().then((done) => done && !this.isUpdatePending);
    const done = await afterParts(this, update, () => this.getUpdateComplete());
    // The arrows a drop left sketched are routed right after its first frame: done once they are drawn.
    const routing = this.#scenes.drops.routing;
    if (!routing) return done;
    await routing;
    return this.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('zoom')) this.#scenes.setPreset(this.zoom);
    const scene = this.#scenes.prepare(this.plan, this.audience, this.#today());
    if (changed.has('audience')) this.#selection.keepOnly(scene.layout.byId);
  }

  protected override render() {
    const scene = this.#scenes.scene!;
    return timelineFrame({
      plan: this.plan,
      scene,
      committed: this.#scenes.committed,
      today: this.#today(),
      readonly: this.#collab.waiting || this.readonly,
      selection: this.#selection,
      window: this.#scenes.drawnWindow(),
      visible: this.#scenes.visible,
      typeScale: this.#scenes.typeScale,
      handlesFor: this.#editor.readonly || this.#drag.active ? undefined : this.#selection.ids,
      table: this.view === 'table' ? this.#table.content(scene, this.#selection, this.#today()) : undefined,
      handlers: this.#handlers,
      editing: this.#editor.readonly ? undefined : this.#inspector.planEditing,
      tools: html`${this.#editor.headerTools()}${this.#collab.header()}`,
      messages: this.#editor.messages(),
      overlay: html`${this.#editor.overlay(scene)}${this.#collab.overlay(scene)}${this.#drag.tooltip(scene)}`,
      side: this.#inspector.render(),
      dialogs: this.#imports.render(),
    });
  }
}
