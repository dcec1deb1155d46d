import { importPlan, refuseLarge, startResult } from './import-plan.js';
import type { ImportOptions, ImportResult } from './import-types.js';
import { importWorkbook } from './import-xlsx.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const isZip = (input: Uint8Array | string): input is Uint8Array =>
  typeof input !== 'string' && ZIP_SIGNATURE.every((byte, index) => input[index] === byte);

/**
 * Any file a rep may drop (CSV, TSV, TXT, XLSX or Plan JSON) → a plan to review. Asynchronous because a workbook is
 * unzipped with the platform's streams.
 */
export async function importFileBytes(input: Uint8Array | string, options: ImportOptions): Promise<ImportResult> {
  if (!isZip(input) && !/\.xlsx$/i.test(options.fileName ?? '')) return importPlan(input, options);
  const { issues, detected, done } = startResult();
  if (refuseLarge(input, issues)) return done(null);
  if (!isZip(input)) {
    detected.format = 'xlsx';
    issues.error(
      'unreadable-workbook',
      'the file is named .xlsx but is not an Excel workbook (it is not a ZIP archive)',
    );
    return done(null);
  }
  return done(await importWorkbook(input, options, detected, issues));
}
