import { expect } from '@open-wc/testing';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { indexLayout, isIndexed, linksNear, stepsNear } from '../../src/render/layout-index.js';
import { linkViews } from '../../src/render/links.js';
import { DEFAULT_METRICS } from '../../src/render/layout.js';
import { buildScene } from '../../src/render/view-model.js';

const layoutOf = () =>
  buildScene({
    plan: enterprisePlan('2026-03-02'),
    audience: 'seller',
    today: '2026-03-20',
    dayWidth: 10,
    minWidth: 1200,
    measure: (text: string) => text.length * 7,
  }).layout;

/** Far left of every step: an index finds nothing there, a pass over the plan hands back everything. */
const nowhere = { left: -90_000, right: -89_000, top: 0, bottom: 700 };

describe('the index of a layout’s steps and arrows (pure)', () => {
  it('is not built for a layout’s first frame and the frame that adds its margin, and is for the third drawing', () => {
    const layout = layoutOf();
    for (const drawing of [1, 2]) {
      expect(stepsNear(layout, nowhere), `drawing ${drawing}: every step`).to.equal(layout.items);
      expect(linksNear(layout, nowhere), `drawing ${drawing}: every arrow`).to.equal(undefined);
    }
    expect(isIndexed(layout)).to.equal(false);
    expect(stepsNear(layout, nowhere)).to.deep.equal([]);
    expect(linksNear(layout, nowhere)).to.deep.equal([]);
    expect(isIndexed(layout)).to.equal(true);
  });

  it('answers from the first drawing once the layout was indexed ahead', () => {
    const layout = layoutOf();
    indexLayout(layout);
    expect(isIndexed(layout)).to.equal(true);
    expect(linksNear(layout, nowhere)).to.deep.equal([]);
    expect(stepsNear(layout, nowhere)).to.deep.equal([]);
    // What the index finds near the steps' own place is what a pass over the plan finds there.
    const all = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
    expect(stepsNear(layout, all)).to.deep.equal(layout.items);
    const arrows = layout.items.flatMap((box) => (box.item.dependsOn ?? []).filter((id) => layout.byId.has(id)));
    expect(linksNear(layout, all)).to.have.length(arrows.length);
  });

  it('culls arrows alike with and without it: a first frame draws the arrows the indexed frames after it draw', () => {
    const layout = layoutOf();
    const none = { violated: new Set<string>() };
    const keys = (view: typeof nowhere, indexed: boolean) =>
      linkViews(layout, DEFAULT_METRICS, none, view, indexed ? linksNear(layout, view) : undefined)
        .map((link) => link.key)
        .sort();
    // Small views around every third step, where arrows leave, arrive or pass by.
    const views = layout.items
      .filter((_, index) => index % 3 === 0)
      .map((box) => ({ left: box.x - 150, right: box.x + 150, top: box.y - 80, bottom: box.y + 80 }));
    const scanned = views.map((view) => keys(view, false));
    indexLayout(layout);
    views.forEach((view, index) => expect(keys(view, true), JSON.stringify(view)).to.deep.equal(scanned[index]));
    // The views leave arrows out, and most of them show some: both ways of culling were put to the test.
    const all = keys({ left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity }, false).length;
    for (const found of scanned) expect(found.length).to.be.below(all);
    expect(scanned.filter((found) => found.length > 0).length).to.be.above(views.length / 2);
  });
});
