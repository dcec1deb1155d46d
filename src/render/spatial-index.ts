/** A rectangle in timeline coordinates. */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Cells this many pixels square: a view of about 1200 × 700 touches a dozen of them. */
const CELL = 512;

/**
 * Entries (numbered in the order they were added) bucketed by the cells of a grid their extents cover, so the
 * entries near a view are found without looking at all of them: what a frame of a large plan draws is found in time
 * that follows what is in view, not the size of the plan.
 */
export class GridIndex {
  readonly #cells = new Map<number, number[]>();
  /** Each entry's left, right, top and bottom in turn: an object per extent cost more memory than the cells. */
  #extents = new Float64Array(4 * 64);
  #count = 0;
  #right = 0;
  #bottom = 0;

  /** Adds an entry; its number is the count of entries added before it. */
  add(extent: Extent): number {
    const entry = this.#count++;
    if (4 * this.#count > this.#extents.length) {
      const grown = new Float64Array(2 * this.#extents.length);
      grown.set(this.#extents);
      this.#extents = grown;
    }
    const at = 4 * entry;
    this.#extents[at] = extent.left;
    this.#extents[at + 1] = extent.right;
    this.#extents[at + 2] = extent.top;
    this.#extents[at + 3] = extent.bottom;
    this.#right = Math.max(this.#right, extent.right);
    this.#bottom = Math.max(this.#bottom, extent.bottom);
    for (let column = cell(extent.left); column <= cell(extent.right); column += 1) {
      for (let row = cell(extent.top); row <= cell(extent.bottom); row += 1) {
        const key = cellKey(column, row);
        const list = this.#cells.get(key);
        if (list) list.push(entry);
        else this.#cells.set(key, [entry]);
      }
    }
    return entry;
  }

  /** The entries whose extents meet the view (edges included), in the order they were added. */
  near(view: Extent): number[] {
    const found = new Set<number>();
    const extents = this.#extents;
    // An unbounded view (an element that grows with its content) is clipped to the cells the entries cover.
    const [left, right] = [Math.max(view.left, -CELL), Math.min(view.right, this.#right)];
    const [top, bottom] = [Math.max(view.top, -CELL), Math.min(view.bottom, this.#bottom)];
    for (let column = cell(left); column <= cell(right); column += 1) {
      for (let row = cell(top); row <= cell(bottom); row += 1) {
        for (const entry of this.#cells.get(cellKey(column, row)) ?? []) {
          if (found.has(entry)) continue;
          const at = 4 * entry;
          const meetsView =
            extents[at + 1]! >= view.left &&
            extents[at]! <= view.right &&
            extents[at + 3]! >= view.top &&
            extents[at + 2]! <= view.bottom;
          if (meetsView) found.add(entry);
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

const cell = (value: number): number => Math.floor(value / CELL);

/**
 * A cell's key as one number (a string key cost more than the rest of indexing): rows never reach 2^22, which would
 * take a timeline two billion pixels tall, so no two cells share a key.
 */
const cellKey = (column: number, row: number): number => column * 2 ** 22 + row;

/** Whether an extent meets a view, edges included: what `near` answers for each entry, from its four numbers. */
export const meets = (extent: Extent, view: Extent): boolean =>
  extent.right >= view.left && extent.left <= view.right && extent.bottom >= view.top && extent.top <= view.bottom;
