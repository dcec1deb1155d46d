/**
 * Focus always lands on a step in view: a step focused out of view (or under the sticky heads) is scrolled to. Not a
 * step focused by pressing it: it is under the pointer, and measuring the scroller in the middle of the press would
 * lay the whole timeline out once more (a click that selects it shows it whole once its panel is drawn). Nor a step
 * focused by code that brings it into view itself, as it sees fit (`focusQuietly`).
 */
export class FocusReveal {
  /** What the pointer is pressing, from its press to its release. */
  #pressed?: Element;
  #focusingQuietly = false;

  constructor(
    private readonly root: () => HTMLElement | DocumentFragment,
    private readonly reveal: (id: string) => void,
  ) {}

  connect(): void {
    const root = this.root();
    root.addEventListener('focusin', this.#onFocus);
    root.addEventListener('pointerdown', this.#onPress, { capture: true });
    for (const type of ['pointerup', 'pointercancel']) root.addEventListener(type, this.#onRelease, { capture: true });
  }

  disconnect(): void {
    const root = this.root();
    root.removeEventListener('focusin', this.#onFocus);
    root.removeEventListener('pointerdown', this.#onPress, { capture: true });
    for (const type of ['pointerup', 'pointercancel'])
      root.removeEventListener(type, this.#onRelease, { capture: true });
  }

  focusQuietly(node: HTMLElement | SVGElement): void {
    this.#focusingQuietly = true;
    node.focus({ preventScroll: true });
    this.#focusingQuietly = false;
  }

  readonly #onPress = (event: Event): void => {
    this.#pressed = event.target as Element;
  };

  readonly #onRelease = (): void => {
    this.#pressed = undefined;
  };

  readonly #onFocus = (event: Event): void => {
    if (this.#focusingQuietly) return;
    const target = event.target as Element;
    const id = target.getAttribute?.('data-item-id');
    const pressed = this.#pressed;
    this.#pressed = undefined; // one focus per press, even if its release is never heard
    if (pressed && target.contains(pressed)) return;
    if (id && !target.closest('.table-view')) this.reveal(id);
  };
}
