import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';
import { fittedRows, rowHeightForView, rowHeightToFit } from '../../src/render/fit.js';
import { AXIS_HEIGHT } from '../../src/render/geometry.js';
import { laneHeadHeight, wrappedLines } from '../../src/render/lanes.js';
import { DEFAULT_METRICS, layoutPlan } from '../../src/render/layout.js';
import { timeScale } from '../../src/render/scale.js';
import { tabStop } from '../../src/render/tab-stop.js';
import { buildScene } from '../../src/render/view-model.js';
import { planOf } from '../support/plan-builders.js';

const measure = (text: string) => text.length * 7;

describe('fitting and focus (pure)', () => {
  it('wraps a party name at spaces, and breaks a word longer than a line', () => {
    expect(wrappedLines('Acme', measure, 70)).to.equal(1);
    expect(wrappedLines('Acme Logistics', measure, 70)).to.equal(2); // 98 px in 70
    expect(wrappedLines('Acme Logistics', measure, 98)).to.equal(1);
    expect(wrappedLines('Brightpath Consulting Partners', measure, 100)).to.equal(3);
    expect(wrappedLines('Supercalifragilistic', measure, 70)).to.equal(2); // 140 px: one word, two lines
    expect(laneHeadHeight(1, 2) - laneHeadHeight(1, 1)).to.be.closeTo(13.5 * 1.2, 1);
  });

  it('draws the days on under the label of the last step, so a long title can be scrolled to whole', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] });
    const scene = (title: string) => {
      const items = plan.items.map((item) => (item.id === 'b' ? { ...item, title } : item));
      return buildScene({
        plan: { ...plan, items },
        audience: 'seller',
        today: '2026-03-02',
        dayWidth: 16,
        minWidth: 400,
        measure,
      });
    };
    const long = scene('Security & compliance review with InfoSec, Legal and Procurement (SOC 2 Type II report)');
    const box = long.layout.byId.get('b')!;
    expect(long.scale.width, 'the label ends inside the days drawn').to.be.at.least(box.labelX + box.labelWidth);
    // The control: a short title needs no more days than the plan's own.
    expect(scene('B').scale.width).to.be.lessThan(long.scale.width);
  });

  it('gives a lane the height its wrapped name needs', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'] });
    const scale = timeScale(parseDate('2026-03-01'), parseDate('2026-03-31'), 20);
    const metrics = { ...DEFAULT_METRICS, headHeight: (party: { id: string }) => (party.id === 'buyer' ? 120 : 72) };
    const layout = layoutPlan(plan.parties, plan.items, scale, measure, metrics);
    expect(layout.lanes.map((lane) => lane.height)).to.deep.equal([72, 120]);
  });

  it('compacts rows just enough for the lanes to fit a height, never below the minimum or a lane head', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-04'],
      b: ['2026-03-03', '2026-03-05'],
      c: ['2026-03-03', '2026-03-05'],
      d: ['2026-03-02', '2026-03-04'],
    });
    for (const item of plan.items) item.partyId = 'seller';
    const scale = timeScale(parseDate('2026-03-01'), parseDate('2026-03-31'), 20);
    const layout = layoutPlan(plan.parties, plan.items, scale, measure);
    expect(layout.lanes.map((lane) => lane.rows)).to.deep.equal([4, 1]);
    const metrics = DEFAULT_METRICS; // rows of 38, lanes padded by 10, at least 72 high
    expect(layout.height).to.equal(4 * 38 + 20 + 72);
    expect(rowHeightToFit(layout.lanes, metrics, 1000, 28)).to.equal(38); // fits already
    expect(rowHeightToFit(layout.lanes, metrics, 4 * 30 + 20 + 72, 28)).to.equal(30);
    expect(rowHeightToFit(layout.lanes, metrics, 100, 28)).to.equal(28); // the minimum, even if it does not fit
  });

  it('spreads rows over a view much taller than the lanes, at most twice as tall, and leaves one sized to them', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-03', '2026-03-05'] });
    for (const item of plan.items) item.partyId = 'seller';
    const scale = timeScale(parseDate('2026-03-01'), parseDate('2026-03-31'), 20);
    const layout = layoutPlan(plan.parties, plan.items, scale, measure);
    const metrics = DEFAULT_METRICS;
    expect(layout.height, 'two rows of 38 and an empty lane').to.equal(2 * 38 + 20 + 72);
    const view = (lanes: number, overflows = false) => ({ height: AXIS_HEIGHT + 2 + lanes, overflows });
    expect(rowHeightForView(layout, metrics, view(layout.height), 28), 'an element sized to its lanes').to.equal(
      undefined,
    );
    expect(rowHeightForView(layout, metrics, view(layout.height + 5), 28), 'a few pixels spare').to.equal(undefined);
    expect(rowHeightForView(layout, metrics, view(2 * 50 + 20 + 72), 28), 'room for rows of 50').to.equal(50);
    expect(rowHeightForView(layout, metrics, view(2000), 28), 'never more than twice').to.equal(76);
    expect(rowHeightForView(layout, metrics, view(2 * 30 + 20 + 72, true), 28), 'compacted to fit').to.equal(30);
    // Spread rows keep their bars; compacted rows make them lower.
    expect(fittedRows(38, 50)).to.deep.equal({ rowHeight: 50, barHeight: 26 });
    expect(fittedRows(38, 30)).to.deep.equal({ rowHeight: 30, barHeight: 18 });
    expect(fittedRows(38)).to.deep.equal({ rowHeight: 38, barHeight: 26 });
  });

  it('puts the Tab stop on the focused step while it is in view, else on the earliest step in view', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-04'],
      b: ['2026-03-16', '2026-03-18'],
      c: ['2026-03-23', '2026-03-24'],
    });
    const scale = timeScale(parseDate('2026-03-01'), parseDate('2026-03-31'), 20);
    const layout = layoutPlan(plan.parties, plan.items, scale, measure);
    const all = { left: 0, right: 600, top: 0, bottom: 400 };
    const late = { left: 280, right: 600, top: 0, bottom: 400 }; // from 15 March on
    expect(tabStop(layout, undefined, all)).to.equal('a');
    expect(tabStop(layout, 'c', all)).to.equal('c');
    expect(tabStop(layout, 'a', late)).to.equal('b');
    expect(tabStop(layout, 'a', undefined), 'not measured, or focus on a step already').to.equal('a');
    expect(tabStop(layout, undefined, { left: 2000, right: 2400, top: 0, bottom: 400 })).to.equal('a');
  });
});
