import { expect } from '@open-wc/testing';
import { keptWindow } from '../../src/render/kept-window.js';

// A view of 800 × 400 px drawn with half a screen around it.
const view = { left: 1000, right: 1800, top: 400, bottom: 800 };
const drawn = { left: 600, right: 2200, top: 200, bottom: 1000 };
const moved = (by: { x?: number; y?: number }) => ({
  left: view.left + (by.x ?? 0),
  right: view.right + (by.x ?? 0),
  top: view.top + (by.y ?? 0),
  bottom: view.bottom + (by.y ?? 0),
});
const fresh = { left: -1, right: -1, top: -1, bottom: -1 };

describe('kept window (pure)', () => {
  it('keeps the drawn window while it holds the view with a quarter of its size to spare each way', () => {
    expect(keptWindow(drawn, fresh, view)).to.equal(drawn);
    expect(keptWindow(drawn, fresh, moved({ x: 200, y: -100 }))).to.equal(drawn);
    expect(keptWindow(drawn, fresh, moved({ x: -200, y: 100 }))).to.equal(drawn);
  });

  it('takes the fresh window once the view comes closer than that to an edge, or when nothing was drawn', () => {
    expect(keptWindow(drawn, fresh, moved({ x: 201 }))).to.equal(fresh);
    expect(keptWindow(drawn, fresh, moved({ x: -201 }))).to.equal(fresh);
    expect(keptWindow(drawn, fresh, moved({ y: 101 }))).to.equal(fresh);
    expect(keptWindow(drawn, fresh, moved({ y: -101 }))).to.equal(fresh);
    expect(keptWindow(undefined, fresh, view)).to.equal(fresh);
  });

  it('takes the fresh window for a wider view, and keeps one for a narrower (a side panel opening)', () => {
    expect(keptWindow(drawn, fresh, { ...view, left: 800, right: 2000 })).to.equal(fresh);
    expect(keptWindow(drawn, fresh, { ...view, right: 1460 })).to.equal(drawn);
  });

  it('keeps a window that is not culled vertically only for a view that is not either', () => {
    const whole = { ...drawn, top: -Infinity, bottom: Infinity };
    const unculled = { ...view, top: -Infinity, bottom: Infinity };
    expect(keptWindow(whole, fresh, unculled)).to.equal(whole);
    expect(keptWindow(whole, fresh, view)).to.equal(whole);
    expect(keptWindow(drawn, fresh, unculled)).to.equal(fresh);
  });
});
