import type { ImportOptions, ImportResult } from '../import/import-plan.js';
import { importedInPlaceOf, keptNote } from '../import/kept-settings.js';
import { OWN_PARTNER_LANE, assignOwnerLanes } from '../import/owner-lanes.js';
import { formatShortDate } from '../model/dates.js';
import { replacePlan } from '../model/replace-plan.js';
import type { Audience } from '../model/audience.js';
import type { Plan } from '../model/types.js';
import { importDialog, type ImportPreviewView } from '../render/import-preview.js';
import type { EditorController } from './editor-controller.js';
import { FIELDS, UNUSED_COLUMN, columnsOf } from './import-fields.js';

const PREVIEW_EVENTS = ['map-change', 'map-preview', 'map-select', 'map-load', 'map-error'] as const;

/** The import code (readers, work-back scheduling), a chunk of its own: already loaded once a preview opens. */
const importer = () => import('../import/index.js');

/** Events of the preview's own timeline that must not look as if the element fired them. */
const CONTAINED = ['map-change', 'map-load', 'map-select', 'map-error', 'map-preview'];
/** Input inside the dialog that the element's own gestures and keys must not see. */
const PRIVATE_INPUT = ['keydown', 'pointerdown', 'pointermove', 'pointerup', 'click', 'dblclick', 'wheel'];

interface Preview {
  bytes: Uint8Array;
  options: ImportOptions;
  /** The user's lane for an owner (owner text → party id). */
  lanes: Record<string, string>;
  /** As the importer read it, and with the chosen lanes. */
  read: ImportResult;
  result: ImportResult;
  headers: readonly string[] | undefined;
  timeline:
    (HTMLElement & { plan: Plan; audience: Audience; fit(): void; updateComplete: Promise<unknown> }) | undefined;
  busy: boolean;
  /** Where focus was when the preview opened, to go back to. */
  from: HTMLElement | undefined;
}

const deepActive = (root: Document | ShadowRoot = document): HTMLElement | undefined => {
  const active = root.activeElement as HTMLElement | null;
  return active?.shadowRoot?.activeElement ? deepActive(active.shadowRoot) : (active ?? undefined);
};

/**
 * The import preview: the file's plan in a read-only timeline of its own, the column mapping, the owners' lanes and
 * the issues; Confirm applies the plan as one undoable change. Loaded with its styles on the first drag or preview.
 */
export class ImportDialog {
  #preview?: Preview;
  #run = 0;

  constructor(private readonly editor: EditorController) {}

  get open(): boolean {
    return this.#preview !== undefined;
  }

  /** Shows the modal dialog once its markup is in the shadow root. */
  updated(): void {
    const dialog = this.editor.element.renderRoot.querySelector<HTMLDialogElement>('dialog.import-dialog');
    if (dialog && !dialog.open) this.#opened(dialog);
  }

  async show(bytes: Uint8Array, options: ImportOptions, read: ImportResult): Promise<void> {
    const from = this.#preview?.from ?? deepActive();
    const preview: Preview = {
      bytes,
      options,
      lanes: {},
      read,
      result: read,
      headers: undefined,
      timeline: undefined,
      busy: false,
      from,
    };
    preview.headers = read.detected.headers;
    this.#preview = preview;
    this.#refresh(preview);
  }

  render(): unknown {
    return this.#preview ? this.#dialog(this.#preview) : undefined;
  }

  async #rerun(change: Partial<ImportOptions>): Promise<void> {
    const preview = this.#preview;
    if (!preview) return;
    const run = ++this.#run;
    preview.options = { ...preview.options, ...change };
    preview.busy = true;
    this.editor.element.requestUpdate();
    const read = await (await importer()).importFileBytes(preview.bytes, preview.options);
    if (run !== this.#run || this.#preview !== preview) return;
    preview.read = read;
    preview.headers = read.detected.headers ?? preview.headers;
    preview.busy = false;
    this.#refresh(preview);
  }

  /** The plan an import would replace, if there is one. */
  #replaced(): Plan | undefined {
    return this.editor.document.hasPlan ? this.editor.document.plan : undefined;
  }

  /** The result with the chosen lanes, shown in the preview's own read-only timeline. */
  #refresh(preview: Preview): void {
    preview.result = assignOwnerLanes(preview.read, preview.lanes);
    const plan = preview.result.plan;
    if (plan) {
      preview.timeline ??= this.#timeline(preview.options.today ?? this.editor.today);
      // The plan as the import will make it: a spreadsheet naming no deal keeps the deal's title and target.
      preview.timeline.plan = importedInPlaceOf(this.#replaced(), plan, preview.result.detected);
      const timeline = preview.timeline;
      void timeline.updateComplete.then(() => timeline.fit());
    }
    this.editor.element.requestUpdate();
  }

  /** The preview's own timeline, on the day the file was read for (`importFile`'s `today`, else the element's). */
  #timeline(today: string): NonNullable<Preview['timeline']> {
    const host = this.editor.element;
    const timeline = document.createElement(host.localName) as NonNullable<Preview['timeline']>;
    timeline.className = 'import-timeline';
    timeline.setAttribute('readonly', '');
    timeline.setAttribute('today', today);
    timeline.setAttribute('zoom', 'week');
    timeline.setAttribute('theme', host.getAttribute('theme') ?? 'auto');
    timeline.audience = this.editor.settings.audience();
    // Its events (its plan loading, a step clicked in it) are about the file, not the host's plan: they stop here.
    for (const name of PREVIEW_EVENTS) timeline.addEventListener(name, (event) => event.stopPropagation());
    return timeline;
  }

  #dialog(preview: Preview) {
    const { result } = preview;
    const plan = result.plan;
    const detected = result.detected;
    // In the buyer's view the preview draws what the buyer would see: a rep may be sharing the screen.
    if (preview.timeline) preview.timeline.audience = this.editor.settings.audience();
    const parts = plan
      ? [
          `${plan.items.length} steps in ${plan.parties.length} lanes`,
          plan.targetDate ? `target ${formatShortDate(plan.targetDate)}` : '',
        ]
      : ['No plan'];
    if (detected.headerRow) parts.push(`table header in row ${detected.headerRow}`);
    const askDates = result.issues.some((issue) =>
      ['ambiguous-dates', 'date-order', 'date-order-mixed'].includes(issue.code),
    );
    const refused = this.#refusal();
    const kept = plan ? keptNote(this.#replaced(), plan, detected) : undefined;
    const view: ImportPreviewView = {
      fileName: preview.options.fileName ?? 'file',
      summary: parts.filter(Boolean).join(' · '),
      issues: result.issues,
      columns: columnsOf(preview.headers, detected.columns),
      fields: FIELDS.map(({ field, label }) => ({
        field,
        label,
        column: detected.columns[field]?.column ?? '',
        ...(field === 'title' ? { required: true } : {}),
      })),
      ...(askDates || preview.options.dateOrder ? { dateOrder: { value: preview.options.dateOrder } } : {}),
      owners: Object.entries(detected.parties).map(([owner, partyId]) => ({ owner, partyId })),
      ownPartnerLane: OWN_PARTNER_LANE,
      parties: plan?.parties ?? [],
      timeline: plan ? preview.timeline : undefined,
      replaces: this.#replaced()?.title,
      ...(kept?.keeps ? { keeps: kept.keeps } : {}),
      agreementReset: kept?.agreementReset ?? false,
      forEveryone: this.editor.settings.live() !== undefined,
      ...(refused ? { refused } : {}),
      spreadsheet: detected.format !== 'json',
      stepCount: plan?.items.length ?? 0,
      busy: preview.busy,
    };
    return importDialog(view, {
      mapping: (field, column) =>
        void this.#rerun({ mapping: { ...preview.options.mapping, [field]: column || UNUSED_COLUMN } }),
      dateOrder: (dateOrder) => void this.#rerun({ dateOrder }),
      lane: (owner, partyId) => {
        preview.lanes = { ...preview.lanes, [owner]: partyId };
        this.#refresh(preview);
      },
      confirm: () => this.#confirm(preview),
      cancel: () => this.#close(),
    });
  }

  #opened(dialog: HTMLDialogElement): void {
    for (const type of CONTAINED) dialog.addEventListener(type, (event) => event.stopPropagation());
    for (const type of PRIVATE_INPUT) dialog.addEventListener(type, (event) => event.stopPropagation());
    // Escape cancels from anywhere inside, also from the preview's timeline, which uses Escape itself.
    dialog.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        this.#close();
      },
      { capture: true },
    );
    dialog.showModal();
  }

  /** Why this page may not replace the plan: its replacement would cut the seller's internal steps loose. */
  #refusal(): string | undefined {
    return this.editor.rights.wholePlanRefusal('replace');
  }

  #confirm(preview: Preview): void {
    const plan = preview.result.plan;
    if (!plan || preview.busy || preview.result.issues.some((issue) => issue.severity === 'error')) return;
    const refusal = this.#refusal();
    if (refusal) return this.editor.say(refusal, 'error');
    const { document, selection } = this.editor;
    const note = `Imported “${preview.options.fileName ?? 'a file'}”: ${plan.items.length} steps in ${plan.parties.length} lanes`;
    const applied = this.editor.applyUser((current) =>
      document.hasPlan
        ? replacePlan(current, importedInPlaceOf(current, plan, preview.result.detected), note)
        : replacePlan({ ...current, id: plan.id }, plan, note),
    );
    if (!applied) return;
    selection.clear();
    this.#close();
    void this.editor.element.updateComplete.then(() => this.editor.scenes.fit());
  }

  #close(): void {
    const from = this.#preview?.from;
    this.#preview = undefined;
    this.#run += 1;
    this.editor.element.requestUpdate();
    void this.editor.element.updateComplete.then(() => {
      if (from?.isConnected) from.focus();
      else this.editor.focusTimeline();
    });
  }
}
