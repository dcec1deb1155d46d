import type { PlanLayout } from '../render/layout.js';
import { indexLayout, isIndexed } from '../render/layout-index.js';
import { whenIdle } from './lazy-part.js';

/**
 * Indexes the layout drawn once the page rests: its first frames do not pay for the index, and the first click,
 * scroll or drag finds it ready. A layout replaced meanwhile (an edit, a drop) is left alone.
 */
export class IdleLayoutIndex {
  #pending?: PlanLayout;

  constructor(private readonly drawn: () => PlanLayout | undefined) {}

  afterDrawing(): void {
    const layout = this.drawn();
    if (!layout || layout === this.#pending || isIndexed(layout)) return;
    this.#pending = layout;
    whenIdle(() => {
      if (this.#pending === layout) this.#pending = undefined;
      if (this.drawn() === layout) indexLayout(layout);
    });
  }
}
