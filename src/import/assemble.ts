import { PlanError } from '../model/errors.js';
import { newPlan } from '../model/templates.js';
import type { Calendar, ISODate, Item, Party, Plan } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import type { IssueList } from './issues.js';
import type { Assignment } from './parties.js';
import type { Schedule } from './schedule.js';
import type { StepDraft } from './steps.js';

export interface PlanParts {
  title: string;
  calendar: Calendar;
  target?: ISODate;
  parties: Party[];
  drafts: readonly StepDraft[];
  assignments: readonly Assignment[];
  links: ReadonlyMap<string, readonly string[]>;
  schedule: Schedule;
}

/** The plan the parts make, checked by the same validation as any plan (failures become errors). */
export function assemblePlan(parts: PlanParts, issues: IssueList): Plan | null {
  const { drafts, schedule, links } = parts;
  const plan: Plan = { ...newPlan({ title: parts.title }), parties: parts.parties, calendar: parts.calendar };
  if (parts.target) plan.targetDate = parts.target;
  if (schedule.closeId) plan.targetItemId = schedule.closeId;
  plan.items = drafts.map((draft, index): Item => {
    const { start, end } = schedule.dates.get(draft.id)!;
    const lane = parts.assignments[index]!;
    const dependsOn = links.get(draft.id);
    return {
      id: draft.id,
      title: draft.title,
      partyId: lane.partyId,
      kind: draft.kind,
      start,
      end,
      ...(lane.owner ? { owner: lane.owner } : {}),
      ...(draft.role ? { role: draft.role } : {}),
      ...(draft.status ? { status: draft.status } : {}),
      ...(dependsOn ? { dependsOn: [...dependsOn] } : {}),
      ...(draft.ifYes ? { ifYes: draft.ifYes } : {}),
      ...(draft.internal ? { internal: true } : {}),
      ...(draft.baseline ? { baseline: draft.baseline } : {}),
      ...(draft.notes ? { notes: draft.notes } : {}),
      ...(lane.withPartyIds ? { withPartyIds: lane.withPartyIds } : {}),
      ...(draft.estimate ? { estimate: draft.estimate } : {}),
    };
  });
  return checked(plan, issues);
}

function checked(plan: Plan, issues: IssueList): Plan | null {
  try {
    return validatePlan(plan);
  } catch (error) {
    for (const issue of (error as PlanError).issues ?? [])
      issues.error('invalid-plan', `${issue.path}: ${issue.message}`);
    if (!issues.failed) issues.error('invalid-plan', String(error));
    return null;
  }
}
