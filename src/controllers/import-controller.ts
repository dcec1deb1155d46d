import { html, nothing, type ReactiveController } from 'lit';
import type { ImportOptions, ImportResult } from '../import/import-plan.js';
import type { dropHint } from '../render/import-preview.js';
import type { EditorController } from './editor-controller.js';
import type { ImportDialog } from './import-dialog.js';
import { LazyPart, type PartModule } from './lazy-part.js';
export type { ImportResult } from '../import/import-plan.js';

/** `importFile`'s options: the importer's, with `today` from the element's clock, and whether to open the preview. */
export type ImportFileOptions = Partial<ImportOptions> & {
  /** Also opens the preview dialog, where the user adjusts the mapping and confirms (as dropping the file does). */
  preview?: boolean;
};

/** The preview's chunk: the dialog, the drop hint and their styles. */
export interface ImportPreviewPart extends PartModule {
  ImportDialog: typeof ImportDialog;
  dropHint: typeof dropHint;
}

/** The import code (readers, work-back scheduling) is a chunk of its own, fetched on the first import. */
const importer = () => import('../import/index.js');

/**
 * Import: reads a file into a plan to review (`importFile`), and the preview a drop or the host opens, which applies
 * the plan as one undoable change on Confirm. Dropping only works while the element may be edited. The preview's
 * code comes on the first drag of a file over the element, or with the first file to preview.
 */
export class ImportController implements ReactiveController {
  #dragging = false;
  #dialog?: ImportDialog;
  readonly #part: LazyPart<ImportPreviewPart>;

  constructor(
    private readonly editor: EditorController,
    load: () => Promise<ImportPreviewPart>,
  ) {
    editor.element.addController(this);
    this.#part = new LazyPart(editor.element, load, () => undefined);
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
    this.#dialog?.updated();
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
    const dialog = preview && !this.editor.readonly ? this.#openDialog() : undefined;
    void dialog?.catch(() => undefined); // a failed load is reported below, once the file is read
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await (await importer()).importFileBytes(bytes, importOptions);
    if (dialog && !this.editor.readonly) await (await dialog).show(bytes, importOptions, result);
    return result;
  }

  /** The drop hint while a file is dragged over the element, and the preview dialog while it is open. */
  render() {
    const hint = this.#dragging ? this.#part.request()?.dropHint() : undefined;
    return html`${hint ?? nothing}${this.#dialog?.render() ?? nothing}`;
  }

  async #openDialog(): Promise<ImportDialog> {
    const { ImportDialog } = await this.#part.get();
    return (this.#dialog ??= new ImportDialog(this.editor));
  }

  readonly #accepts = (event: DragEvent): boolean =>
    !this.editor.readonly && !this.#dialog?.open && (event.dataTransfer?.types.includes('Files') ?? false);

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
