import { defineMapTimeline } from './define.js';

export { MapTimeline } from './components/map-timeline.js';
export { defineMapTimeline } from './define.js';
export * from './events.js';
export * from './model/index.js';
export type { ZoomPreset } from './render/scale.js';
export type { ImportFileOptions } from './controllers/import-controller.js';
export type { DateOrder, ImportDetected, ImportIssue, ImportOptions, ImportResult } from './import/index.js';
export {
  MemoryPlanStore,
  canKeepUnsaved,
  canList,
  hasRevisions,
  type KeepingPlanStore,
  type ListingPlanStore,
  type PlanStore,
  type RevisionedPlanStore,
  type SaveResult,
  type StoredPlanSummary,
  type UnsavedChange,
} from './io/plan-store.js';
export { IdbPlanStore } from './io/idb-store.js';
export { planToCSV } from './io/csv.js';
export { planToICS } from './io/ics.js';
export { planToJSON } from './io/json.js';

defineMapTimeline();
