import type { Plan } from '../model/types.js';
import { planForAudience, type ExportOptions } from '../model/audience.js';

/** Plan JSON v1, indented by two spaces, that `validatePlan` reads back as the same plan. */
export function planToJSON(plan: Plan, options: ExportOptions = {}): string {
  return `${JSON.stringify(planForAudience(plan, options.audience ?? 'seller'), null, 2)}\n`;
}
