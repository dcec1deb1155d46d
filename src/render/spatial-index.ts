/** A rectangle in timeline coordinates. */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Columns this many pixels wide: a view of about 1200 px touches three or four of them. */
const COLUMN = 512;

/**
 * Entries (numbered in the order they were added) bucketed by the columns of the timeline their extents cover, so the
 * entries near a view are found without looking at all of them: what a frame of a large plan draws is found in time
 * that follows what is in view, not the size of the plan. Columns rather than square cells: an arrow between lanes
 * far apart is tall, and a new layout (each edit, each drop) indexed every cell it crossed; the few entries of a
 * column outside the view's height cost less to skip than to index.
 */
export class GridIndex {
  /** Entries by column; everything left of zero is in the first column. */
  readonly #columns: number[][] = [];
  /** Each entry's left, right, top and bottom in turn: an object per extent cost more memory than the columns. */
  #extents = new Float64Array(4 * 64);
  #count = 0;

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
    for (let column = columnOf(extent.left); column <= columnOf(extent.right); column += 1) {
      const list = this.#columns[column];
      if (list) list.push(entry);
      else this.#columns[column] = [entry];
    }
    return entry;
  }

  /** The entries whose extents meet the view (edges included), in the order they were added. */
  near(view: Extent): number[] {
    const extents = this.#extents;
    const first = columnOf(view.left);
    const last = Math.min(columnOf(view.right), this.#columns.length - 1);
    const found: number[] = [];
    // An entry in several columns is taken in the first of them the view reaches, and skipped in the others.
    for (let column = first; column <= last; column += 1) {
      for (const entry of this.#columns[column] ?? []) {
        const at = 4 * entry;
        const meetsView =
          extents[at + 1]! >= view.left &&
          extents[at]! <= view.right &&
          extents[at + 3]! >= view.top &&
          extents[at + 2]! <= view.bottom;
        if (meetsView && (column === first || columnOf(extents[at]!) === column)) found.push(entry);
      }
    }
    return found.sort((a, b) => a - b);
  }
}

const columnOf = (x: number): number => Math.max(0, Math.floor(x / COLUMN));

/** Whether an extent meets a view, edges included: what `near` answers for each entry, from its four numbers. */
export const meets = (extent: Extent, view: Extent): boolean =>
  extent.right >= view.left && extent.left <= view.right && extent.bottom >= view.top && extent.top <= view.bottom;
