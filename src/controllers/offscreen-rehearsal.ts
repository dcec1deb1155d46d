import { render } from 'lit';
import { whenIdle } from './lazy-part.js';

/** The part to rehearse, as its host element's controller knows it. */
export interface Rehearsed {
  /** Cheap enough to ask on every update: the part is loaded, and there is something to draw (and room for it). */
  worthRehearsing(): boolean;
  /** The part as its first use would draw it. */
  draw(): unknown;
}

/**
 * A part's first drawing costs several times what the next ones do: its templates are prepared, its code runs for
 * the first time, and the browser styles and lays out elements it has not met on this page yet. This draws the part
 * once, unseen, in a moment of rest, so that the click that first opens it in a meeting does not pay for that. It
 * happens once per element: `arm` asks for it, and asks again after a moment that could not draw it (nothing to draw
 * yet, or the element hidden). While a button is held on the element (`:active`: maybe a drag) it waits for a later
 * moment.
 */
export class OffscreenRehearsal {
  #state: 'unarmed' | 'waiting' | 'done' = 'unarmed';

  constructor(
    private readonly element: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly part: Rehearsed,
    private readonly size: { width: number; height: number },
  ) {}

  arm(): void {
    if (this.#state !== 'unarmed' || !this.part.worthRehearsing()) return;
    this.#state = 'waiting';
    whenIdle(() => this.#attempt());
  }

  #attempt(): void {
    const { element } = this;
    // `checkVisibility` is missing from browsers before 2023, which then draw the rehearsal whether shown or not.
    const hidden = typeof element.checkVisibility === 'function' && !element.checkVisibility();
    if (!this.part.worthRehearsing() || !element.isConnected || hidden) {
      this.#state = 'unarmed';
      return;
    }
    if (element.matches(':active')) return whenIdle(() => this.#attempt());
    this.#state = 'done';
    try {
      rehearseOffscreen(element.renderRoot, this.part.draw(), this.size);
    } catch {
      // Only a head start is lost: the first real use draws the part, and reports what goes wrong there.
    }
  }
}

/** Draws `content` where nobody sees it, inside `root` (so the same styles apply), lays it out, and takes it away. */
function rehearseOffscreen(
  root: HTMLElement | DocumentFragment,
  content: unknown,
  size: { width: number; height: number },
): void {
  const stage = document.createElement('div');
  // Inert and hidden from assistive technology: nothing in it can be focused, clicked or read while it is there.
  stage.inert = true;
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText =
    `position: fixed; left: -100000px; top: 0; width: ${size.width}px; height: ${size.height}px; ` +
    'display: flex; visibility: hidden; pointer-events: none; overflow: hidden';
  root.appendChild(stage);
  try {
    render(content, stage);
    stage.getBoundingClientRect();
  } finally {
    stage.remove();
    render(null, stage);
  }
}
