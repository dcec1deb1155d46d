import { expect } from '@open-wc/testing';
import { legendLayout, type Swatch } from '../../src/export/legend.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { buildScene } from '../../src/render/view-model.js';

const GROUP_OF: Record<string, string> = {
  'side-seller': 'SIDES',
  'side-buyer': 'SIDES',
  'side-partner': 'SIDES',
  task: 'STEPS',
  milestone: 'STEPS',
  decision: 'STEPS',
  today: 'LINES',
  target: 'LINES',
  projected: 'LINES',
  link: 'LINES',
  violated: 'LINES',
  baseline: 'AGREED',
  slip: 'AGREED',
};
const groupOf = (swatch: Swatch) => GROUP_OF[swatch] ?? 'STATUS';

describe('export legend (pure)', () => {
  const scene = buildScene({
    plan: enterprisePlan('2026-11-02'),
    audience: 'seller',
    today: '2026-12-03',
    dayWidth: 8,
    minWidth: 1200,
    measure: (text) => text.length * 7,
  });
  const measure = (text: string) => text.length * 7;

  it('starts a group on a new row rather than split it where a row runs out', () => {
    let wrapped = 0;
    for (let width = 500; width <= 1600; width += 20) {
      const legend = legendLayout(scene, '2026-12-03', measure, { x: 0, y: 0, width });
      const rows = new Map<string, Set<number>>();
      for (const entry of legend.entries) {
        const group = groupOf(entry.swatch);
        rows.set(group, (rows.get(group) ?? new Set()).add(entry.y));
      }
      for (const title of legend.titles) {
        const spans = rows.get(title.text)!;
        expect(Math.min(...spans), `${title.text} at ${width} px: its title on its first row`).to.equal(title.y);
        // Split only when wider than a row: then it starts one.
        if (spans.size > 1) expect(title.x, `${title.text} at ${width} px, split`).to.equal(0);
      }
      for (const entry of legend.entries) expect(entry.x + 10, `inside ${width} px`).to.be.at.most(width);
      if (new Set(legend.entries.map((entry) => entry.y)).size > 1) wrapped += 1;
    }
    expect(wrapped, 'widths at which the legend needed more than one row').to.be.above(10);
  });

  it('explains the slip pill when a step ends later than agreed, and only then', () => {
    const entry = (plan: ReturnType<typeof enterprisePlan>) =>
      legendLayout(
        buildScene({ plan, audience: 'seller', today: '2026-12-03', dayWidth: 8, minWidth: 1200, measure }),
        '2026-12-03',
        measure,
        { x: 0, y: 0, width: 1600 },
      ).entries.find((found) => found.swatch === 'slip');
    const slipped = enterprisePlan('2026-11-02');
    expect(slipped.items.some((item) => item.baseline && item.end > item.baseline.end)).to.equal(true);
    expect(entry(slipped)?.label).to.equal('Later than agreed');
    const onTime = {
      ...slipped,
      items: slipped.items.map((item) =>
        item.baseline ? { ...item, baseline: { start: item.start, end: item.end } } : item,
      ),
    };
    expect(entry(onTime)).to.equal(undefined);
  });
});
