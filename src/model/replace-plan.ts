import { entry, type Edit, type EditContext } from './edit.js';
import type { Plan } from './types.js';

/**
 * The whole plan replaced by another (an import): one change, so one undo brings the old plan back whole. The plan
 * keeps its id and its history log, which records the replacement; everything else comes from `next`.
 */
export function replacePlan(plan: Plan, next: Plan, note: string, context: EditContext = {}): Edit {
  const replaced: Plan = { ...next, id: plan.id };
  if (plan.log) replaced.log = plan.log;
  else delete replaced.log;
  const change = entry(context, {
    op: 'plan',
    before: { title: plan.title },
    after: { title: next.title },
    note,
  });
  return { plan: replaced, changes: [change] };
}
