export { importPlan, MAX_BYTES, type ImportOptions, type ImportResult, type ImportDetected } from './import-plan.js';
export { importFileBytes } from './import-file.js';
export { readDelimited, MAX_ROWS, type DelimitedTable, type Delimiter } from './delimited.js';
export type { ImportIssue } from './issues.js';
export type { DateOrder } from './date-text.js';
export type { Field as ImportField } from './columns.js';
