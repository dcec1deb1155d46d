import { cssTextOf } from '../export/stylesheet.js';
import { ExportError } from '../io/export-error.js';
import type { PNGExportOptions } from '../io/export-png.js';
import { svgExport, type ExportSource, type SvgExportOptions } from '../export/svg-document.js';
import { planToCSV } from '../io/csv.js';
import { planToICS } from '../io/ics.js';
import { planToJSON } from '../io/json.js';
import type { EditorController } from './editor-controller.js';
export type { PNGExportOptions } from '../io/export-png.js';
export type { SvgExportOptions } from '../export/svg-document.js';

/**
 * Pictures of the whole plan (all lanes, the full date range) for decks and printing. A failure is reported with
 * `map-error` (`export-failed`) and rejected with an error that says what failed.
 */
export class ExportController {
  constructor(
    private readonly editor: EditorController,
    private readonly styles: () => readonly (CSSStyleSheet | { cssText: string })[],
  ) {}

  json(): string {
    return planToJSON(this.editor.plan, { audience: this.editor.settings.audience() });
  }

  csv(options: { bom?: boolean } = {}): string {
    return planToCSV(this.editor.plan, { audience: this.editor.settings.audience(), ...options });
  }

  ics(): string {
    return planToICS(this.editor.plan, { audience: this.editor.settings.audience() });
  }

  svg(options: SvgExportOptions = {}): string {
    try {
      return svgExport(this.#source(), options).svg;
    } catch (error) {
      throw this.#failed(
        new ExportError(
          `Could not draw the plan as SVG (${error instanceof Error ? error.message : String(error)})`,
          error,
        ),
      );
    }
  }

  async png(options: PNGExportOptions = {}): Promise<Blob> {
    try {
      // The PNG pipeline (fonts, rasterising) loads on first use; html2canvas is a chunk of its own after that.
      const { pngExport } = await import('../io/export-png.js');
      return await pngExport(this.#source(), options);
    } catch (error) {
      throw this.#failed(error);
    }
  }

  #source(): ExportSource {
    const { editor } = this;
    return {
      plan: editor.plan,
      audience: editor.settings.audience(),
      today: editor.today,
      host: editor.element,
      css: cssTextOf(this.styles()),
    };
  }

  #failed(error: unknown): Error {
    const failure = error instanceof Error ? error : new ExportError(String(error));
    this.editor.fail('export-failed', failure);
    return failure;
  }
}
