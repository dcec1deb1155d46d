import { importPlan, type ImportOptions, type ImportResult } from './import-plan.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const isZip = (input: Uint8Array | string): boolean =>
  typeof input !== 'string' && ZIP_SIGNATURE.every((byte, index) => input[index] === byte);

/**
 * Any file a rep may drop (CSV, TSV, TXT, XLSX or Plan JSON) → a plan to review. Asynchronous because a workbook is
 * unzipped with the platform's streams.
 */
export async function importFileBytes(input: Uint8Array | string, options: ImportOptions): Promise<ImportResult> {
  if (isZip(input) || /\.xlsx$/i.test(options.fileName ?? '')) {
    return {
      plan: null,
      issues: [{ severity: 'error', code: 'xlsx-unsupported', message: 'Excel workbooks cannot be read yet' }],
      detected: { columns: {}, parties: {} },
    };
  }
  return importPlan(input, options);
}
