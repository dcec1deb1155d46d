/**
 * Swallows the click a browser sends after a drag is released over where it began, so ending a drag never also
 * selects or opens what lies under the pointer. The click comes in the task of the release, if at all (not after
 * touch, nor outside the element).
 *
 * It listens on the host element while capturing, before anything in its shadow root hears the click: a handler there
 * that reads the layout (where a click on empty lane space landed) would otherwise lay out again, at once, the plan the
 * drop has just redrawn.
 */
export class ClickAfterDrag {
  #armed = false;

  constructor(private readonly host: HTMLElement) {}

  connect(): void {
    this.host.addEventListener('click', this.#onClick, { capture: true });
  }

  disconnect(): void {
    this.host.removeEventListener('click', this.#onClick, { capture: true });
  }

  /** A drag has begun: the click its release may cause is not one. */
  arm(): void {
    this.#armed = true;
  }

  /** The drag is over: released now, or (`pointerDown`, cancelled with Escape) at the release still to come. */
  release(pointerDown: boolean): void {
    if (!this.#armed) return;
    if (!pointerDown) return this.#disarmAfterThisTask();
    window.addEventListener('pointerup', this.#onRelease);
    window.addEventListener('pointercancel', this.#onRelease);
  }

  readonly #onRelease = (): void => {
    window.removeEventListener('pointerup', this.#onRelease);
    window.removeEventListener('pointercancel', this.#onRelease);
    this.#disarmAfterThisTask();
  };

  #disarmAfterThisTask(): void {
    setTimeout(() => (this.#armed = false));
  }

  readonly #onClick = (event: Event): void => {
    if (!this.#armed) return;
    this.#armed = false;
    // At the host the click is at its target: listeners the page put on the element come after this one.
    event.stopImmediatePropagation();
  };
}
