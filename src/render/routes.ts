import type { ItemBox, LayoutMetrics, PlanLayout } from './layout.js';
import { simplify, type Point } from './polyline.js';

/** Run out of the predecessor's end before turning: inside the gap between a bar and its own label. */
const STUB = 4;
/** Straight run into the successor, for the arrowhead. */
const ENTRY = 9;
/** Clearance kept between a vertical run and a bar or label it passes. */
const CLEARANCE = 5;
/** How far beyond the span between its two ends a vertical run may move to find a clear column. */
const DETOUR = 240;
/** A vertical run passes behind a bar rather than detour this many pixels more to avoid it. */
const BAR_COST = 320;
/** A vertical run across more bands than this is checked against the bands near its ends only. */
const MAX_SEARCHED_BANDS = 24;
/** Room a padlock takes after a label (see items.ts). */
const LOCK_ROOM = 22;

interface Obstacle {
  start: number;
  end: number;
  label: boolean;
}

/** One row of one lane: its top, and what it holds, sorted by start and never overlapping. */
interface Band {
  top: number;
  obstacles: Obstacle[];
  /** A fingerprint of the obstacles, so a column worked out for one layout serves the next while its rows stay alike. */
  print: string;
}

/**
 * Routes finish-to-start arrows around what the layout draws. Arrows turn only in the gutters between rows (the band
 * boundaries, which hold no bar and no text) and run vertically only in columns clear of every bar and label they
 * pass, found per row with a binary search. Arrows that fan out of one step share its vertical trunk, and arrows that
 * fan into one step share a trunk next to it, so a bundle reads as one line that branches. One router per layout:
 * routes are computed once per pair of boxes and reused by every render of that layout.
 */
export class ArrowRouter implements Router {
  private readonly bands: Band[] = [];
  private readonly firstBand: number[] = [];
  private readonly bandOf = new Map<ItemBox, number>();
  private readonly successors = new Map<string, ItemBox[]>();
  private readonly predecessors = new Map<string, ItemBox[]>();
  private readonly trunks = new Map<string, number>();
  private readonly routes = new Map<string, Point[]>();

  constructor(
    layout: PlanLayout,
    private readonly metrics: LayoutMetrics,
  ) {
    const { firstBand } = this;
    for (const lane of layout.lanes) {
      firstBand.push(this.bands.length);
      for (let row = 0; row < lane.rows; row += 1)
        this.bands.push({ top: lane.y + metrics.lanePadding + row * metrics.rowHeight, obstacles: [], print: '' });
    }
    for (const box of layout.items) {
      const index = firstBand[box.lane]! + box.row;
      this.bandOf.set(box, index);
      this.bands[index]?.obstacles.push(...obstaclesOf(box));
      for (const id of box.item.dependsOn ?? []) {
        const from = layout.byId.get(id);
        if (!from) continue;
        push(this.successors, id, box);
        push(this.predecessors, box.item.id, from);
      }
    }
    for (const band of this.bands) {
      band.obstacles.sort((a, b) => a.start - b.start);
      band.print = fingerprint(band.obstacles);
    }
  }

  /** The corner points of the arrow from `from`'s end to `to`'s start. */
  route(from: ItemBox, to: ItemBox): Point[] {
    const key = `${from.item.id}→${to.item.id}`;
    let points = this.routes.get(key);
    if (!points) this.routes.set(key, (points = simplify(this.compute(from, to))));
    return points;
  }

  /**
   * A quick arrow for a step a gesture is moving: it turns in the same gutters as a routed one, but runs vertically
   * next to the predecessor instead of searching for a clear column. The boxes may be ones this router did not lay
   * out, as long as they keep a lane and row of its layout.
   */
  sketch(from: ItemBox, to: ItemBox): Point[] {
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x, y: to.y + to.height / 2 };
    const out = start.x + STUB;
    const into = end.x - ENTRY;
    const fromBand = this.bandIndex(from);
    const toBand = this.bandIndex(to);
    if (fromBand === toBand) {
      if (end.x - start.x >= STUB + ENTRY) return [start, end];
      const gutter = this.bottom(fromBand);
      return simplify([
        start,
        { x: out, y: start.y },
        { x: out, y: gutter },
        { x: into, y: gutter },
        { x: into, y: end.y },
        end,
      ]);
    }
    const down = toBand > fromBand;
    const leave = down ? this.bottom(fromBand) : this.top(fromBand);
    const arrive = down ? this.top(toBand) : this.bottom(toBand);
    return simplify(this.path(start, end, leave, arrive, out));
  }

  private bandIndex(box: ItemBox): number {
    return this.bandOf.get(box) ?? this.firstBand[box.lane]! + box.row;
  }

  private compute(from: ItemBox, to: ItemBox): Point[] {
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x, y: to.y + to.height / 2 };
    const out = start.x + STUB;
    const into = end.x - ENTRY;
    const fromBand = this.bandOf.get(from)!;
    const toBand = this.bandOf.get(to)!;
    if (fromBand === toBand) {
      if (end.x - start.x >= STUB + ENTRY && this.clearRun(fromBand, start.x + 1, end.x - 1)) return [start, end];
      const gutter = this.bottom(fromBand);
      return [start, { x: out, y: start.y }, { x: out, y: gutter }, { x: into, y: gutter }, { x: into, y: end.y }, end];
    }
    const down = toBand > fromBand;
    const leave = down ? this.bottom(fromBand) : this.top(fromBand);
    const arrive = down ? this.top(toBand) : this.bottom(toBand);
    const trunk = leave === arrive ? out : this.trunk(from, to, down);
    const [low, high] = [Math.min(out, into), Math.max(out, into)];
    // A bundle's trunk that lies outside this arrow's own span would send it round a loop: it goes alone then.
    if (trunk < low - 1 || trunk > high + 1) {
      const alone = this.column(`${from.item.id}→${to.item.id}`, [fromBand, toBand], low, high, out);
      if (Math.abs(alone - clamp(alone, low, high)) < Math.abs(trunk - clamp(trunk, low, high)))
        return this.path(start, end, leave, arrive, alone);
    }
    return this.path(start, end, leave, arrive, trunk);
  }

  private path(start: Point, end: Point, leave: number, arrive: number, trunk: number): Point[] {
    const out = start.x + STUB;
    const into = end.x - ENTRY;
    return [
      start,
      { x: out, y: start.y },
      { x: out, y: leave },
      { x: trunk, y: leave },
      { x: trunk, y: arrive },
      { x: into, y: arrive },
      { x: into, y: end.y },
      end,
    ];
  }

  private top(band: number): number {
    return this.bands[band]!.top;
  }

  private bottom(band: number): number {
    return this.bands[band]!.top + this.metrics.rowHeight;
  }

  /** Whether nothing is drawn in the band between two x positions. */
  private clearRun(band: number, left: number, right: number): boolean {
    const { obstacles } = this.bands[band]!;
    const index = firstEndingAfter(obstacles, left);
    const next = obstacles[index];
    return !next || next.start >= right;
  }

  /**
   * The x of the vertical run shared by a bundle. A step with several successors and this one is the predecessor's
   * bundle, its trunk close to the predecessor; a step fed by several steps that lead nowhere else gathers its own
   * bundle, its trunk close to the successor.
   */
  private trunk(from: ItemBox, to: ItemBox, down: boolean): number {
    const fanIn =
      (this.predecessors.get(to.item.id)?.length ?? 0) > 1 && this.successors.get(from.item.id)?.length === 1;
    const key = `${fanIn ? 'in' : 'out'}:${fanIn ? to.item.id : from.item.id}:${down ? 'down' : 'up'}`;
    const sameWay = (other: ItemBox, reference: ItemBox) =>
      down
        ? this.bandOf.get(other)! > this.bandOf.get(reference)!
        : this.bandOf.get(other)! < this.bandOf.get(reference)!;
    const members = fanIn
      ? this.predecessors.get(to.item.id)!.filter((other) => sameWay(to, other))
      : this.successors.get(from.item.id)!.filter((other) => sameWay(other, from));
    const outOf = (box: ItemBox) => box.x + box.width + STUB;
    const intoOf = (box: ItemBox) => box.x - ENTRY;
    let low: number;
    let high: number;
    let anchor: number;
    let bands: number[];
    if (fanIn) {
      anchor = intoOf(to);
      high = anchor;
      low = Math.min(anchor, Math.max(...members.map(outOf)));
      bands = members.map((box) => this.bandOf.get(box)!);
      bands.push(this.bandOf.get(to)!);
    } else {
      anchor = outOf(from);
      low = anchor;
      high = Math.max(anchor, Math.min(...members.map(intoOf)));
      bands = members.map((box) => this.bandOf.get(box)!);
      bands.push(this.bandOf.get(from)!);
    }
    return this.column(key, bands, low, high, anchor);
  }

  /** A clear column between the highest and the lowest of `bands`, worked out once per key. */
  private column(key: string, bands: readonly number[], low: number, high: number, anchor: number): number {
    let x = this.trunks.get(key);
    if (x === undefined) {
      x = this.clearColumn(Math.min(...bands) + 1, Math.max(...bands) - 1, low, high, anchor);
      this.trunks.set(key, x);
    }
    return x;
  }

  /**
   * A column through the bands `first`..`last`: one that touches no bar and no label, inside [low, high] and closest
   * to `anchor`, unless the detour to the nearest such column costs more than passing behind a bar. Never through a
   * label while any column within reach avoids labels.
   */
  private clearColumn(first: number, last: number, low: number, high: number, anchor: number): number {
    if (first > last) return anchor;
    // The answer depends on nothing but these numbers and what the searched rows hold: an edit elsewhere, or one that
    // only moves rows up or down, finds it again instead of searching.
    const prints: string[] = [];
    for (const band of searchedBands(first, last)) prints.push(this.bands[band]!.print);
    const memoKey = `${low}|${high}|${anchor}|${prints.join('|')}`;
    const known = columnMemo.get(memoKey);
    if (known !== undefined) return known;
    const x = this.searchColumn(first, last, low, high, anchor);
    if (columnMemo.size >= MEMO_LIMIT) columnMemo.clear();
    columnMemo.set(memoKey, x);
    return x;
  }

  private searchColumn(first: number, last: number, low: number, high: number, anchor: number): number {
    // Look close first; only a plan with no clear column near the arrow pays for a wider search.
    for (const reach of [DETOUR, 4 * DETOUR, 16 * DETOUR]) {
      const x = this.columnWithin(first, last, low, high, anchor, reach);
      if (x !== undefined) return x;
    }
    return anchor;
  }

  private columnWithin(first: number, last: number, low: number, high: number, anchor: number, reach: number) {
    const left = low - reach;
    const right = high + reach;
    const blocked: Obstacle[] = [];
    for (const band of searchedBands(first, last)) {
      const { obstacles } = this.bands[band]!;
      for (let index = firstEndingAfter(obstacles, left - CLEARANCE); index < obstacles.length; index += 1) {
        const obstacle = obstacles[index]!;
        if (obstacle.start - CLEARANCE > right) break;
        blocked.push(obstacle);
      }
    }
    blocked.sort((a, b) => a.start - b.start);
    const labels = blocked.filter((obstacle) => obstacle.label);
    let barsAt: ((x: number) => number) | undefined;
    const detour = (x: number) => (x < low ? low - x : x > high ? x - high : 0) * 4 + Math.abs(x - anchor);
    let best: { x: number; cost: number } | undefined;
    const consider = (x: number, bars: number) => {
      const cost = bars * BAR_COST + detour(x);
      if (!best || cost < best.cost) best = { x, cost };
    };
    for (const [from, until] of clearStretches(blocked, left, right)) consider(clamp(anchor, from, until), 0);
    for (const [from, until] of clearStretches(labels, left, right)) {
      const x = clamp(anchor, from, until);
      if (best && detour(x) >= best.cost) continue;
      consider(x, (barsAt ??= coverCounter(blocked))(x));
    }
    return best?.x;
  }
}

/**
 * The bands a vertical run through `first`..`last` is checked against. A run across a tall plan is checked near its
 * two ends only, where the steps it leaves and reaches are: checking every band it crosses made one arrow cost as much
 * as the rows of the plan, and such a run passes behind many bars whatever column it takes.
 */
function* searchedBands(first: number, last: number): Generator<number> {
  const near = MAX_SEARCHED_BANDS / 2;
  if (last - first < MAX_SEARCHED_BANDS) {
    for (let band = first; band <= last; band += 1) yield band;
    return;
  }
  for (let band = first; band < first + near; band += 1) yield band;
  for (let band = last - near + 1; band <= last; band += 1) yield band;
}

/** Columns found, by what decides them (see `clearColumn`); shared by every layout, dropped whole when full. */
const columnMemo = new Map<string, number>();
const MEMO_LIMIT = 10_000;

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/**
 * A 64-bit hash of a band's obstacles, exact to the bit of every coordinate (so equal prints mean equal obstacles but
 * for a collision one in 2^64), kept short so that memo keys stay small.
 */
function fingerprint(obstacles: readonly Obstacle[]): string {
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
function coverCounter(obstacles: readonly Obstacle[]): (x: number) => number {
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
function clearStretches(obstacles: readonly Obstacle[], left: number, right: number): [number, number][] {
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
function obstaclesOf(box: ItemBox): Obstacle[] {
  const bar = { start: box.x, end: box.x + box.width, label: false };
  if (box.labelInside) return [{ ...bar, label: true }];
  const lock = box.item.internal ? LOCK_ROOM : 0;
  return [bar, { start: box.labelX, end: box.labelX + box.labelWidth + lock, label: true }];
}

/** Index of the first obstacle ending after `x` (obstacles in a band never overlap, so their ends are sorted too). */
function firstEndingAfter(obstacles: readonly Obstacle[], x: number): number {
  let low = 0;
  let high = obstacles.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (obstacles[mid]!.end <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Finds the corner points of the arrow between two laid-out steps. */
export interface Router {
  route(from: ItemBox, to: ItemBox): Point[];
}

/**
 * Arrows of a gesture's preview, one frame of a drag: an arrow between two steps the gesture left in place keeps the
 * committed layout's route; an arrow to or from a moved step is sketched. Routing every arrow in view afresh on
 * every frame is what made drags stutter; the preview's arrows are routed properly once the drop is committed.
 */
class PreviewRouter implements Router {
  constructor(
    private readonly committed: ArrowRouter,
    private readonly moved: ReadonlySet<string>,
  ) {}

  route(from: ItemBox, to: ItemBox): Point[] {
    return this.moved.has(from.item.id) || this.moved.has(to.item.id)
      ? this.committed.sketch(from, to)
      : this.committed.route(from, to);
  }
}

const routers = new WeakMap<PlanLayout, Router>();

/** The router of a layout, made on first use: layouts are immutable, so its routes hold as long as it lives. */
export function routerFor(layout: PlanLayout, metrics: LayoutMetrics): Router {
  let router = routers.get(layout);
  if (!router) {
    const { previewOf } = layout;
    router = previewOf
      ? new PreviewRouter(committedRouter(previewOf.layout, metrics), previewOf.moved)
      : new ArrowRouter(layout, metrics);
    routers.set(layout, router);
  }
  return router;
}

function committedRouter(layout: PlanLayout, metrics: LayoutMetrics): ArrowRouter {
  const router = routerFor(layout, metrics);
  return router instanceof ArrowRouter ? router : new ArrowRouter(layout, metrics);
}
