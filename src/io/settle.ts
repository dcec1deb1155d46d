// Waiting on storage, and calling the host back, without either breaking the caller.

/** The promise's result, or the error `late()` makes when it has not settled within `ms` (no limit without `ms`). */
export async function withTimeout<T>(promise: Promise<T>, ms: number | undefined, late: () => Error): Promise<T> {
  if (ms === undefined) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a host callback; if it throws, the error is rethrown on its own so it cannot break saving. */
export function notify(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
