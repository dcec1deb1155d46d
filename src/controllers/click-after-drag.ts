/**
 * Swallows the click a browser sends after a drag is released over where it began, so ending a drag never also
 * selects or opens what lies under the pointer. The click comes in the task of the release, if at all (not after
 * touch, nor outside the element).
 */
export class ClickAfterDrag {
  #armed = false;

  /** `root`: the element's render root, which exists once the element is connected. */
  constructor(private readonly root: () => Node) {}

  connect(): void {
    this.root().addEventListener('click', this.#onClick, { capture: true });
  }

  disconnect(): void {
    this.root().removeEventListener('click', this.#onClick, { capture: true });
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
    event.stopPropagation();
  };
}
