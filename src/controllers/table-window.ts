import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RowRange } from '../render/table.js';

export interface TableWindowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A first guess at a row's height (one line of 13 px text with its padding), corrected by measuring. */
const ESTIMATED_ROW_HEIGHT = 33;
/** Range ends are rounded to this many rows, so scrolling re-renders every few rows rather than on every one. */
const CHUNK = 16;

/**
 * Which table rows are near the part of the table that can be seen, whether the element scrolls or the page does:
 * the visible stretch of the table body (measured after each render and on scroll, at most once per frame) plus half
 * of it again on each side.
 */
export class TableWindow implements ReactiveController {
  #top = 0;
  #bottom = window.innerHeight || 800;
  #rowHeight = ESTIMATED_ROW_HEIGHT;
  #last?: { count: number; range: RowRange };
  #frame = 0;

  constructor(private readonly host: TableWindowHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('resize', this.#onScroll);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Measures in the next frame, after layout, rather than forcing one now. */
  hostUpdated(): void {
    if (this.host.renderRoot.querySelector('.table-view')) this.#onScroll();
  }

  /** The rows to render out of `count`. */
  range(count: number): RowRange {
    const rowHeight = this.#rowHeight;
    const margin = Math.max(this.#bottom - this.#top, rowHeight) / 2;
    const start = Math.min(count, Math.max(0, Math.floor((this.#top - margin) / rowHeight / CHUNK) * CHUNK));
    const end = Math.min(count, Math.max(start, Math.ceil((this.#bottom + margin) / rowHeight / CHUNK) * CHUNK));
    const range = { start, end, rowHeight };
    this.#last = { count, range };
    return range;
  }

  readonly #onScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  #measure(): void {
    const root = this.host.renderRoot;
    const body = root.querySelector<HTMLElement>('.steps-table tbody');
    const scroller = root.querySelector<HTMLElement>('.table-view');
    if (!body || !scroller || !this.#last) return;
    const bodyTop = body.getBoundingClientRect().top;
    const box = scroller.getBoundingClientRect();
    const top = Math.max(box.top, 0) - bodyTop;
    const bottom = Math.min(box.bottom, window.innerHeight) - bodyTop;
    if (bottom > top) [this.#top, this.#bottom] = [top, bottom]; // otherwise nothing of it is in view: keep the last
    const row = body.querySelector('tr[data-item-id]')?.getBoundingClientRect().height;
    if (row && Math.abs(row - this.#rowHeight) > 0.5) this.#rowHeight = row;
    const { count, range } = this.#last;
    const next = this.range(count);
    this.#last = { count, range };
    if (next.start !== range.start || next.end !== range.end || next.rowHeight !== range.rowHeight)
      this.host.requestUpdate();
  }
}
