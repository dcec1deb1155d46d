import { formatShortDate } from '../model/dates.js';
import type { Plan } from '../model/types.js';
import type { ImportDetected } from './import-types.js';

/**
 * The plan an import of a spreadsheet puts in place of `current`: the file's steps and lanes, with the deal's own
 * title and target date where the file names none (a file is named after a sheet, not after the deal). The agreement
 * is the file's (vague unless it says otherwise): the buyer has not agreed to the steps the file brings. A plan file
 * (JSON) is a whole plan and replaces everything.
 */
export function importedInPlaceOf(current: Plan | undefined, imported: Plan, detected: ImportDetected): Plan {
  if (!current || detected.format === 'json') return imported;
  const plan: Plan = { ...imported, title: detected.title ?? current.title };
  if (!imported.targetDate && current.targetDate) plan.targetDate = current.targetDate;
  return plan;
}

/**
 * What the preview says of the plan shown beyond its steps and lanes: what it keeps ("its title and its target date,
 * 5 Feb 2027"), and whether its agreement goes back to vague.
 */
export function keptNote(
  current: Plan | undefined,
  imported: Plan,
  detected: ImportDetected,
): { keeps?: string; agreementReset: boolean } {
  if (!current || detected.format === 'json') return { agreementReset: false };
  const result = importedInPlaceOf(current, imported, detected);
  const kept = [
    result.title === current.title ? 'its title' : '',
    !imported.targetDate && current.targetDate ? `its target date, ${formatShortDate(current.targetDate, true)}` : '',
  ].filter(Boolean);
  return {
    ...(kept.length > 0 ? { keeps: kept.join(' and ') } : {}),
    agreementReset: (current.status ?? 'vague') !== (imported.status ?? 'vague'),
  };
}
