export * from './types.js';
export * from './dates.js';
export * from './errors.js';
export { validatePlan, planIssues, isValidPlan } from './validate.js';
export { migrate } from './migrate.js';
export {
  findCycle,
  findViolations,
  topologicalOrder,
  dependentsIndex,
  dependsTransitively,
  chainOf,
  type Violation,
} from './graph.js';
export { cascade, resolveSchedule, earliestStart, shiftTo } from './cascade.js';
export { projectSchedule, projectItem } from './projection.js';
export * from './calendar.js';
export { isCssColor, LANE_PALETTE } from './colors.js';
export * from './party-commands.js';
export { newPlan, newPlanId, type NewPlanOptions } from './templates.js';
export * from './analysis.js';
export { appendLog, itemDiff, type Edit, type EditContext } from './edit.js';
export * from './commands.js';
export { LoopError } from './loop.js';
export * from './plan-commands.js';
export { History, type HistoryMove } from './history.js';
export * from './audience.js';
export { newItemId, completeItem } from './new-item.js';
export { mergeByStep } from './merge.js';
