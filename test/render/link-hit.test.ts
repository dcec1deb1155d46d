import { expect } from '@open-wc/testing';
import { LINK_REACH, linkNear } from '../../src/render/link-hit.js';

// An arrow that leaves a bar, turns down and runs on: (0,0) → (40,0) → (40,30) → (100,30).
const bent = {
  from: 'a',
  to: 'b',
  points: [
    { x: 0, y: 0 },
    { x: 40, y: 0 },
    { x: 40, y: 30 },
    { x: 100, y: 30 },
  ],
};
const straight = {
  from: 'c',
  to: 'd',
  points: [
    { x: 0, y: 40 },
    { x: 100, y: 40 },
  ],
};

describe('linkNear', () => {
  it('finds the arrow under a point on any of its segments, and beside it up to its reach', () => {
    expect(linkNear([bent], 20, 0)?.from).to.equal('a');
    expect(linkNear([bent], 40, 15)?.from).to.equal('a');
    expect(linkNear([bent], 43, 15)?.from, 'beside the vertical run').to.equal('a');
    expect(linkNear([bent], 70, 30 - LINK_REACH)?.from, 'at the reach').to.equal('a');
    expect(linkNear([bent], 70, 30 - LINK_REACH - 0.5), 'just past it').to.equal(undefined);
    expect(linkNear([bent], 20, 15)).to.equal(undefined);
    expect(linkNear([bent], 110, 30), 'past its end').to.equal(undefined);
  });

  it('takes the nearer of two arrows, and of two equally near the one drawn last, which is on top', () => {
    expect(linkNear([bent, straight], 70, 33)?.from).to.equal('a');
    expect(linkNear([bent, straight], 70, 37)?.from).to.equal('c');
    expect(linkNear([bent, straight], 70, 35)?.from).to.equal('c');
    expect(linkNear([straight, bent], 70, 35)?.from).to.equal('a');
  });

  it('takes a wider reach when given one, and finds nothing among no arrows', () => {
    expect(linkNear([straight], 50, 48)).to.equal(undefined);
    expect(linkNear([straight], 50, 48, 10)?.from).to.equal('c');
    expect(linkNear([], 0, 0)).to.equal(undefined);
  });
});
