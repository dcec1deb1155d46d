import type { CSSResult, ReactiveControllerHost } from 'lit';

/** What a part's chunk gives: its code, and the styles its markup needs in the element's shadow root. */
export interface PartModule {
  readonly styles?: CSSResult;
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
    if (this.#module) return Promise.resolve(this.#module);
    if (this.#loading) return this.#loading;
    this.#failed = false;
    const loading = this.load().then(
      (module) => {
        if (module.styles) adopt(this.host.renderRoot, module.styles);
        this.#module = module;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.#failed = true;
        this.onFailure(error);
        throw error;
      },
    );
    this.#loading = loading;
    track(this.host, loading);
    return loading;
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
