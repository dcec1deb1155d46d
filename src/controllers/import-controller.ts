import { html, nothing, type ReactiveController } from 'lit';
import type { ImportOptions, ImportResult } from '../import/import-plan.js';
import { assignOwnerLanes } from '../import/owner-lanes.js';
import { formatShortDate } from '../model/dates.js';
import { replacePlan } from '../model/replace-plan.js';
import type { Plan } from '../model/types.js';
import { dropHint, importDialog, type ImportPreviewView } from '../render/import-preview.js';
import type { EditorController } from './editor-controller.js';
import { FIELDS, UNUSED_COLUMN, columnsOf } from './import-fields.js';
export type { ImportResult } from '../import/import-plan.js';

/** `importFile`'s options: the importer's, with `today` from the element's clock, and whether to open the preview. */
export type ImportFileOptions = Partial<ImportOptions> & {
  /** Also opens the preview dialog, where the user adjusts the mapping and confirms (as dropping the file does). */
  preview?: boolean;
};

/** The import code (readers, work-back scheduling) is a chunk of its own, fetched on the first import. */
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
  timeline: (HTMLElement & { plan: Plan; fit(): void; updateComplete: Promise<unknown> }) | undefined;
  busy: boolean;
  /** Where focus was when the preview opened, to go back to. */
  from: HTMLElement | undefined;
}

const deepActive = (root: Document | ShadowRoot = document): HTMLElement | undefined => {
  const active = root.activeElement as HTMLElement | null;
  return active?.shadowRoot?.activeElement ? deepActive(active.shadowRoot) : (active ?? undefined);
};

/**
 * Import: reads a file into a plan to review (`importFile`), and the preview a drop or the host opens, which applies
 * the plan as one undoable change on Confirm. Dropping only works while the element may be edited.
 */
export class ImportController implements ReactiveController {
  #preview?: Preview;
  #dragging = false;
  #run = 0;

  constructor(private readonly editor: EditorController) {
    editor.element.addController(this);
  }

  hostConnected(): void {
    const element = this.editor.element;
    element.addEventListener('dragover', this.#onDragOver);
    element.addEventListener('dragleave', this.#onDragLeave);
    element.addEventListener('drop', this.#onDrop);
  }

  hostDisconnected(): void {
    const element = this.editor.element;
    element.removeEventListener('dragover', this.#onDragOver);
    element.removeEventListener('dragleave', this.#onDragLeave);
    element.removeEventListener('drop', this.#onDrop);
  }

  hostUpdated(): void {
    const dialog = this.editor.element.renderRoot.querySelector<HTMLDialogElement>('dialog.import-dialog');
    if (dialog && !dialog.open) this.#opened(dialog);
  }

  /** Reads a CSV, TSV, TXT, XLSX or Plan JSON file into `{ plan, issues, detected }`; the plan shown is not changed. */
  async read(file: Blob, options: ImportFileOptions = {}): Promise<ImportResult> {
    const { preview, ...given } = options;
    const name = (file as File).name;
    const importOptions: ImportOptions = {
      ...(typeof name === 'string' && name !== '' ? { fileName: name } : {}),
      ...given,
      today: given.today ?? this.editor.today,
    };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await (await importer()).importFileBytes(bytes, importOptions);
    if (preview && !this.editor.readonly) await this.#open(bytes, importOptions, result);
    return result;
  }

  /** The drop hint while a file is dragged over the element, and the preview dialog while it is open. */
  render() {
    return html`${this.#dragging ? dropHint() : nothing}${this.#preview ? this.#dialog(this.#preview) : nothing}`;
  }

  async #open(bytes: Uint8Array, options: ImportOptions, read: ImportResult): Promise<void> {
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
    preview.headers = await this.#headers(preview);
    this.#preview = preview;
    this.#refresh(preview);
  }

  /** The header row's cells of a delimited file, so every column can be offered in the mapping. */
  async #headers(preview: Preview): Promise<readonly string[] | undefined> {
    const { format, headerRow } = preview.read.detected;
    if (format !== 'csv' || headerRow === undefined) return undefined;
    return (await importer()).readDelimited(preview.bytes).rows[headerRow - 1];
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
    preview.headers = (await this.#headers(preview)) ?? preview.headers;
    preview.busy = false;
    this.#refresh(preview);
  }

  /** The result with the chosen lanes, shown in the preview's own read-only timeline. */
  #refresh(preview: Preview): void {
    preview.result = assignOwnerLanes(preview.read, preview.lanes);
    const plan = preview.result.plan;
    if (plan) {
      preview.timeline ??= this.#timeline();
      preview.timeline.plan = plan;
      const timeline = preview.timeline;
      void timeline.updateComplete.then(() => timeline.fit());
    }
    this.editor.element.requestUpdate();
  }

  #timeline(): NonNullable<Preview['timeline']> {
    const host = this.editor.element;
    const timeline = document.createElement(host.localName) as NonNullable<Preview['timeline']>;
    timeline.className = 'import-timeline';
    timeline.setAttribute('readonly', '');
    timeline.setAttribute('today', this.editor.today);
    timeline.setAttribute('zoom', 'week');
    timeline.setAttribute('theme', host.getAttribute('theme') ?? 'auto');
    return timeline;
  }

  #dialog(preview: Preview) {
    const { result } = preview;
    const plan = result.plan;
    const detected = result.detected;
    const parts = plan
      ? [
          `${plan.items.length} steps in ${plan.parties.length} lanes`,
          plan.targetDate ? `target ${formatShortDate(plan.targetDate)}` : '',
        ]
      : ['No plan'];
    if (detected.headerRow) parts.push(`table header in row ${detected.headerRow}`);
    const askDates = result.issues.some((issue) => ['ambiguous-dates', 'date-order'].includes(issue.code));
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
      parties: plan?.parties ?? [],
      timeline: plan ? preview.timeline : undefined,
      replaces: this.editor.document.hasPlan ? this.editor.plan.title : undefined,
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

  #confirm(preview: Preview): void {
    const plan = preview.result.plan;
    if (!plan || preview.busy || preview.result.issues.some((issue) => issue.severity === 'error')) return;
    const { document, selection } = this.editor;
    const note = `Imported “${preview.options.fileName ?? 'a file'}”: ${plan.items.length} steps in ${plan.parties.length} lanes`;
    const applied = this.editor.applyUser((current) =>
      replacePlan(document.hasPlan ? current : { ...current, id: plan.id }, plan, note),
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

  readonly #accepts = (event: DragEvent): boolean =>
    !this.editor.readonly && !this.#preview && (event.dataTransfer?.types.includes('Files') ?? false);

  readonly #onDragOver = (event: DragEvent): void => {
    if (!this.#accepts(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
    if (this.#dragging) return;
    this.#dragging = true;
    this.editor.element.requestUpdate();
  };

  readonly #onDragLeave = (event: DragEvent): void => {
    // The hint covers the element while shown: leaving it is leaving the element.
    if (!this.#dragging || !(event.composedPath()[0] as Element).matches?.('[data-drop-hint]')) return;
    this.#dragging = false;
    this.editor.element.requestUpdate();
  };

  readonly #onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    const wasDragging = this.#dragging;
    this.#dragging = false;
    if (wasDragging) this.editor.element.requestUpdate();
    if (!this.#accepts(event) || !file) return;
    event.preventDefault();
    this.read(file, { preview: true }).catch((error: unknown) => {
      this.editor.say(
        `Could not read “${file.name}”: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
    });
  };
}
