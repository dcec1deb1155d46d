export { PlanBinding, type BindingOptions, type CollabNotice, type NoticeListener } from './binding.js';
export { type PlanDocs } from './schema.js';
export { repairPlan, type Repair, type Repaired, type RepairWrite } from './repair.js';
// The binding's other half, for hosts and workers that keep a plan without the element.
export { PlanDocument, type DocumentEvent, type ChangeSource } from '../document/plan-document.js';
