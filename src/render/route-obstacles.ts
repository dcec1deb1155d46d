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
 * A 64-bit hash of a band's obstacles, exact to the bit of every coordinate (so equal prints mean equal obstacles but
 * for a collision one in 2^64), kept short so that memo keys stay small.
 */
export function fingerprint(obstacles: readonly Obstacle[]): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const mix = (value: number): void => {
    float[0] = value;
    for (let index = 0; index < 2; index += 1) {
      a = Math.imul(a ^ words[index]!, 0x01000193);
      b = Math.imul(b ^ words[index]!, 0x5bd1e995);
      b ^= b >>> 15;
    }
  };
  for (const { start, end, label } of obstacles) {
    mix(start);
    mix(end);
    mix(label ? 1 : 0);
  }
  mix(obstacles.length);
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
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

/** The obstacle of a row (sorted, never overlapping) closer to x than the clearance, if any. */
function obstacleNear(obstacles: readonly Obstacle[], x: number): Obstacle | undefined {
  const next = obstacles[firstEndingAfter(obstacles, x, CLEARANCE)];
  return next && next.start - CLEARANCE < x ? next : undefined;
}

/**
 * The x nearest to `from`, that way and not past `until`, that is at least the clearance away from every
 * obstacle of every row; undefined if there is none. x jumps past whatever obstacle is in its way until a round
 * through every row finds none: no gathering and sorting of the rows' obstacles.
 */
export function nearestClear(
  rows: readonly (readonly Obstacle[])[],
  from: number,
  until: number,
  rightwards: boolean,
): number | undefined {
  let x = from;
  if (rightwards ? x > until : x < until) return undefined;
  let clearRows = 0;
  for (let row = 0; clearRows < rows.length;) {
    const near = obstacleNear(rows[row]!, x);
    if (near) {
      x = rightwards ? near.end + CLEARANCE : near.start - CLEARANCE;
      if (rightwards ? x > until : x < until) return undefined;
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
