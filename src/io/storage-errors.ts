export type StorageErrorCode = 'storage-unavailable' | 'storage-quota';

/** A storage failure, classified into the element's `map-error` codes; `cause` keeps the original error. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Names (and the legacy Firefox name) browsers use when a write does not fit the origin's quota. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy numeric code of a quota DOMException. */
const QUOTA_CODE = 22;

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  if (name !== undefined && QUOTA_NAMES.has(name)) return true;
  return error instanceof DOMException && error.code === QUOTA_CODE;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Classifies any failure of a storage operation. A full disk or exhausted quota is `storage-quota`; everything
 * else (no IndexedDB, open failure, InvalidStateError, SecurityError, a blocked or closed database, a missing
 * object store) means storage cannot be used: `storage-unavailable`.
 */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError('storage-quota', `Storage is full: ${describe(error)}`, { cause: error });
  }
  return new StorageError('storage-unavailable', `Storage is unavailable: ${describe(error)}`, { cause: error });
}
