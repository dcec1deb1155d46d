import { expect } from '@open-wc/testing';
import { moveItem } from '../../src/model/commands.js';
import { freezePlan } from '../../src/model/freeze.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import type { Plan } from '../../src/model/types.js';
import type { ItemBox } from '../../src/render/layout.js';
import { clearColumn, RowBand } from '../../src/render/route-columns.js';
import { buildScene, visibleLinks, type Scene } from '../../src/render/view-model.js';

const measure = (text: string) => text.length * 7;
const sceneOf = (plan: Plan): Scene =>
  buildScene({ plan, audience: 'seller', today: '2026-03-20', dayWidth: 10, minWidth: 1200, measure });
const everything = { left: -1e6, right: 1e6, top: -1e6, bottom: 1e6 };
const paths = (scene: Scene): Record<string, string> =>
  Object.fromEntries(
    visibleLinks(scene, { today: '2026-03-20', selection: new Set(), view: everything }).map((link) => [
      `${link.from}→${link.to}`,
      link.d,
    ]),
  );

describe('arrows after an edit', () => {
  it('run where arrows of the same plan run when it is drawn for the first time, and follow the moved step', () => {
    const before = freezePlan(enterprisePlan('2026-03-02'));
    const drawnBefore = paths(sceneOf(before));
    const { plan: after, changes } = moveItem(before, 'security-review', 9);
    const moved = new Set(changes.map((change) => change.itemId));
    const committed = sceneOf(freezePlan(after));
    const drawn = paths(committed);
    // A copy that is not frozen shares no cache with the committed plan: every route is worked out afresh.
    expect(drawn).to.deep.equal(paths(sceneOf(structuredClone(after))));

    const box = committed.layout.byId.get('security-review')!;
    const [key, d] = Object.entries(drawn).find(([link]) => link.startsWith('security-review→'))!;
    expect(d.startsWith(`M${box.x + box.width},`), key).to.equal(true);
    expect(d, 'the control: the arrow moved with its step').not.to.equal(drawnBefore[key]);
    expect(moved.size).to.be.greaterThan(3);
  });
});

describe('a vertical run that has to go round labels', () => {
  // One row between the arrow's two ends, its label text across the arrow's own span (x 100): the run goes round it.
  const labelAcross = (): RowBand => {
    const band = new RowBand(0);
    band.addStep({ x: 70, width: 8, labelInside: false, labelX: 82, labelWidth: 68, item: {} } as ItemBox);
    return band;
  };
  const query = { first: 0, last: 0, low: 100, high: 100, anchor: 100 };

  it('goes round on the side that crosses no date line, even when the other side is shorter', () => {
    const shorter = clearColumn([labelAcross()], query);
    expect(shorter, 'the control: with no date line it takes the shorter way, left of the bar').to.be.below(70);
    const line = (shorter + 100) / 2;
    const round = clearColumn([labelAcross()], { ...query, lines: [line] });
    expect(round, `with a date line at ${line} on the short side`).to.be.above(150);
    expect(clearColumn([labelAcross()], { ...query, lines: [300] }), 'a line past both ways changes nothing').to.equal(
      shorter,
    );
  });
});
