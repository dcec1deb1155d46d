import { findCycle } from '../model/graph.js';
import type { Item } from '../model/types.js';
import type { Cells } from './cells.js';
import { IssueList, quoted, rowList } from './issues.js';
import type { StepDraft } from './steps.js';
import { readReferences } from './values.js';

/** What a finding adds when a dependency names no step: the rest of the file still imports. */
const LEFT_OUT = ' — that link is left out';

/**
 * Step id → the ids it depends on. Numbers refer to the `#` column when there is one, else to spreadsheet rows;
 * other text to titles (our own export). A reference to no step is a warning (the link is left out); a cycle is an
 * error; both name the rows.
 */
export function readLinks(cells: Cells, drafts: readonly StepDraft[], issues: IssueList): Map<string, string[]> {
  const links = new Map<string, string[]>();
  if (cells.has('dependsOnIds')) return readIdLinks(cells, drafts, issues);
  if (!cells.has('dependsOn')) return links;
  const byNumber = new Map<number, StepDraft>();
  const byTitle = new Map<string, StepDraft>();
  /** The rows of every step of a title, when several share it. */
  const sameTitle = new Map<string, number[]>();
  const numbered = cells.has('id');
  for (const draft of drafts) {
    const number = numbered ? Number(/^\s*#?\s*(\d+)/.exec(cells.get(draft.index, 'id'))?.[1] ?? NaN) : draft.index + 1;
    if (Number.isInteger(number) && !byNumber.has(number)) byNumber.set(number, draft);
    const key = titleKey(draft.title);
    if (!byTitle.has(key)) byTitle.set(key, draft);
    sameTitle.set(key, [...(sameTitle.get(key) ?? []), draft.index + 1]);
  }
  const rows = drafts.length > 0 ? `${drafts[0]!.index + 1}–${drafts.at(-1)!.index + 1}` : '';
  // Without a `#` column a number names a spreadsheet row, which may well exist but hold no step.
  const missingNumber = (number: number) =>
    numbered
      ? `step #${number} does not exist`
      : `row ${number} holds no step (with no # column, a number names a spreadsheet row; the steps are in rows ${rows})`;
  for (const draft of drafts) {
    const text = cells.get(draft.index, 'dependsOn');
    const refs = readReferences(text);
    const found: string[] = [];
    const at = `row ${draft.index + 1}, ${cells.where('dependsOn')}`;
    const miss = (what: string) =>
      issues.warn('missing-dependency', `${at}: ${what}${LEFT_OUT}`, draft.index + 1, cells.letter('dependsOn'));
    for (const number of refs.numbers) {
      const target = byNumber.get(number);
      if (target) found.push(target.id);
      else miss(missingNumber(number));
    }
    if (refs.byTitle) {
      const { targets, missing } = titledSteps(text, byTitle);
      found.push(...targets.map((target) => target.id));
      for (const title of missing) miss(`a step titled ${quoted(title)} does not exist`);
      for (const target of targets) {
        const rowsOfTitle = sameTitle.get(titleKey(target.title))!;
        if (rowsOfTitle.length > 1)
          issues.warn(
            'ambiguous-dependency',
            `${at}: ${rowList(rowsOfTitle)} share the title ${quoted(target.title)} — read as row ${target.index + 1}, the first; rename one, or name the row by its number`,
            draft.index + 1,
            cells.letter('dependsOn'),
          );
      }
    }
    if (found.includes(draft.id)) {
      issues.error('cycle', `${at}: the step depends on itself`, draft.index + 1, cells.letter('dependsOn'));
    }
    const unique = [...new Set(found)].filter((id) => id !== draft.id);
    if (unique.length > 0) links.set(draft.id, unique);
  }
  reportCycle(drafts, links, cells, issues);
  return links;
}

/** A title as references are matched to it: case, runs of spaces and spaces around `/`, `&`, `+` and dashes aside. */
const titleKey = (title: string): string =>
  title
    .toLowerCase()
    .replace(/\s*([/&+\-–—])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The steps a dependency cell names by title: the whole text when it is one title (titles may hold commas), else
 * its `;`-separated parts, each one title or, failing that, a list of titles separated by commas.
 */
function titledSteps(
  text: string,
  byTitle: ReadonlyMap<string, StepDraft>,
): { targets: StepDraft[]; missing: string[] } {
  const whole = byTitle.get(titleKey(text));
  if (whole) return { targets: [whole], missing: [] };
  const targets: StepDraft[] = [];
  const missing: string[] = [];
  for (const part of text.split(/\s*;\s*/).filter((entry) => entry !== '')) {
    const one = byTitle.get(titleKey(part));
    const listed = one ? [one] : part.split(/\s*,\s*/).map((title) => byTitle.get(titleKey(title)));
    if (listed.every((target) => target !== undefined)) targets.push(...(listed as StepDraft[]));
    else missing.push(part);
  }
  return { targets, missing };
}

/** Our own export's "Depends on IDs": step ids separated by `;`. */
function readIdLinks(cells: Cells, drafts: readonly StepDraft[], issues: IssueList): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const ids = new Set(drafts.map((draft) => draft.id));
  for (const draft of drafts) {
    const found: string[] = [];
    for (const id of cells.get(draft.index, 'dependsOnIds').split(/\s*[;,]\s*/)) {
      if (id === '') continue;
      if (ids.has(id) && id !== draft.id) found.push(id);
      else if (id === draft.id)
        issues.error(
          'cycle',
          `row ${draft.index + 1}, ${cells.where('dependsOnIds')}: the step depends on itself`,
          draft.index + 1,
          cells.letter('dependsOnIds'),
        );
      else
        issues.warn(
          'missing-dependency',
          `row ${draft.index + 1}, ${cells.where('dependsOnIds')}: a step with the id ${quoted(id)} does not exist${LEFT_OUT}`,
          draft.index + 1,
          cells.letter('dependsOnIds'),
        );
    }
    if (found.length > 0) links.set(draft.id, [...new Set(found)]);
  }
  reportCycle(drafts, links, cells, issues);
  return links;
}

function reportCycle(
  drafts: readonly StepDraft[],
  links: Map<string, string[]>,
  cells: Cells,
  issues: IssueList,
): void {
  const items = drafts.map((draft) => ({ id: draft.id, dependsOn: links.get(draft.id) ?? [] }) as unknown as Item);
  const cycle = findCycle(items);
  if (!cycle) return;
  const rowOf = new Map(drafts.map((draft) => [draft.id, draft.index + 1]));
  const rows = cycle.map((id) => rowOf.get(id)!);
  const field = cells.has('dependsOnIds') ? 'dependsOnIds' : 'dependsOn';
  issues.error(
    'cycle',
    `rows ${rows.join(' → ')}: the dependencies (${cells.where(field)}) go round in a cycle`,
    rows[0],
    cells.letter(field),
  );
}
