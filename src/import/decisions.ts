import type { Cells } from './cells.js';
import { IssueList, quoted, rowList } from './issues.js';
import type { StepDraft } from './steps.js';

/**
 * The decision each step assumes is "yes" (our own export's "If yes ID", else its "If yes" title). A reference to a
 * step that is not a decision is dropped with a warning: the plan would not validate with it.
 */
export function readIfYes(
  cells: Cells,
  drafts: StepDraft[],
  links: ReadonlyMap<string, readonly string[]>,
  issues: IssueList,
): void {
  const byId = cells.has('ifYesId');
  if (!byId && !cells.has('ifYes')) return assumeYesAfterDecisions(drafts, links, issues);
  const field = byId ? 'ifYesId' : 'ifYes';
  const find = (text: string) =>
    drafts.find((draft) => (byId ? draft.id === text : draft.title.toLowerCase() === text.toLowerCase()));
  for (const draft of drafts) {
    const text = cells.get(draft.index, field);
    if (text === '') continue;
    const decision = find(text);
    if (decision?.kind === 'decision' && decision !== draft) draft.ifYes = decision.id;
    else
      issues.warn(
        'if-yes',
        `row ${draft.index + 1}, ${cells.where(field)}: ${quoted(text)} is not a decision in this plan — ignored`,
        draft.index + 1,
        cells.letter(field),
      );
  }
}

/**
 * Without an "If yes" column, a step that comes after a decision (it waits for it, directly or through other steps)
 * holds only if the answer is yes, as in a plan drawn by hand: it assumes the nearest decision before it.
 */
function assumeYesAfterDecisions(
  drafts: StepDraft[],
  links: ReadonlyMap<string, readonly string[]>,
  issues: IssueList,
): void {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const rowsByDecision = new Map<StepDraft, number[]>();
  for (const draft of drafts) {
    const decision = nearestDecisionBefore(draft, byId, links);
    if (!decision) continue;
    draft.ifYes = decision.id;
    rowsByDecision.set(decision, [...(rowsByDecision.get(decision) ?? []), draft.index + 1]);
  }
  for (const [decision, rows] of rowsByDecision)
    issues.info(
      'if-yes-assumed',
      `${rowList(rows)}: read as holding only if the answer to ${quoted(decision.title)} (row ${decision.index + 1}) is yes, as ${rows.length === 1 ? 'it comes' : 'they come'} after it`,
      rows[0],
    );
}

/** The first decision met walking back from a step along what it waits for, nearest first. */
function nearestDecisionBefore(
  draft: StepDraft,
  byId: ReadonlyMap<string, StepDraft>,
  links: ReadonlyMap<string, readonly string[]>,
): StepDraft | undefined {
  const seen = new Set<string>([draft.id]);
  let frontier = [...(links.get(draft.id) ?? [])];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      const before = byId.get(id);
      if (before?.kind === 'decision') return before;
      next.push(...(links.get(id) ?? []));
    }
    frontier = next;
  }
  return undefined;
}
