// Where an arrow's vertical run goes: a column through the rows it crosses, clear of their bars and labels.
import {
  CLEARANCE,
  disjoint,
  fingerprint,
  Hash64,
  nearestClear,
  obstaclesAcross,
  obstaclesOf,
  searchedBands,
  stretchBound,
  walkClear,
  type Obstacle,
} from './route-obstacles.js';
import type { ItemBox } from './layout.js';

/** How far beyond the span between its two ends a vertical run may move to find a clear column. */
const DETOUR = 240;
/** A vertical run passes behind a bar rather than detour this many pixels more to avoid it. */
const BAR_COST = 320;
/**
 * A detour past a date line (today, target, projected) and back reads as if the arrow had to do with that line:
 * crossing one costs as much as 120 pixels more of detour (a pixel outside the arrow's span costs 4).
 */
const LINE_COST = 480;

/** One row of one lane: its top, and what it holds, sorted by start and never overlapping. */
export interface Band {
  top: number;
  obstacles: Obstacle[];
  /** The ground the obstacles cover, and the labels' alone, with no two overlapping (see `disjoint`). */
  covered: Obstacle[];
  labels: Obstacle[];
  /** A fingerprint of the obstacles, so a column worked out for one layout serves the next while its rows stay alike. */
  print: Hash64;
}

/**
 * One row's steps, added in any order, and what the searches ask of them (their obstacles sorted, the ground
 * covered, the labels, the fingerprint), worked out the first time a search reaches the band. Arrows in view reach
 * only the bands near them, so a large plan's router does not prepare rows that no drawn arrow crosses.
 */
export class RowBand implements Band {
  readonly #steps: ItemBox[] = [];
  #obstacles?: Obstacle[];
  #covered?: Obstacle[];
  #labels?: Obstacle[];
  #print?: Hash64;

  /** `fill` adds the band's steps (and its neighbours'), once, before the first search reads them. */
  constructor(
    readonly top: number,
    private readonly fill: () => void = () => {},
  ) {}

  addStep(box: ItemBox): void {
    this.#steps.push(box);
    this.#obstacles = this.#covered = this.#labels = this.#print = undefined;
  }

  get obstacles(): Obstacle[] {
    if (!this.#obstacles) {
      this.fill();
      this.#obstacles = this.#steps.flatMap(obstaclesOf).sort((a, b) => a.start - b.start);
    }
    return this.#obstacles;
  }

  get covered(): Obstacle[] {
    return (this.#covered ??= disjoint(this.obstacles));
  }

  get labels(): Obstacle[] {
    return (this.#labels ??= disjoint(this.obstacles.filter((obstacle) => obstacle.label)));
  }

  get print(): Hash64 {
    return (this.#print ??= fingerprint(this.obstacles));
  }
}

/** Columns found, by what decides them (see `clearColumn`); shared by every layout, dropped whole when full. */
const columnMemo = new Map<string, number>();
const MEMO_LIMIT = 10_000;

/** Where an arrow's vertical run may go: through the bands `first`..`last`, best inside [low, high], near `anchor`. */
export interface ColumnQuery {
  first: number;
  last: number;
  low: number;
  high: number;
  anchor: number;
  /** The x of the date lines drawn across the lanes (see `LINE_COST`). */
  lines?: readonly number[];
}

/**
 * A column for the query: one that touches no bar and no label, inside [low, high] and closest to `anchor`, unless
 * the detour to the nearest such column costs more than passing behind a bar. Never through a label while any column
 * within reach avoids labels.
 */
export function clearColumn(bands: readonly Band[], query: ColumnQuery): number {
  const { first, last, low, high, anchor } = query;
  if (first > last) return anchor;
  // The answer depends on nothing but these numbers and what the searched rows hold: an edit elsewhere, or one that
  // only moves rows up or down, finds it again instead of searching.
  const searched = searchedBands(first, last);
  const key = new Hash64().mix(low).mix(high).mix(anchor).mix(searched.length);
  for (const line of query.lines ?? []) key.mix(line);
  for (const band of searched) key.mix(bands[band]!.print.a).mix(bands[band]!.print.b);
  const memoKey = key.text;
  const known = columnMemo.get(memoKey);
  if (known !== undefined) return known;
  const x = searchColumn(
    searched.map((band) => bands[band]!.covered),
    searched.map((band) => bands[band]!.labels),
    query,
  );
  if (columnMemo.size >= MEMO_LIMIT) columnMemo.clear();
  columnMemo.set(memoKey, x);
  return x;
}

/** How far a search looks, in turn: only a plan with no clear column near the arrow pays for a wider one. */
const REACHES = [DETOUR, 4 * DETOUR, 16 * DETOUR];

/** `rows` holds the ground covered in each searched band, `labelRows` the labels' alone. */
function searchColumn(rows: readonly Obstacle[][], labelRows: readonly Obstacle[][], query: ColumnQuery): number {
  const { low, high, anchor } = query;
  // A reach finds a column if and only if it holds one clear of labels (a column clear of everything is clear of
  // labels too). The nearest such column each way is walked to once: a walk stopped at one reach goes on at the next.
  let leftwards = anchor;
  let rightwards = anchor;
  for (const reach of REACHES) {
    const [left, right] = [low - reach, high + reach];
    leftwards = walkClear(labelRows, leftwards, left, false);
    rightwards = walkClear(labelRows, rightwards, right, true);
    const labelClear = [leftwards >= left ? leftwards : undefined, rightwards <= right ? rightwards : undefined];
    if (labelClear[0] !== undefined || labelClear[1] !== undefined)
      return columnWithin(rows, labelRows, query, reach, labelClear);
  }
  return anchor;
}

/**
 * The best column within `reach` of [low, high], given the nearest column clear of labels each way within it
 * (`labelClear`, leftwards then rightwards; one at least).
 */
function columnWithin(
  rows: readonly Obstacle[][],
  labelRows: readonly Obstacle[][],
  { low, high, anchor, lines = [] }: ColumnQuery,
  reach: number,
  labelClear: readonly (number | undefined)[],
): number {
  const left = low - reach;
  const right = high + reach;
  const linesCrossed = (x: number) =>
    x < low || x > high
      ? lines.filter((line) => (x < low ? line >= x && line < low : line > high && line <= x)).length
      : 0;
  const detour = (x: number) =>
    (x < low ? low - x : x > high ? x - high : 0) * 4 + Math.abs(x - anchor) + linesCrossed(x) * LINE_COST;
  // A column clear of everything: the nearest one each way wins over any further out, which only detours more. It
  // lies no nearer than the nearest column clear of labels, since labels are part of what it avoids.
  const clear = [
    labelClear[0] === undefined ? undefined : nearestClear(rows, labelClear[0], left, false),
    labelClear[1] === undefined ? undefined : nearestClear(rows, labelClear[1], right, true),
  ].filter((x): x is number => x !== undefined);
  let bound = Math.min(...clear.map(detour));
  // Else a column clear of labels, behind as few bars as may be: each clear stretch of labels offers its point
  // nearest to the anchor, and the search each way stops where the detour alone costs more than the best so far
  // (a column may pass no bar yet lie within the clearance of one, so a tie is still possible at equal cost).
  const behindBars: { x: number; cost: number }[] = [];
  for (const until of [left, right]) {
    const rightwards = until === right;
    for (let x = labelClear[rightwards ? 1 : 0]; x !== undefined && detour(x) <= bound;) {
      const cost = obstaclesAcross(rows, x) * BAR_COST + detour(x);
      behindBars.push({ x, cost });
      bound = Math.min(bound, cost);
      const next = stretchBound(labelRows, x, rightwards);
      x =
        next && nearestClear(labelRows, rightwards ? next.end + CLEARANCE : next.start - CLEARANCE, until, rightwards);
    }
  }
  // Ties go to a column clear of everything, then to the leftmost.
  let best: { x: number; cost: number } | undefined;
  const byX = (a: { x: number }, b: { x: number }) => a.x - b.x;
  for (const candidate of [...clear.map((x) => ({ x, cost: detour(x) })).sort(byX), ...behindBars.sort(byX)])
    if (!best || candidate.cost < best.cost) best = candidate;
  return best!.x;
}
