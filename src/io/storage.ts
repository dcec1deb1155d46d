export { StorageError, toStorageError, type StorageErrorCode } from './storage-errors.js';
export { STORAGE_SCHEMA, parseStored, wrapPlan, type StoredPlan } from './envelope.js';
export {
  MemoryPlanStore,
  canQuarantine,
  corruptKey,
  type PlanStore,
  type QuarantiningPlanStore,
} from './plan-store.js';
export { IdbPlanStore, DATABASE_NAME, OBJECT_STORE_NAME } from './idb-store.js';
export {
  PlanPersistence,
  DEFAULT_DEBOUNCE_MS,
  type PlanPersistenceOptions,
  type ReadResult,
} from './plan-persistence.js';
export { PlanChannel, CHANNEL_NAME, type PlanSavedMessage, type PlanSavedListener } from './plan-channel.js';
