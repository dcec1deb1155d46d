import type { ReactiveControllerHost } from 'lit';
import { MapSelectEvent } from '../events.js';
import { linkUnder } from './pointer-targets.js';

/** A dependency arrow: `to` starts after `from` ends. */
export interface LinkEnds {
  from: string;
  to: string;
}

/**
 * What the user points at: the selected steps (announced with `map-select`), the step holding the timeline's one
 * Tab stop, the hovered step, and a selected arrow. One owner for all of it, so every view reads the same answer.
 */
export class SelectionController {
  #ids: ReadonlySet<string> = new Set();
  #focused?: string;
  #focusedBefore?: string;
  #hovered?: string;
  #link?: LinkEnds;
  #holdsFocus = false;
  readonly #watchers = new Set<(ids: readonly string[], details: boolean) => void>();
  readonly #hoverWatchers = new Set<() => void>();

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {}

  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  get list(): string[] {
    return [...this.#ids];
  }

  /** The step that had the Tab stop before the one that has it now: where L links from. */
  get focusedBefore(): string | undefined {
    return this.#focusedBefore;
  }

  /** The step with the Tab stop (roving focus). */
  get focused(): string | undefined {
    return this.#focused;
  }

  /** Whether DOM focus is on a step: then the Tab stop stays on it, wherever the view scrolls. */
  get holdsFocus(): boolean {
    return this.#holdsFocus;
  }

  /** Records DOM focus arriving on a step (`id`) or leaving the steps (`undefined`). */
  focusMoved(id: string | undefined): void {
    if (this.#holdsFocus !== (id !== undefined)) {
      this.#holdsFocus = id !== undefined;
      // Focus also leaves a step while a render moves its node (its lane's steps reordered): an update asked for
      // then would be a change made during the update (Lit's dev mode warns), so it is asked for right after.
      queueMicrotask(() => this.host.requestUpdate());
    }
    if (id) this.focus(id);
  }

  get hovered(): string | undefined {
    return this.#hovered;
  }

  get link(): LinkEnds | undefined {
    return this.#link;
  }

  /** The step whose dependency chain is highlighted: the hovered one, else the first selected. */
  get highlighted(): string | undefined {
    return this.#hovered ?? this.list[0];
  }

  /**
   * Called after every selection by the user or the API, also when it did not change (e.g. a click on the same step).
   * `details` is false for a selection that should not open a step's details by itself (a dropped step's).
   */
  watch(watcher: (ids: readonly string[], details: boolean) => void): void {
    this.#watchers.add(watcher);
  }

  /**
   * Called when the hovered step changes. A hover asks for no render: what it shows (the chain, the hovered step's
   * handles) is drawn onto the rendered nodes by the one watcher (see `ChainHighlighter`).
   */
  watchHover(watcher: () => void): void {
    this.#hoverWatchers.add(watcher);
  }

  select(ids: Iterable<string>, { details = true }: { details?: boolean } = {}): void {
    const next = new Set(ids);
    if (next.size > 0) this.#link = undefined;
    const same = next.size === this.#ids.size && [...next].every((id) => this.#ids.has(id));
    if (!same) {
      this.#ids = next;
      this.host.requestUpdate();
      this.host.dispatchEvent(new MapSelectEvent({ itemIds: [...next] }));
      // A step selected elsewhere than under the resting pointer (a key, a new step) is what is highlighted, until
      // the pointer moves again.
      if (this.#hovered !== undefined && !next.has(this.#hovered)) this.hover(undefined);
    }
    for (const watcher of this.#watchers) watcher([...next], details);
  }

  /** Adds the step to the selection, or takes it out (shift/ctrl-click, Space). */
  toggle(id: string): void {
    const next = new Set(this.#ids);
    if (!next.delete(id)) next.add(id);
    this.select(next);
  }

  focus(id: string | undefined): void {
    if (id === this.#focused) return;
    if (this.#focused !== undefined) this.#focusedBefore = this.#focused;
    this.#focused = id;
    this.host.requestUpdate();
  }

  hover(id: string | undefined): void {
    if (id === this.#hovered) return;
    this.#hovered = id;
    for (const watcher of this.#hoverWatchers) watcher();
  }

  selectLink(ends: LinkEnds | undefined): void {
    this.#link = ends;
    this.host.requestUpdate();
  }

  clear(): void {
    this.selectLink(undefined);
    this.select([]);
  }

  /** Forgets steps that are no longer shown (removed, or hidden from this audience). */
  keepOnly(shown: { has(id: string): boolean }): void {
    if (this.list.some((id) => !shown.has(id))) this.select(this.list.filter((id) => shown.has(id)));
    if (this.#focused && !shown.has(this.#focused)) this.#focused = undefined;
    if (this.#hovered && !shown.has(this.#hovered)) this.#hovered = undefined;
  }
}

const sameLink = (a: LinkEnds, b: LinkEnds | undefined): boolean => a.from === b?.from && a.to === b.to;

/** The step under a DOM event, by the data attribute the templates put on it. */
const stepOf = (event: Event): string | undefined =>
  (event.target as Element).closest?.('[data-step]')?.getAttribute('data-step') ?? undefined;

/**
 * The timeline's pointer and focus handlers: hover highlights a step's chain (not while a drag is under way),
 * focus moves the Tab stop (and is tracked while it is on a step), and a click selects a step (Shift/Ctrl/⌘: toggles it), an arrow, or nothing.
 */
export function selectionHandlers(selection: SelectionController, dragging: () => boolean) {
  /** The arrow a press went down on, and whether by a finger: a click selects an arrow only where it was pressed too. */
  let pressed: { link: LinkEnds | undefined; touch: boolean } | undefined;
  return {
    press: (event: PointerEvent): void => {
      const touch = event.pointerType === 'touch';
      pressed = { link: stepOf(event) ? undefined : linkUnder(event, touch), touch };
    },
    over: (event: PointerEvent): void => {
      if (!dragging()) selection.hover(stepOf(event));
    },
    leave: (): void => selection.hover(undefined),
    focusIn: (event: FocusEvent): void =>
      selection.focusMoved((event.target as Element).getAttribute?.('data-item-id') ?? undefined),
    focusOut: (): void => selection.focusMoved(undefined),
    click: (event: MouseEvent): void => {
      const step = stepOf(event);
      // A press elsewhere that ends near an arrow (a pan let go there) is not a click on that arrow.
      const link = step || !pressed?.link ? undefined : linkUnder(event, pressed.touch);
      selection.selectLink(link && sameLink(link, pressed?.link) ? link : undefined);
      pressed = undefined;
      if (!step) return selection.select([]);
      selection.focus(step);
      if (event.shiftKey || event.ctrlKey || event.metaKey) selection.toggle(step);
      else selection.select([step]);
    },
  };
}
