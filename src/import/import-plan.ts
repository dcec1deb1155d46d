import { PlanError } from '../model/errors.js';
import type { Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import { readDelimited } from './delimited.js';
import { importRows } from './import-rows.js';
import type { ImportDetected, ImportOptions, ImportResult } from './import-types.js';
import { IssueList } from './issues.js';

export type { ImportDetected, ImportOptions, ImportResult } from './import-types.js';

export const MAX_BYTES = 10 * 1024 * 1024;

const size = (input: Uint8Array | string): number => (typeof input === 'string' ? input.length : input.byteLength);
const looksLikeJSON = (input: Uint8Array | string, fileName = ''): boolean =>
  /\.json$/i.test(fileName) || (typeof input === 'string' ? /^\s*\{/.test(input) : input[0] === 0x7b);

/** A fresh result under construction: findings, what was detected, and the answer once done. */
export function startResult(): {
  issues: IssueList;
  detected: ImportDetected;
  done: (plan: Plan | null) => ImportResult;
} {
  const issues = new IssueList();
  const detected: ImportDetected = { columns: {}, parties: {} };
  return { issues, detected, done: (plan) => ({ plan: issues.failed ? null : plan, issues: issues.all, detected }) };
}

/** Refuses a file over MAX_BYTES before reading it; true when refused. */
export function refuseLarge(input: Uint8Array | string, issues: IssueList): boolean {
  if (size(input) <= MAX_BYTES) return false;
  issues.error(
    'too-large',
    `the file is ${(size(input) / 1024 / 1024).toFixed(1)} MB; files over ${MAX_BYTES / 1024 / 1024} MB cannot be imported`,
  );
  return true;
}

/** A spreadsheet (CSV/TSV text or bytes) or Plan JSON → a plan to review, every finding, and what was detected. */
export function importPlan(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const { issues, detected, done } = startResult();
  if (refuseLarge(input, issues)) return done(null);
  if (looksLikeJSON(input, options.fileName)) return done(importJSON(input, detected, issues));
  const table = readDelimited(input);
  Object.assign(detected, { format: 'csv', delimiter: table.delimiter, encoding: table.encoding });
  issues.all.push(...table.issues);
  if (issues.failed) return done(null);
  return done(importRows({ rows: table.rows }, options, detected, issues));
}

function importJSON(input: Uint8Array | string, detected: ImportDetected, issues: IssueList): Plan | null {
  detected.format = 'json';
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  try {
    return validatePlan(text);
  } catch (error) {
    const found = error instanceof PlanError ? error.issues : [];
    for (const issue of found) issues.error('invalid-plan', `${issue.path}: ${issue.message}`);
    if (found.length === 0) issues.error('invalid-plan', String(error));
    return null;
  }
}
