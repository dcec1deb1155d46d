import { addDays, weekday } from '../dates.js';
import type { ISODate, Plan } from '../types.js';
import { enterprisePlan } from './enterprise.js';
import { goLivePlan } from './go-live.js';
import { hiringPlan } from './hiring.js';

export { enterprisePlan, goLivePlan, hiringPlan };

export interface SamplePlan {
  id: string;
  name: string;
  /** Lays the plan out from `start` (best a Monday). */
  build: (start: ISODate) => Plan;
  /** Days after the start where the plan's done / in-progress statuses read naturally as "today". */
  todayOffset: number;
}

/** The shipped sample plans, in menu order. */
export const SAMPLE_PLANS: readonly SamplePlan[] = [
  { id: 'enterprise', name: 'Enterprise software deal', build: enterprisePlan, todayOffset: 17 },
  { id: 'hiring', name: 'Hiring (staffing agency)', build: hiringPlan, todayOffset: 3 },
  { id: 'go-live', name: 'Post-signature go-live', build: goLivePlan, todayOffset: 5 },
];

/** The sample laid out so that `today` falls where its statuses say the plan is: the Monday before today − offset. */
export function currentSample(sample: SamplePlan, today: ISODate): Plan {
  const anchor = addDays(today, -sample.todayOffset);
  return sample.build(addDays(anchor, -((weekday(anchor) + 6) % 7)));
}
