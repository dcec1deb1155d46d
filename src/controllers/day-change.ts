import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localToday } from '../model/dates.js';

/**
 * Draws the element again when the local date changes, for an element that follows today (no `today` set): a tab
 * left open overnight shows the new day's Today line and projection in the morning. It looks at local midnight, and
 * when the page is shown again (a laptop woken from sleep may run a late timer).
 */
export class DayChangeController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #day = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly followsToday: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#day = localToday();
    this.#schedule();
    document.addEventListener('visibilitychange', this.#check);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#check);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const now = new Date();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    this.#timer = setTimeout(() => {
      this.#check();
      this.#schedule();
    }, nextMidnight.getTime() - now.getTime());
  }

  readonly #check = (): void => {
    const day = localToday();
    if (day === this.#day) return;
    this.#day = day;
    if (this.followsToday()) this.host.requestUpdate();
  };
}
