import { expect } from '@open-wc/testing';
import {
  CLEARANCE,
  disjoint,
  nearestClear,
  obstaclesAcross,
  stretchBound,
  walkClear,
  type Obstacle,
} from '../../src/render/route-obstacles.js';
import { seededRandom } from '../support/random-plan.js';

/** Rows as the router holds them: sorted by start, never overlapping, some obstacles close to the next. */
function randomRows(random: () => number, count: number): Obstacle[][] {
  return Array.from({ length: count }, () => {
    const row: Obstacle[] = [];
    let x = random() * 60;
    while (x < 2000) {
      const start = x + random() * (random() < 0.3 ? 4 : 80);
      const end = start + 2 + random() * 120;
      row.push({ start, end, label: random() < 0.5 });
      x = end;
    }
    return row;
  });
}

const near = (rows: Obstacle[][], x: number) =>
  rows.some((row) => row.some((obstacle) => obstacle.start - CLEARANCE < x && x < obstacle.end + CLEARANCE));

/** The brute force answer: every place a clear stretch can begin or end, and `from` itself. */
function bruteNearestClear(rows: Obstacle[][], from: number, until: number, rightwards: boolean) {
  const candidates = [
    from,
    ...rows.flat().flatMap((obstacle) => [obstacle.start - CLEARANCE, obstacle.end + CLEARANCE]),
  ]
    .filter((x) => (rightwards ? x >= from && x <= until : x <= from && x >= until))
    .filter((x) => !near(rows, x))
    .sort((a, b) => (rightwards ? a - b : b - a));
  return candidates[0];
}

describe('arrow column search over rows of obstacles (pure)', () => {
  it('finds the clear column nearest to a point, either way, exactly where a full scan does', () => {
    const random = seededRandom(11);
    let found = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const rows = randomRows(random, 1 + Math.floor(random() * 12));
      const from = random() * 2000;
      const reach = random() * 1200;
      for (const rightwards of [true, false]) {
        const until = rightwards ? from + reach : from - reach;
        const expected = bruteNearestClear(rows, from, until, rightwards);
        expect(nearestClear(rows, from, until, rightwards), `trial ${trial}`).to.equal(expected);
        if (expected !== undefined && expected !== from) found += 1;
      }
    }
    // The control: most searches had to jump past obstacles, and found a column.
    expect(found).to.be.above(200);
  });

  it('goes on from where a walk stopped past its bound as if it had never stopped', () => {
    const random = seededRandom(23);
    let resumed = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const rows = randomRows(random, 1 + Math.floor(random() * 12));
      const from = random() * 2000;
      const [near, far] = [random() * 200, 200 + random() * 1200];
      for (const rightwards of [true, false]) {
        const bound = (reach: number) => (rightwards ? from + reach : from - reach);
        const stopped = walkClear(rows, from, bound(near), rightwards);
        const beyond = rightwards ? stopped > bound(near) : stopped < bound(near);
        if (!beyond) {
          expect(stopped, `trial ${trial}`).to.equal(nearestClear(rows, from, bound(near), rightwards));
          continue;
        }
        resumed += 1;
        expect(nearestClear(rows, from, bound(near), rightwards), `trial ${trial}`).to.equal(undefined);
        const onward = walkClear(rows, stopped, bound(far), rightwards);
        const expected = bruteNearestClear(rows, from, bound(far), rightwards);
        if (expected === undefined) expect(rightwards ? onward > bound(far) : onward < bound(far)).to.equal(true);
        else expect(onward, `trial ${trial}`).to.equal(expected);
      }
    }
    // The control: many walks did stop short and go on.
    expect(resumed).to.be.above(100);
  });

  it('finds none when obstacles cover the whole way, and the point itself when it is clear', () => {
    const rows: Obstacle[][] = [[{ start: 0, end: 100, label: true }], [{ start: 90, end: 200, label: false }]];
    expect(nearestClear(rows, 50, 190, true)).to.equal(undefined);
    expect(nearestClear(rows, 50, 205, true)).to.equal(205);
    expect(nearestClear(rows, 150, -10, false)).to.equal(-5);
    expect(nearestClear(rows, 300, 0, false)).to.equal(300);
  });

  it('lands exactly at the clearance past an obstacle whose end does not add up evenly', () => {
    // 0.1 + 5 - 5 is not 0.1 in floating point: a search that subtracted again found the same obstacle forever.
    const rows: Obstacle[][] = [[{ start: -3, end: 0.1, label: true }], [{ start: 30.7, end: 33.3, label: true }]];
    expect(nearestClear(rows, 0, 100, true)).to.equal(0.1 + CLEARANCE);
    expect(nearestClear(rows, 32, 0, false)).to.equal(30.7 - CLEARANCE);
  });

  it('trims overlapping obstacles of a row to the same ground, each ending after the one before', () => {
    const trimmed = disjoint([
      { start: 0, end: 50, label: true },
      { start: 40, end: 90, label: false },
      { start: 60, end: 70, label: false },
      { start: 95, end: 99, label: true },
    ]);
    expect(trimmed).to.deep.equal([
      { start: 0, end: 50, label: true },
      { start: 50, end: 90, label: false },
      { start: 95, end: 99, label: true },
    ]);
  });

  it('names the obstacle that ends a clear stretch on either side', () => {
    const a = { start: 0, end: 100, label: true };
    const b = { start: 300, end: 400, label: true };
    const c = { start: 250, end: 260, label: false };
    const d = { start: 120, end: 140, label: false };
    expect(
      stretchBound(
        [
          [a, b],
          [d, c],
        ],
        200,
        true,
      ),
    ).to.equal(c);
    expect(
      stretchBound(
        [
          [a, b],
          [d, c],
        ],
        200,
        false,
      ),
    ).to.equal(d);
    expect(stretchBound([[a, b]], 450, true)).to.equal(undefined);
  });

  it('counts the obstacles lying across x within a pixel, as a scan of every obstacle does', () => {
    const random = seededRandom(5);
    let across = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const rows = randomRows(random, 1 + Math.floor(random() * 12));
      const x = random() * 2000;
      const expected = rows.flat().filter((obstacle) => obstacle.start - 1 <= x && x <= obstacle.end + 1).length;
      expect(obstaclesAcross(rows, x), `trial ${trial}`).to.equal(expected);
      across += expected;
    }
    expect(across).to.be.above(300);
  });
});
