import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';
import { DEFAULT_METRICS, layoutPlan } from '../../src/render/layout.js';
import { roundedPath } from '../../src/render/polyline.js';
import { routerFor } from '../../src/render/router-for.js';
import { timeScale, visibleSpan, nearestPreset } from '../../src/render/scale.js';
import { axisTiers } from '../../src/render/ticks.js';
import { markers } from '../../src/render/markers.js';
import { planOf } from '../support/plan-builders.js';

const measure = (text: string) => text.length * 7;
const scaleFrom = (start: string, days: number, dayWidth = 20) =>
  timeScale(parseDate(start), parseDate(start) + days, dayWidth);

describe('layout (pure)', () => {
  it('shortens a title wider than the metrics allow with an ellipsis, and keeps the box to the shortened width', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-02'], b: ['2026-03-10', '2026-03-10'] });
    plan.items[0]!.title = 'x'.repeat(80);
    plan.items[1]!.title = 'y'.repeat(40);
    const layout = layoutPlan(plan.parties, plan.items, scaleFrom('2026-03-01', 40), measure, {
      ...DEFAULT_METRICS,
      maxTitleWidth: 300,
    });
    const [a, b] = ['a', 'b'].map((id) => layout.byId.get(id)!);
    expect(a!.title).to.equal(`${'x'.repeat(41)}…`);
    expect(a!.titleWidth).to.equal(42 * 7);
    expect(b!.title, 'the control: 280 px is within 300').to.equal('y'.repeat(40));
  });

  it('puts steps that do not overlap on one row and stacks the ones that do', () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-04'],
      b: ['2026-03-03', '2026-03-05'],
      c: ['2026-03-20', '2026-03-21'],
    });
    for (const item of plan.items) item.partyId = 'seller';
    const layout = layoutPlan(plan.parties, plan.items, scaleFrom('2026-03-01', 40), measure);
    expect(layout.items.map((box) => [box.item.id, box.row])).to.deep.equal([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(layout.lanes[0]!.rows).to.equal(2);
    expect(layout.lanes[1]!.y).to.equal(layout.lanes[0]!.height);
  });

  it('counts a label drawn beside a short bar as part of its footprint', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-02'], b: ['2026-03-04', '2026-03-06'] });
    for (const item of plan.items) item.partyId = 'seller';
    plan.items[0]!.title = 'A long title that cannot fit inside one day';
    const layout = layoutPlan(plan.parties, plan.items, scaleFrom('2026-03-01', 40), measure);
    const [a, b] = layout.items;
    expect(a!.labelInside).to.equal(false);
    expect(b!.row).to.equal(1);
  });

  it('draws the title inside a bar that is wide enough, and the owner chip only when it fits too', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-20'] });
    plan.items[0]!.owner = 'Dana Lee';
    const [box] = layoutPlan(plan.parties, plan.items, scaleFrom('2026-03-01', 40), measure).items;
    expect(box!.labelInside).to.equal(true);
    expect(box!.showOwner).to.equal(true);
    expect(box!.x).to.equal(20);
    expect(box!.width).to.equal(19 * 20);
  });
});

describe('arrows, axis and markers (pure)', () => {
  const plan = planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-10', 'a'],
    c: ['2026-03-03', '2026-03-03', 'a'],
  });
  const layout = layoutPlan(plan.parties, plan.items, scaleFrom('2026-03-01', 40), measure);
  const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.byId.get(id)!);

  const router = routerFor(layout, DEFAULT_METRICS);

  it('routes an arrow between lanes along the gaps between rows, never across a bar', () => {
    const points = router.route(a!, b!);
    expect(points[0]).to.deep.equal({ x: a!.x + a!.width, y: a!.y + a!.height / 2 });
    expect(points[points.length - 1]).to.deep.equal({ x: b!.x, y: b!.y + b!.height / 2 });
    const runs = points.slice(2, -2).map((point) => point.y);
    for (const y of runs) for (const box of [a!, b!]) expect(y < box.y || y > box.y + box.height).to.equal(true);
  });

  it('routes a backwards (violated) arrow around, ending at the successor start', () => {
    const points = router.route(a!, c!);
    expect(points.length).to.be.greaterThan(4);
    const beforeEnd = points[points.length - 2]!;
    expect(beforeEnd.x).to.be.lessThan(c!.x);
    expect(beforeEnd.y).to.equal(c!.y + c!.height / 2);
    expect(roundedPath(points)).to.match(/^M[\d.]+,[\d.]+ L.* Q.*L[\d.]+,[\d.]+$/);
  });

  it('labels months over days at day zoom, quarters over months at month zoom', () => {
    const day = axisTiers(scaleFrom('2026-03-02', 60, 44));
    expect(day.top[0]!.label).to.equal('Mar 2026');
    expect(day.bottom[0]!.label).to.equal('M 2');
    expect(day.weekends[0]!.x).to.equal(5 * 44);
    const month = axisTiers(scaleFrom('2026-03-02', 200, 5));
    expect(month.top.map((band) => band.label)).to.deep.equal(['Q1 2026', 'Q2 2026', 'Q3 2026']);
    expect(month.bottom[1]!.label).to.equal('Apr');
    expect(month.weekends).to.deep.equal([]);
  });

  it('starts the visible span on a Monday and fills the box', () => {
    const [start, end] = visibleSpan(parseDate('2026-03-12'), parseDate('2026-03-20'), 20, 2000);
    expect((start + 4) % 7).to.equal(1);
    expect((end - start) * 20).to.be.at.least(2000);
    expect(nearestPreset(15)).to.equal('week');
  });

  it('never lets the target and projected pills overlap', () => {
    const scale = scaleFrom('2026-03-02', 60, 5);
    const list = markers(scale, '2026-03-10', { projected: '2026-04-03', target: '2026-04-01', daysLate: 2 }, measure);
    const target = list.find((marker) => marker.kind === 'target')!;
    const projected = list.find((marker) => marker.kind === 'projected')!;
    expect(target.pillX + target.pillWidth).to.be.at.most(projected.pillX);
    expect(projected.text).to.equal('Projected 3 Apr · 2 days late');
    expect(target.hidden || projected.hidden).to.equal(false);
  });
});
