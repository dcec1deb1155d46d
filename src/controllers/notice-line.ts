import { nothing } from 'lit';
import { noticeTemplate } from '../render/editing.js';

export type NoticeTone = 'error' | 'info';

const NOTICE_MS = 5000;
/** The most added messages the line shows at once (see `say`); it counts those before them. */
const MAX_ADDED = 3;

/** The element's message line under the timeline: one short message at a time, gone after a few seconds. */
export class NoticeLine {
  #notice?: { text: string; tone: NoticeTone; added?: string[] };
  #timer = 0;

  /** @param changed asks the element to draw the line again */
  constructor(private readonly changed: () => void) {}

  /**
   * Shows a message (refused links, snapped dates). With `add`, it joins the added messages still shown instead of
   * replacing them: news that arrives in bursts (values refused from a shared plan) is read whole, not only its last
   * part.
   */
  say(text: string, tone: NoticeTone = 'info', { add = false } = {}): void {
    const shown = this.#notice;
    const parts = add && shown?.added && shown.tone === tone ? shown.added.filter((part) => part !== text) : [];
    parts.push(text);
    const kept = parts.slice(-MAX_ADDED);
    const earlier = parts.length - kept.length;
    this.#notice = {
      text: `${earlier > 0 ? `(${earlier} earlier) ` : ''}${kept.join(' ')}`,
      tone,
      ...(add ? { added: parts } : {}),
    };
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      this.#notice = undefined;
      this.changed();
    }, NOTICE_MS);
    this.changed();
  }

  /** Takes `text` off the line before its time, if it is still the message shown (it has stopped being true). */
  withdraw(text: string): void {
    if (this.#notice?.text !== text) return;
    clearTimeout(this.#timer);
    this.#notice = undefined;
    this.changed();
  }

  /** Takes whatever message is shown off the line, during an update that draws the line anyway. */
  clearInUpdate(): void {
    clearTimeout(this.#timer);
    this.#notice = undefined;
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  render() {
    return this.#notice ? noticeTemplate(this.#notice) : nothing;
  }
}
