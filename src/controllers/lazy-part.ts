import type { CSSResult, ReactiveControllerHost } from 'lit';

/** What a part's chunk gives: its code, and the styles its markup needs in the element's shadow root. */
export interface PartModule {
  readonly styles?: CSSResult;
  /**
   * What the part's first drawing would pay once per page (beyond its code), done ahead in a later idle period when
   * the part was fetched ahead, with the element's shadow root to do it in.
   */
  readonly warm?: (root: HTMLElement | DocumentFragment) => void;
}

export interface PartHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A part's `onFailure` that says on the element's message line which part could not be loaded. */
export const sayLoadFailure =
  (say: (text: string, tone: 'error') => void, what: string) =>
  (error: unknown): void =>
    say(`Could not load ${what}: ${error instanceof Error ? error.message : String(error)}`, 'error');

/** The loads under way per element, which its `updateComplete` waits for. */
const pending = new WeakMap<object, Set<Promise<unknown>>>();

/**
 * Code the element needs only once the user opens something (a panel, a dialog, a view), fetched on first use. Its
 * styles are adopted into the shadow root before the element renders again, so the part never shows unstyled.
 */
export class LazyPart<T extends PartModule> {
  #module?: T;
  #loading?: Promise<T>;
  #failed = false;
  /** Whether the element has asked for the part (to draw it), as opposed to fetching it ahead of time. */
  #requested = false;
  #preloading = false;

  constructor(
    private readonly host: PartHost,
    private readonly load: () => Promise<T>,
    /** Told when the chunk cannot be fetched (offline, moved files); the next request tries again. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** The part, once loaded. */
  get module(): T | undefined {
    return this.#module;
  }

  /** The part: loads it on the first call (or again after a failed load); the element renders again once it is in. */
  get(): Promise<T> {
    this.#requested = true;
    if (this.#module) return Promise.resolve(this.#module);
    if (!this.#loading) {
      this.#failed = false;
      this.#loading = this.#fetch();
    }
    // A load the page started by itself (see `preloadWhenIdle`) is waited for from now on, as one asked for is.
    track(this.host, this.#loading);
    return this.#loading;
  }

  /**
   * Fetches the part once the page is idle, so that its first use draws at once instead of a moment later, and warms
   * it in a later idle period, after which `then` runs. Nobody asked for it yet: a failure stays quiet, and the first
   * use tries again.
   */
  preloadWhenIdle(then?: (module: T) => void): void {
    if (this.#preloading || this.#module || this.#loading) return;
    this.#preloading = true;
    whenIdle(() => {
      if (this.#module || this.#loading || this.#failed) return;
      this.#loading = this.#fetch();
      this.#loading.then(
        (module) =>
          whenIdle(() => {
            try {
              module.warm?.(this.host.renderRoot);
            } finally {
              then?.(module);
            }
          }),
        () => undefined,
      );
    });
  }

  #fetch(): Promise<T> {
    return this.load().then(
      (module) => {
        if (module.styles) adopt(this.host.renderRoot, module.styles);
        this.#module = module;
        if (this.#requested) this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        if (this.#requested) {
          this.#failed = true;
          this.onFailure(error);
        }
        throw error;
      },
    );
  }

  /**
   * Starts loading the part if it is not in yet; for render paths, which draw nothing of it meanwhile. After a failed
   * load only `get` (a user's new request) tries again: a render never retries in a loop.
   */
  request(): T | undefined {
    if (!this.#module && !this.#loading && !this.#failed) void this.get().catch(() => undefined);
    return this.#module;
  }
}

function track(host: object, loading: Promise<unknown>): void {
  const loads = pending.get(host) ?? new Set();
  pending.set(host, loads);
  const settled = loading.then(
    () => undefined,
    () => undefined,
  );
  loads.add(settled);
  void settled.then(() => loads.delete(settled));
}

/**
 * For `getUpdateComplete`: once the update is done, waits for the parts it started loading and then for the update
 * that shows them, so awaiting `updateComplete` also covers a panel, dialog or view opened for the first time.
 */
export async function afterParts(
  host: object,
  update: Promise<boolean>,
  again: () => Promise<boolean>,
): Promise<boolean> {
  const done = await update;
  const loads = pending.get(host);
  if (!loads || loads.size === 0) return done;
  await Promise.all(loads);
  return again();
}

/** An idle period this long means nobody is interacting with the page: the browser grants 50 ms when it is at rest. */
const LONG_IDLE_MS = 40;

/**
 * Runs `task` once the page is at rest (an idle period of `LONG_IDLE_MS` or more), so that fetching ahead never
 * competes with an edit, a drag or a render in progress; never on a browser without idle callbacks.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback !== 'function') return;
  const wait = () => requestIdleCallback((deadline) => (deadline.timeRemaining() >= LONG_IDLE_MS ? task() : wait()));
  wait();
}

const adopted = new WeakMap<Node, Set<CSSResult>>();

/** Adds a part's styles to the shadow root once, after the element's own (and next to any other part's). */
function adopt(root: Node, styles: CSSResult): void {
  const done = adopted.get(root) ?? new Set();
  adopted.set(root, done);
  if (done.has(styles)) return;
  done.add(styles);
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Without constructable stylesheets lit renders styles as <style> elements: one more of them.
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.appendChild(style);
}
