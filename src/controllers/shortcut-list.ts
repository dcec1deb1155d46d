import { nothing, type ReactiveControllerHost } from 'lit';
import type { shortcutsDialog } from '../render/shortcuts.js';
import { LazyPart, sayLoadFailure, type PartModule } from './lazy-part.js';

/** The shortcut list's chunk: its template and styles, loaded when the list is first opened. */
export interface ShortcutsPart extends PartModule {
  shortcutsDialog: typeof shortcutsDialog;
}

interface ListHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The node with keyboard focus inside the element, else on the page. */
function focusedNode(element: ListHost): HTMLElement | SVGElement | undefined {
  const root = element.renderRoot;
  const active = (root instanceof ShadowRoot ? root.activeElement : null) ?? document.activeElement;
  return active instanceof HTMLElement || active instanceof SVGElement ? active : undefined;
}

/**
 * The keyboard shortcut list (`?`): whether it is open, its code fetched on first use, and focus: into the list when
 * it opens, back to where it was when it closes.
 */
export class ShortcutList {
  #open = false;
  #opener: (HTMLElement | SVGElement) | undefined;
  readonly #part: LazyPart<ShortcutsPart>;

  constructor(
    private readonly element: ListHost,
    load: () => Promise<ShortcutsPart>,
    say: (text: string, tone?: 'error' | 'info') => void,
    /** Gives focus back to a step by id: the step may have been redrawn while the list was open. */
    private readonly focusStep: (id: string) => void,
  ) {
    this.#part = new LazyPart(element, load, sayLoadFailure(say, 'the keyboard shortcut list'));
  }

  get open(): boolean {
    return this.#open;
  }

  toggle(open = !this.#open): void {
    if (open === this.#open) return;
    this.#open = open;
    this.element.requestUpdate();
    if (open) {
      void this.#part.get().catch(() => undefined);
      this.#opener = focusedNode(this.element);
      void this.element.updateComplete.then(() =>
        this.element.renderRoot.querySelector<HTMLElement>('.shortcuts .close')?.focus(),
      );
      return;
    }
    const opener = this.#opener;
    this.#opener = undefined;
    const step = opener?.getAttribute('data-item-id');
    if (step) return this.focusStep(step);
    void this.element.updateComplete.then(() =>
      (opener?.isConnected
        ? opener
        : this.element.renderRoot.querySelector<HTMLElement>('.tools [aria-label="Keyboard shortcuts"]')
      )?.focus(),
    );
  }

  render() {
    return (this.#open && this.#part.request()?.shortcutsDialog(() => this.toggle(false))) || nothing;
  }
}
