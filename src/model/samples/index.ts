import type { ISODate, Plan } from '../types.js';
import { enterprisePlan } from './enterprise.js';
import { goLivePlan } from './go-live.js';
import { hiringPlan } from './hiring.js';

export { enterprisePlan, goLivePlan, hiringPlan };

/** The shipped sample plans, in menu order. `build(start)` lays the plan out from `start` (best a Monday). */
export const SAMPLE_PLANS: readonly { id: string; name: string; build: (start: ISODate) => Plan }[] = [
  { id: 'enterprise', name: 'Enterprise software deal', build: enterprisePlan },
  { id: 'hiring', name: 'Hiring (staffing agency)', build: hiringPlan },
  { id: 'go-live', name: 'Post-signature go-live', build: goLivePlan },
];
