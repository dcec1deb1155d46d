/**
 * Debounced writes keyed by id, run one after another in the order they were flushed: the last value scheduled
 * for an id before a flush wins. `write` should not reject; a rejection is dropped so the queue keeps going.
 */
export class SaveQueue<T> {
  readonly #write: (id: string, value: T) => Promise<void>;
  readonly #delayMs: number;
  readonly #pending = new Map<string, T>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writes: Promise<void> = Promise.resolve();
  #idle: { promise: Promise<void>; resolve: () => void } | undefined;

  constructor(write: (id: string, value: T) => Promise<void>, delayMs: number) {
    this.#write = write;
    this.#delayMs = delayMs;
  }

  /** Writes `value` under `id` once nothing else was scheduled for `delayMs`. */
  schedule(id: string, value: T): void {
    this.#pending.set(id, value);
    if (!this.#idle) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.#idle = { promise, resolve };
    }
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
  }

  /** Starts every pending write now; resolves when all writes scheduled so far are done. Never rejects. */
  flush(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const [id, value] of this.#pending) {
      this.#writes = this.#writes.then(() => this.#write(id, value)).catch(() => undefined);
    }
    this.#pending.clear();
    const writes = this.#writes;
    return writes.then(() => {
      if (writes === this.#writes && this.#pending.size === 0) this.#settle();
    });
  }

  /** Resolves when nothing is pending or being written, without hurrying the debounce. */
  get idle(): Promise<void> {
    return this.#idle?.promise ?? this.#writes;
  }

  /** Whether a value for `id` (or for any id) is scheduled but not started yet. */
  has(id?: string): boolean {
    return id === undefined ? this.#pending.size > 0 : this.#pending.has(id);
  }

  #settle(): void {
    this.#idle?.resolve();
    this.#idle = undefined;
  }
}
