import { expect } from '@open-wc/testing';
import { arrowHead } from '../../src/render/links.js';

/** The head's three corners, tip first. */
const corners = (d: string): number[][] =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);

describe('arrowHead', () => {
  it('points along the last segment, its tip just past the end of the line', () => {
    expect(
      corners(
        arrowHead([
          { x: 0, y: 50 },
          { x: 40, y: 50 },
          { x: 40, y: 80 },
          { x: 100, y: 80 },
        ]),
      ),
    ).to.deep.equal([
      [100.7, 80],
      [90.9, 84.6],
      [90.9, 75.4],
    ]);
    const down = corners(
      arrowHead([
        { x: 10, y: 0 },
        { x: 10, y: 30 },
      ]),
    );
    expect(down[0]).to.deep.equal([10, 30.7]);
    expect(down.slice(1).map(([, y]) => y)).to.deep.equal([20.9, 20.9]);
    expect(
      down
        .slice(1)
        .map(([x]) => x)
        .sort(),
    ).to.deep.equal([14.6, 5.4].sort());
  });

  it('skips a repeated last point, and draws nothing for a route without a direction', () => {
    expect(
      arrowHead([
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 20, y: 0 },
      ]),
    ).to.equal(
      arrowHead([
        { x: 0, y: 0 },
        { x: 20, y: 0 },
      ]),
    );
    expect(arrowHead([{ x: 5, y: 5 }])).to.equal('');
    expect(arrowHead([])).to.equal('');
  });
});
