export { PlanBinding, type BindingOptions, type CollabNotice, type NoticeListener } from './binding.js';
export { type PlanDocs } from './schema.js';
export { repairPlan, type Repair, type Repaired } from './repair.js';
