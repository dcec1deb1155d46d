import { PlanError } from './errors.js';
import { checked, entry, type Edit, type EditContext } from './edit.js';
import type { AgreementStatus, Item, Plan } from './types.js';

/** Plan-level fields an edit may change. */
export type PlanPatch = Partial<Pick<Plan, 'title' | 'status' | 'targetDate' | 'targetItemId' | 'calendar'>>;

const PLAN_FIELDS: ReadonlySet<string> = new Set(['title', 'status', 'targetDate', 'targetItemId', 'calendar']);

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

const showValue = (value: unknown): string =>
  value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** Log entries carry plan-level fields (title, status, target) in the same before/after slots as step fields. */
const planFields = (fields: Record<string, unknown>): Partial<Item> => fields as Partial<Item>;

/**
 * Changes plan-level fields (title, agreement status, target date and step, calendar); `undefined` removes a field.
 * Refuses (PlanError) other fields and values that would make the plan invalid, leaving it unchanged.
 */
export function updatePlan(plan: Plan, patch: PlanPatch, context: EditContext = {}): Edit {
  if (typeof patch !== 'object' || patch === null)
    throw new PlanError('invalid-value', 'updatePlan needs an object of plan fields');
  const next: Plan = { ...plan };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!PLAN_FIELDS.has(key))
      throw new PlanError(
        'invalid-value',
        `${key}: not a plan field that can be changed (${[...PLAN_FIELDS].join(', ')})`,
      );
    if (key === 'title' && (typeof value !== 'string' || value.trim() === ''))
      throw new PlanError('invalid-value', 'title: a plan needs a title');
    if (sameValue(plan[key], value)) continue;
    before[key] = plan[key];
    after[key] = value;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (Object.keys(after).length === 0) return { plan, changes: [] };
  const note = Object.keys(after)
    .map((key) => `${key}: ${showValue(before[key])} → ${showValue(after[key])}`)
    .join('; ');
  return checked({
    plan: next,
    changes: [entry(context, { op: 'plan', before: planFields(before), after: planFields(after), note })],
  });
}

export const setAgreement = (plan: Plan, status: AgreementStatus, context: EditContext = {}): Edit =>
  updatePlan(plan, { status }, context);

/** What an agreement's log note says of the baselines. */
export const AGREED_BASELINES = "every step's dates baselined";

/** Both sides confirmed the plan in writing: today's dates become every step's baseline. */
export function agree(plan: Plan, context: EditContext = {}): Edit {
  if (plan.items.length === 0) throw new PlanError('invalid-value', 'an empty plan cannot be agreed');
  const items = plan.items.map((item) => ({ ...item, baseline: { start: item.start, end: item.end } }));
  const who = context.by ? ` by ${context.by}` : '';
  // No count of steps: the buyer's copy of the log would tell how many internal steps the seller keeps.
  const note = `Plan agreed in writing${who}: ${AGREED_BASELINES}`;
  const change = entry(context, {
    op: 'agree',
    before: planFields({ status: plan.status }),
    after: planFields({ status: 'written' }),
    note,
  });
  return checked({ plan: { ...plan, status: 'written', items }, changes: [change] });
}
