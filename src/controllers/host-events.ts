import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's events for the page, held until the element is first on the page. React, Vue and lit templates make
 * an element, set its properties in the order written and add the listeners written after them, then insert it: a
 * plan loaded or refused in the `plan` setter would otherwise fire before anyone listens. Once the element has been
 * on the page, events go out at once, even after it is taken off (a late save failure still reaches its listeners).
 * The held ones go out just after the insertion, and before any later event.
 */
export class HostEvents implements ReactiveController {
  #held: Event[] | undefined = [];

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  dispatch(event: Event): void {
    if (this.#held && !this.host.isConnected) {
      this.#held.push(event);
      return;
    }
    this.#release();
    this.host.dispatchEvent(event);
  }

  hostConnected(): void {
    // After the task that inserted the element: React inserts it while committing a render, when a handler that sets
    // state would be told the component has not mounted yet.
    if (this.#held) queueMicrotask(() => this.#release());
  }

  /** The held events, in the order they happened, before anything that happens after the element is inserted. */
  #release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const event of held) this.host.dispatchEvent(event);
  }
}
