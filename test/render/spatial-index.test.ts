import { expect } from '@open-wc/testing';
import { GridIndex, meets, type Extent } from '../../src/render/spatial-index.js';
import { seededRandom } from '../support/random-plan.js';

describe('grid index (pure)', () => {
  it('finds exactly the extents that meet a view, in the order they were added', () => {
    const random = seededRandom(7);
    const extents: Extent[] = [];
    const index = new GridIndex();
    for (let entry = 0; entry < 2000; entry += 1) {
      // A few start left of the timeline's origin, as an arrow's extent out of the first day does.
      const left = entry % 50 === 0 ? -random() * 600 : random() * 20000;
      const top = random() * 8000;
      const extent = { left, right: left + random() * 3000, top, bottom: top + random() * (entry % 10 ? 40 : 4000) };
      extents.push(extent);
      expect(index.add(extent)).to.equal(entry);
    }
    const views: Extent[] = [
      { left: 0, right: 1200, top: 0, bottom: 700 },
      { left: 9000, right: 10200, top: 3000, bottom: 3700 },
      { left: 19500, right: 21000, top: -Infinity, bottom: Infinity },
      { left: -500, right: -10, top: 0, bottom: 700 },
    ];
    for (const view of views) {
      const expected = extents.flatMap((extent, entry) => (meets(extent, view) ? [entry] : []));
      expect(index.near(view)).to.deep.equal(expected);
    }
    expect(index.near(views[1]!).length, 'a view in the middle finds something').to.be.greaterThan(0);
  });
});
