import { property } from 'lit/decorators.js';
import { PersistenceController, defaultStore } from '../controllers/persistence-controller.js';
import type { ChangeSource } from '../events.js';
import { planToCSV } from '../io/csv.js';
import { planToICS } from '../io/ics.js';
import { planToJSON } from '../io/json.js';
import { PrintController } from '../controllers/print-controller.js';
import { cssTextOf } from '../io/export-css.js';
import { ExportError } from '../io/export-error.js';
import type { PNGExportOptions } from '../io/export-png.js';
import { svgExport, type ExportSource, type SvgExportOptions } from '../io/export-svg.js';
import type { PlanStore } from '../io/plan-store.js';
import * as commands from '../model/commands.js';
import { completeItem } from '../model/new-item.js';
import { addParty, completeParty, moveParty, removeParty, updateParty, type PartyPatch, type RemovePartyOptions } from '../model/party-commands.js';
import { agree, setAgreement, updatePlan, type PlanPatch } from '../model/plan-commands.js';
import type { AgreementStatus, Item, LogEntry, Party, Plan } from '../model/types.js';
import { EditableTimeline } from './editable-timeline.js';

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
 * @cssprop --mt-bg - background colour
 * @cssprop --mt-text - text colour
 * @cssprop --mt-font-scale - multiplies every type size, row height and label layout (e.g. 1.25 for presentations)
 * @cssprop --mt-today - colour of the today line
 * @cssprop --mt-target - colour of the target line
 * @cssprop --mt-late - colour of late verdicts, violated arrows and overdue outlines
 * @cssprop --mt-ok - colour of on-track verdicts
 * @cssprop --mt-link - colour of dependency arrows
 * @cssprop --mt-focus - colour of focus rings and the selected arrow
 */
export class MapTimeline extends EditableTimeline {
  /** IndexedDB key: the stored plan for it is loaded, and every committed change is saved under it. */
  @property({ attribute: 'plan-id', reflect: true }) planId?: string;
  /** Plan JSON to fetch when nothing is stored for `plan-id`. */
  @property() src?: string;
  /** Where plans are kept; IndexedDB unless the host brings its own (e.g. its server). */
  @property({ attribute: false }) store: PlanStore = defaultStore();

  protected readonly persistence = new PersistenceController(this);

  // ---- the public editing API: the same commands as the gestures, source 'api', undoable, throwing on bad input

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

  /** The agreement state without a new baseline: `vague` (RED), `verbal` (AMBER) or `written` (GREEN). */
  setAgreement(status: AgreementStatus): void {
    this.apply((plan) => setAgreement(plan, status), 'api');
  }

  /** Changes plan-level fields: `title`, `targetDate`, `targetItemId`, `status`, `calendar` (`undefined` clears one). */
  updatePlan(patch: PlanPatch): Plan {
    return structuredClone(this.apply((plan) => updatePlan(plan, patch), 'api'));
  }

  /** Adds a lane at the bottom; missing fields get defaults (a partner lane in a colour no lane uses yet). */
  addParty(partial: Partial<Party> = {}): Party {
    const party = completeParty(this.plan, partial);
    this.apply((plan) => addParty(plan, party), 'api');
    return structuredClone(party);
  }

  /** Renames, recolours or changes the side of a lane (`color: undefined` goes back to the side's colour). */
  updateParty(id: string, patch: PartyPatch): Party {
    const plan = this.apply((current) => updateParty(current, id, patch), 'api');
    return structuredClone(plan.parties.find((party) => party.id === id)!);
  }

  /** Puts a lane at `index` (0 = top). */
  moveParty(id: string, index: number): void {
    this.apply((plan) => moveParty(plan, id, index), 'api');
  }

  /** Removes a lane; one that owns steps is refused unless `moveStepsTo` names the lane that takes them. */
  removeParty(id: string, options: RemovePartyOptions = {}): void {
    this.apply((plan) => removeParty(plan, id, options), 'api');
  }

  // ---- storage

  /** Resolves when every committed change is durable in storage. */
  flush(): Promise<void> {
    return this.persistence.flush();
  }

  /** Resolves once the pending saves are done, without hurrying them. */
  get saved(): Promise<void> {
    return this.persistence.saved;
  }

  protected override acceptPlan(plan: Plan): void {
    super.acceptPlan(plan);
    this.persistence.replaced(plan);
  }

  /** @internal */
  override showCommitted(plan: Plan, changes: LogEntry[], source: ChangeSource): void {
    super.showCommitted(plan, changes, source);
    this.persistence.committed(plan, changes, source);
  }

  // ---- export

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

  // ---- pictures of the whole plan (all lanes, the full date range) for decks, and for printing

  /** @internal Swaps in the whole plan for the browser's Print. */
  protected readonly printCopy = new PrintController(this, (width) => this.exportSVG({ width }));

  /**
   * A standalone SVG document of the whole plan with its styles inlined: title block, lanes, today/target/projected
   * lines and legend. A buyer audience never sees internal steps.
   */
  exportSVG(options: SvgExportOptions = {}): string {
    try {
      return svgExport(this.exportSource(), options).svg;
    } catch (error) {
      throw this.exportFailed(new ExportError(`Could not draw the plan as SVG (${error instanceof Error ? error.message : String(error)})`, error));
    }
  }

  /**
   * A PNG of the whole plan: `width` CSS pixels wide (default 1920, a 16:9 slide) at `scale` (default 2), the height
   * following the plan. Rejects with an error saying what failed, and fires `map-error` (`export-failed`).
   */
  async exportPNG(options: PNGExportOptions = {}): Promise<Blob> {
    try {
      // The PNG pipeline (fonts, rasterising) loads on first use; html2canvas is a chunk of its own after that.
      const { pngExport } = await import('../io/export-png.js');
      return await pngExport(this.exportSource(), options);
    } catch (error) {
      throw this.exportFailed(error);
    }
  }

  /** @internal */
  private exportSource(): ExportSource {
    return { plan: this.plan, audience: this.audience, today: this.todayDate, host: this, css: cssTextOf(MapTimeline.elementStyles) };
  }

  /** @internal Says what failed with `map-error`, and returns the error to throw. */
  private exportFailed(error: unknown): Error {
    const failure = error instanceof Error ? error : new ExportError(String(error));
    this.fail('export-failed', failure);
    return failure;
  }
}
