import type { Cells } from './cells.js';
import { IssueList, quoted } from './issues.js';
import type { StepDraft } from './steps.js';

/**
 * The decision each step assumes is "yes" (our own export's "If yes ID", else its "If yes" title). A reference to a
 * step that is not a decision is dropped with a warning: the plan would not validate with it.
 */
export function readIfYes(cells: Cells, drafts: StepDraft[], issues: IssueList): void {
  const byId = cells.has('ifYesId');
  if (!byId && !cells.has('ifYes')) return;
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
