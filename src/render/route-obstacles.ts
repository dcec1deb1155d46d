// The rows an arrow router searches: the obstacles of each row, and the quick questions asked of them.
import type { ItemBox } from './layout.js';

/** Clearance kept between a vertical run and a bar or label it passes. */
export const CLEARANCE = 5;
/** A vertical run across more bands than this is checked against the bands near its ends only. */
const MAX_SEARCHED_BANDS = 24;
/** Room a padlock takes after a label (see items.ts). */
const LOCK_ROOM = 22;

/** What a vertical run of an arrow avoids in one row: a bar or a label, as a horizontal span. */
export interface Obstacle {
  start: number;
  end: number;
  label: boolean;
}

/**
 * The bands a vertical run through `first`..`last` is checked against. A run across a tall plan is checked near its
 * two ends only, where the steps it leaves and reaches are: checking every band it crosses made one arrow cost as much
 * as the rows of the plan, and such a run passes behind many bars whatever column it takes.
 */
export function searchedBands(first: number, last: number): number[] {
  const bands: number[] = [];
  const near = MAX_SEARCHED_BANDS / 2;
  const short = last - first < MAX_SEARCHED_BANDS;
  for (let band = first; band <= (short ? last : first + near - 1); band += 1) bands.push(band);
  if (!short) for (let band = last - near + 1; band <= last; band += 1) bands.push(band);
  return bands;
}

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/**
 * A 64-bit hash of a sequence of numbers, exact to the bit of every one (so equal hashes mean equal sequences but for
 * a collision one in 2^64), kept as two numbers so that memo keys built from many of them stay small and cheap.
 */
export class Hash64 {
  a = 0x811c9dc5;
  b = 0x9747b28c;

  mix(value: number): this {
    float[0] = value;
    for (let index = 0; index < 2; index += 1) {
      this.a = Math.imul(this.a ^ words[index]!, 0x01000193);
      this.b = Math.imul(this.b ^ words[index]!, 0x5bd1e995);
      this.b ^= this.b >>> 15;
    }
    return this;
  }

  get text(): string {
    return `${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}`;
  }
}

/** A band's obstacles as a hash, so that searches through rows that hold the same can be recognised. */
export function fingerprint(obstacles: readonly Obstacle[]): Hash64 {
  const hash = new Hash64();
  for (const { start, end, label } of obstacles)
    hash
      .mix(start)
      .mix(end)
      .mix(label ? 1 : 0);
  return hash.mix(obstacles.length);
}

/** The bar and the label of a step, as horizontal spans of its row. */
export function obstaclesOf(box: ItemBox): Obstacle[] {
  const bar = { start: box.x, end: box.x + box.width, label: false };
  if (box.labelInside) return [{ ...bar, label: true }];
  const lock = box.item.internal ? LOCK_ROOM : 0;
  return [bar, { start: box.labelX, end: box.labelX + box.labelWidth + lock, label: true }];
}

/**
 * Index of the first obstacle whose end, plus `margin`, lies past x (obstacles in a band never overlap, so their ends
 * are sorted too). The sum is computed as a search jumps to it, `end + margin`, so that a jump never lands back inside
 * the obstacle it left through rounding.
 */
export function firstEndingAfter(obstacles: readonly Obstacle[], x: number, margin = 0): number {
  let low = 0;
  let high = obstacles.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (obstacles[mid]!.end + margin <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A row's obstacles (sorted by start) trimmed so that none overlaps the one before: the same ground covered, with the
 * ends in order too, which the searches below rely on. A padlock's room after a label can reach into the next bar.
 */
export function disjoint(obstacles: readonly Obstacle[]): Obstacle[] {
  const trimmed: Obstacle[] = [];
  for (const obstacle of obstacles) {
    const last = trimmed.at(-1);
    if (!last || obstacle.start >= last.end) trimmed.push(obstacle);
    else if (obstacle.end > last.end) trimmed.push({ ...obstacle, start: last.end });
  }
  return trimmed;
}

/** Per row, the index of the first obstacle whose end, plus the clearance, lies past the search's x (see below). */
let cursors = new Int32Array(32);

/**
 * The x nearest to `from`, that way and not past `until`, that is at least the clearance away from every
 * obstacle of every row; undefined if there is none.
 */
export function nearestClear(
  rows: readonly (readonly Obstacle[])[],
  from: number,
  until: number,
  rightwards: boolean,
): number | undefined {
  const x = walkClear(rows, from, until, rightwards);
  return (rightwards ? x > until : x < until) ? undefined : x;
}

/**
 * Walks from `from` that way to the nearest x clear of every row (see `nearestClear`), or stops at the first place
 * past `until` it reaches. A walk stopped there goes on from that place as if it had never stopped, so a search
 * that widens looks at each obstacle once. x jumps past whatever obstacle is in its way until a round through every
 * row finds none: no gathering and sorting of the rows' obstacles. x only ever moves one way, so each row keeps a
 * cursor that steps along with it instead of searching the row again after every jump.
 */
export function walkClear(
  rows: readonly (readonly Obstacle[])[],
  from: number,
  until: number,
  rightwards: boolean,
): number {
  let x = from;
  if (rightwards ? x > until : x < until) return x;
  if (cursors.length < rows.length) cursors = new Int32Array(rows.length * 2);
  for (let row = 0; row < rows.length; row += 1) cursors[row] = firstEndingAfter(rows[row]!, x, CLEARANCE);
  let clearRows = 0;
  for (let row = 0; clearRows < rows.length;) {
    const obstacles = rows[row]!;
    let index = cursors[row]!;
    if (rightwards) while (index < obstacles.length && obstacles[index]!.end + CLEARANCE <= x) index += 1;
    else while (index > 0 && obstacles[index - 1]!.end + CLEARANCE > x) index -= 1;
    cursors[row] = index;
    const near = obstacles[index];
    if (near && near.start - CLEARANCE < x) {
      x = rightwards ? near.end + CLEARANCE : near.start - CLEARANCE;
      if (rightwards ? x > until : x < until) return x;
      clearRows = 0;
    } else {
      clearRows += 1;
      row = (row + 1) % rows.length;
    }
  }
  return x;
}

/**
 * From a clear x, the obstacle that ends its clear stretch in one direction: the nearest one ahead over all rows.
 * The next clear stretch that way begins beyond it.
 */
export function stretchBound(
  rows: readonly (readonly Obstacle[])[],
  x: number,
  rightwards: boolean,
): Obstacle | undefined {
  let bound: Obstacle | undefined;
  for (const obstacles of rows) {
    const index = firstEndingAfter(obstacles, x, CLEARANCE);
    const ahead = rightwards ? obstacles[index] : obstacles[index - 1];
    if (ahead && (!bound || (rightwards ? ahead.start < bound.start : ahead.end > bound.end))) bound = ahead;
  }
  return bound;
}

/** How many obstacles of the rows lie across x, within a pixel. */
export function obstaclesAcross(rows: readonly (readonly Obstacle[])[], x: number): number {
  let count = 0;
  for (const obstacles of rows) {
    for (let index = firstEndingAfter(obstacles, x - 2); index < obstacles.length; index += 1) {
      if (obstacles[index]!.start - 1 > x) break;
      if (obstacles[index]!.end + 1 >= x) count += 1;
    }
  }
  return count;
}
