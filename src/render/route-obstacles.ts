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
export function* searchedBands(first: number, last: number): Generator<number> {
  const near = MAX_SEARCHED_BANDS / 2;
  if (last - first < MAX_SEARCHED_BANDS) {
    for (let band = first; band <= last; band += 1) yield band;
    return;
  }
  for (let band = first; band < first + near; band += 1) yield band;
  for (let band = last - near + 1; band <= last; band += 1) yield band;
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

/** How many of the obstacles lie across x (within a pixel), in log time: starts and ends sorted apart. */
export function coverCounter(obstacles: readonly Obstacle[]): (x: number) => number {
  const starts = Float64Array.from(obstacles, (obstacle) => obstacle.start - 1).sort();
  const ends = Float64Array.from(obstacles, (obstacle) => obstacle.end + 1).sort();
  // Started at or before x, minus ended before x.
  return (x) => countAtMost(starts, x) - countBelow(ends, x);
}

function countAtMost(sorted: Float64Array, x: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

function countBelow(sorted: Float64Array, x: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The stretches of [left, right] at least the clearance away from every obstacle (sorted by start). */
export function clearStretches(obstacles: readonly Obstacle[], left: number, right: number): [number, number][] {
  const stretches: [number, number][] = [];
  let from = left;
  for (const obstacle of obstacles) {
    const until = obstacle.start - CLEARANCE;
    if (until >= from) stretches.push([from, until]);
    from = Math.max(from, obstacle.end + CLEARANCE);
  }
  if (from <= right) stretches.push([from, right]);
  return stretches;
}

/** The bar and the label of a step, as horizontal spans of its row. */
export function obstaclesOf(box: ItemBox): Obstacle[] {
  const bar = { start: box.x, end: box.x + box.width, label: false };
  if (box.labelInside) return [{ ...bar, label: true }];
  const lock = box.item.internal ? LOCK_ROOM : 0;
  return [bar, { start: box.labelX, end: box.labelX + box.labelWidth + lock, label: true }];
}

/** Index of the first obstacle ending after `x` (obstacles in a band never overlap, so their ends are sorted too). */
export function firstEndingAfter(obstacles: readonly Obstacle[], x: number): number {
  let low = 0;
  let high = obstacles.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (obstacles[mid]!.end <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}
