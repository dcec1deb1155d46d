import type { Item } from '../model/types.js';
import { firstFitRows } from './row-packing.js';

/** What a step occupies in its lane, in pixels: from its shape's left edge to the end of its label. */
export interface Footprint {
  item: Item;
  start: number;
  end: number;
}

/** Where a step sat in the layout drawn before this one. */
export interface RowHint {
  item: Item;
  row: number;
}

/**
 * The occupied spans of each row of one lane, sorted by start (spans in a row never overlap, so their ends are
 * sorted too), with at least `gap` pixels kept between neighbours.
 */
class RowSpace {
  readonly rows: [number, number][][] = [];

  constructor(private readonly gap: number) {}

  fits(row: number, start: number, end: number): boolean {
    const spans = this.rows[row];
    if (!spans) return true;
    const index = firstAfter(spans, start);
    const before = spans[index - 1];
    const after = spans[index];
    return (!before || before[1] + this.gap <= start) && (!after || end + this.gap <= after[0]);
  }

  add(row: number, start: number, end: number): void {
    while (this.rows.length <= row) this.rows.push([]);
    const spans = this.rows[row]!;
    spans.splice(firstAfter(spans, start), 0, [start, end]);
  }

  /** The free row closest to `from` (the one above first on a tie); a new row at the bottom when none is free. */
  nearest(from: number, start: number, end: number): number {
    for (let distance = 0; distance <= Math.max(from, this.rows.length - from); distance += 1) {
      if (from - distance >= 0 && this.fits(from - distance, start, end)) return from - distance;
      if (distance > 0 && from + distance < this.rows.length && this.fits(from + distance, start, end))
        return from + distance;
    }
    return Math.max(this.rows.length, from);
  }
}

/** Index of the first span starting after `start`. */
function firstAfter(spans: readonly [number, number][], start: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]![0] <= start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a step is drawn as it was: same dates and the same label text (the same object, usually). */
const unchanged = (before: Item, now: Item): boolean =>
  before === now ||
  (before.start === now.start &&
    before.end === now.end &&
    before.title === now.title &&
    before.kind === now.kind &&
    before.status === now.status &&
    before.owner === now.owner &&
    before.role === now.role &&
    before.baseline?.start === now.baseline?.start &&
    before.baseline?.end === now.baseline?.end);

/**
 * The most steps a lane may hold to be packed afresh when it grows: a deal's lane, shown whole on a screen or two.
 * Packing a lane of hundreds afresh would move steps far from the edit, out of view, and most of the lane's rows.
 */
const REPACKED_UP_TO = 60;

/**
 * Assigns rows to the steps of one lane, given in start order. Without hints: first fit. With the rows of the layout
 * drawn before, a step keeps its row while it still fits there; steps that did not change are placed first, so an
 * edited step that now overlaps one of them is the one that moves, to the nearest free row. New steps take the first
 * free row. The lane keeps at least `minRows` rows, so removing a step never shifts the lanes below. A lane that would
 * need more rows than it had is packed afresh (first fit) when that needs fewer, or as many for a step an edit moved:
 * a step pushed onto others moves in among them instead of dropping to a new bottom row (a lane of a deal's size;
 * see `REPACKED_UP_TO`).
 */
export function assignRows(
  footprints: readonly Footprint[],
  gap: number,
  hints?: ReadonlyMap<string, RowHint>,
  minRows = 0,
): { rows: number[]; count: number } {
  const space = new RowSpace(gap);
  const rows = new Array<number>(footprints.length).fill(-1);
  const hintOf = (index: number) => hints?.get(footprints[index]!.item.id);
  const keep = (index: number): boolean => {
    const { start, end } = footprints[index]!;
    const row = hintOf(index)!.row;
    if (!space.fits(row, start, end)) return false;
    space.add(row, start, end);
    rows[index] = row;
    return true;
  };
  const same: number[] = [];
  const edited: number[] = [];
  footprints.forEach((footprint, index) => {
    const hint = hintOf(index);
    if (hint) (unchanged(hint.item, footprint.item) ? same : edited).push(index);
  });
  // Unchanged steps claim their rows first; then edited ones that still fit; then the rest, in start order.
  const displaced = [...same.filter((index) => !keep(index)), ...edited.filter((index) => !keep(index))].sort(
    (a, b) => a - b,
  );
  for (const index of displaced) {
    const { start, end } = footprints[index]!;
    rows[index] = space.nearest(hintOf(index)!.row, start, end);
    space.add(rows[index]!, start, end);
  }
  const kept = Math.max(1, minRows);
  const displacedGrew = space.rows.length > kept;
  for (let index = 0; index < footprints.length; index += 1) {
    if (rows[index] !== -1) continue;
    const { start, end } = footprints[index]!;
    rows[index] = space.nearest(0, start, end);
    space.add(rows[index]!, start, end);
  }
  if (space.rows.length > kept && footprints.length <= REPACKED_UP_TO) {
    // The lane grows, which moves every lane below: it is packed afresh when that needs fewer rows, or as many
    // when it grows for a step the edit moved (the moved step then keeps its place in start order, where a fresh
    // view would draw it, rather than drop to a new bottom row with its own row left empty).
    const packed = firstFitRows(footprints, gap);
    if (packed.count < space.rows.length || (displacedGrew && packed.count === space.rows.length))
      return { rows: packed.rows, count: Math.max(kept, packed.count) };
  }
  return { rows, count: Math.max(kept, space.rows.length) };
}
