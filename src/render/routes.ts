import { dependentsIndex } from '../model/graph.js';
import type { ItemBox, LayoutMetrics, PlanLayout } from './layout.js';
import { simplify, type Point } from './polyline.js';
import type { Router } from './router-for.js';
import { firstEndingAfter } from './route-obstacles.js';
import { clearColumn, RowBand } from './route-columns.js';

/** Run out of the predecessor's end before turning: inside the gap between a bar and its own label. */
const STUB = 4;
/** Straight run into the successor, for the arrowhead. */
const ENTRY = 9;

/**
 * Routes finish-to-start arrows around what the layout draws. Arrows turn only in the gutters between rows (the band
 * boundaries, which hold no bar and no text) and run vertically only in columns clear of every bar and label they
 * pass, found per row with a binary search. Arrows that fan out of one step share its vertical trunk, and arrows that
 * fan into one step share a trunk next to it, so a bundle reads as one line that branches. One router per layout:
 * routes are computed once per pair of boxes and reused by every render of that layout.
 */
export class ArrowRouter implements Router {
  private readonly bands: RowBand[] = [];
  private readonly firstBand: number[] = [];
  private readonly trunks = new Map<string, number>();
  private readonly routes = new Map<string, Point[]>();
  #successorsOf?: Map<string, ItemBox[]>;
  /** Each step's successors once asked for: every arrow out of a step asks again. */
  readonly #successorsFound = new Map<string, ItemBox[]>();

  constructor(
    private readonly layout: PlanLayout,
    private readonly metrics: LayoutMetrics,
  ) {
    for (const lane of layout.lanes) {
      const first = this.bands.length;
      this.firstBand.push(first);
      // A lane's rows get their steps when a search first reaches one of them: an edit's new layout is routed only
      // in view, so making a router must not cost a pass over every step of the plan.
      let filled = false;
      const fill = () => {
        if (filled) return;
        filled = true;
        for (let index = lane.first; index < lane.first + lane.count; index += 1) {
          const box = layout.items[index]!;
          if (box.lane === lane.index) this.bands[first + box.row]?.addStep(box);
        }
      };
      for (let row = 0; row < lane.rows; row += 1)
        this.bands.push(new RowBand(lane.y + metrics.lanePadding + row * metrics.rowHeight, fill));
    }
  }

  /** The laid-out steps that `id` leads to: what bundles arrows out of a step into one trunk. */
  #successors(id: string): ItemBox[] {
    let found = this.#successorsFound.get(id);
    if (found) return found;
    const { steps, byId } = this.layout;
    // Kept per frozen step list, and shared by the lists of edits that only moved dates (see graph.ts).
    if (steps && Object.isFrozen(steps))
      found = (dependentsIndex(steps).get(id) ?? []).flatMap((next) => byId.get(next) ?? []);
    else found = this.#neighbours().get(id) ?? [];
    this.#successorsFound.set(id, found);
    return found;
  }

  /** The laid-out steps that `id` waits for. */
  #predecessors(id: string): ItemBox[] {
    const { byId } = this.layout;
    return (byId.get(id)?.item.dependsOn ?? []).flatMap((before) => byId.get(before) ?? []);
  }

  /** Who each step leads to, worked out here when the layout's step list may still change. */
  #neighbours(): Map<string, ItemBox[]> {
    if (this.#successorsOf) return this.#successorsOf;
    const successors = new Map<string, ItemBox[]>();
    for (const box of this.layout.items) {
      for (const id of box.item.dependsOn ?? []) if (this.layout.byId.has(id)) push(successors, id, box);
    }
    return (this.#successorsOf = successors);
  }

  /** The corner points of the arrow from `from`'s end to `to`'s start. */
  route(from: ItemBox, to: ItemBox): Point[] {
    const key = `${from.item.id}→${to.item.id}`;
    let points = this.routes.get(key);
    if (!points) this.routes.set(key, (points = lastRoute(key, simplify(this.compute(from, to)))));
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
    return this.firstBand[box.lane]! + box.row;
  }

  private compute(from: ItemBox, to: ItemBox): Point[] {
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x, y: to.y + to.height / 2 };
    const out = start.x + STUB;
    const into = end.x - ENTRY;
    const fromBand = this.bandIndex(from);
    const toBand = this.bandIndex(to);
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
    const predecessors = this.#predecessors(to.item.id);
    const successors = this.#successors(from.item.id);
    const fanIn = predecessors.length > 1 && successors.length === 1;
    const key = `${fanIn ? 'in' : 'out'}:${fanIn ? to.item.id : from.item.id}:${down ? 'down' : 'up'}`;
    const sameWay = (other: ItemBox, reference: ItemBox) =>
      down ? this.bandIndex(other) > this.bandIndex(reference) : this.bandIndex(other) < this.bandIndex(reference);
    const members = fanIn
      ? predecessors.filter((other) => sameWay(to, other))
      : successors.filter((other) => sameWay(other, from));
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
      bands = members.map((box) => this.bandIndex(box));
      bands.push(this.bandIndex(to));
    } else {
      anchor = outOf(from);
      low = anchor;
      high = Math.max(anchor, Math.min(...members.map(intoOf)));
      bands = members.map((box) => this.bandIndex(box));
      bands.push(this.bandIndex(from));
    }
    return this.column(key, bands, low, high, anchor);
  }

  /** A clear column between the highest and the lowest of `bands`, worked out once per key. */
  private column(key: string, bands: readonly number[], low: number, high: number, anchor: number): number {
    let x = this.trunks.get(key);
    if (x === undefined) {
      const first = Math.min(...bands) + 1;
      const last = Math.max(...bands) - 1;
      x = clearColumn(this.bands, { first, last, low, high, anchor, lines: this.layout.dateLines ?? [] });
      this.trunks.set(key, x);
    }
    return x;
  }
}

/**
 * The points an arrow was last routed along, by its two ends, from any router: after an edit most arrows in view run
 * where they ran, and handing back the same array lets its drawn path be reused instead of written again.
 */
const lastRoutes = new Map<string, Point[]>();
const LAST_ROUTES_KEPT = 20_000;

function lastRoute(key: string, points: Point[]): Point[] {
  const known = lastRoutes.get(key);
  if (known && known.length === points.length && known.every((point, index) => samePoint(point, points[index]!)))
    return known;
  if (lastRoutes.size >= LAST_ROUTES_KEPT) lastRoutes.clear();
  lastRoutes.set(key, points);
  return points;
}

const samePoint = (a: Point, b: Point): boolean => a.x === b.x && a.y === b.y;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
