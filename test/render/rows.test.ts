import { expect } from '@open-wc/testing';
import { moveItem, removeItem } from '../../src/model/commands.js';
import { parseDate } from '../../src/model/dates.js';
import type { Plan } from '../../src/model/types.js';
import { DEFAULT_METRICS, layoutPlan, type PlanLayout } from '../../src/render/layout.js';
import { assignRows, type Footprint } from '../../src/render/rows.js';
import { timeScale } from '../../src/render/scale.js';
import { MIN_BAR_WIDTH } from '../../src/render/step-box.js';
import { planOf } from '../support/plan-builders.js';

const measure = (text: string) => text.length * 7;
const scale = timeScale(parseDate('2026-03-01'), parseDate('2026-03-01') + 60, 20);
const rowsOf = (layout: PlanLayout) => Object.fromEntries(layout.items.map((box) => [box.item.id, box.row]));
const relayout = (plan: Plan, previous?: PlanLayout) =>
  layoutPlan(plan.parties, plan.items, scale, measure, { ...DEFAULT_METRICS, keepRowsOf: previous });

/** a, b, c overlap (three rows); d fits after a; all in the seller lane. */
function stacked(): Plan {
  const plan = planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-03', '2026-03-06'],
    c: ['2026-03-04', '2026-03-09'],
    d: ['2026-03-12', '2026-03-13'],
  });
  for (const item of plan.items) item.partyId = 'seller';
  return plan;
}

describe('stable rows (pure)', () => {
  it('packs first fit without a previous layout', () => {
    expect(rowsOf(relayout(stacked()))).to.deep.equal({ a: 0, b: 1, c: 2, d: 0 });
  });

  it('keeps every step in its row when an edited one still fits in its own', () => {
    const plan = stacked();
    const before = relayout(plan);
    const moved = moveItem(plan, 'a', 30).plan;
    expect(rowsOf(relayout(moved)), 'packed afresh, b and c would move up').to.deep.equal({ a: 0, b: 0, c: 1, d: 0 });
    expect(rowsOf(relayout(moved, before))).to.deep.equal({ a: 0, b: 1, c: 2, d: 0 });
  });

  it('moves only the edited step when it lands on another, to the nearest free row', () => {
    const plan = stacked();
    const before = relayout(plan);
    const after = relayout(moveItem(plan, 'a', 10).plan, before); // onto d, in d's row
    expect(rowsOf(after)).to.deep.equal({ a: 1, b: 1, c: 2, d: 0 });
  });

  it('gives a new step the first free row and keeps a lane as tall when a step goes', () => {
    const plan = stacked();
    const before = relayout(plan);
    const added: Plan = {
      ...plan,
      items: [
        ...plan.items,
        { id: 'e', title: 'E', partyId: 'seller', kind: 'task', start: '2026-03-20', end: '2026-03-21' },
      ],
    };
    expect(rowsOf(relayout(added, before))['e']).to.equal(0);
    const removed = relayout(removeItem(plan, 'c').plan, before);
    expect(removed.lanes[0]!.rows).to.equal(3);
    expect(removed.lanes[1]!.y, 'the lane below stays where it was').to.equal(before.lanes[1]!.y);
  });

  it('lets a step that changed lane take the first free row there', () => {
    const plan = stacked();
    const before = relayout(plan);
    const moved: Plan = {
      ...plan,
      items: plan.items.map((item) => (item.id === 'c' ? { ...item, partyId: 'buyer' } : item)),
    };
    const after = relayout(moved, before);
    expect(after.byId.get('c')!.lane).to.equal(1);
    expect(after.byId.get('c')!.row).to.equal(0);
  });

  it('packs a lane afresh rather than give a pushed step a new bottom row it does not need', () => {
    // y sits in row 1 and w in row 0; p, pushed right, now overlaps both: kept rows would need a third row.
    const [y, w, p] = ['y', 'w', 'p'].map((id) => ({ id }) as Footprint['item']);
    const hints = new Map([
      ['y', { item: y!, row: 1 }],
      ['w', { item: w!, row: 0 }],
      ['p', { item: { id: 'p', start: 'before the push' } as unknown as Footprint['item'], row: 0 }],
    ]);
    const pushed = [
      { item: y!, start: 140, end: 175 },
      { item: p!, start: 170, end: 215 },
      { item: w!, start: 200, end: 240 },
    ];
    expect(assignRows(pushed, 10, hints, 2)).to.deep.equal({ rows: [0, 1, 0], count: 2 });
    // Where p cannot fit in two rows however they are packed, the lane takes a third, in start order: p stays
    // between y and w rather than drop to a new bottom row.
    const crowded = [pushed[0]!, { ...pushed[1]!, end: 235 }, { ...pushed[2]!, start: 172 }];
    expect(assignRows(crowded, 10, hints, 2)).to.deep.equal({ rows: [0, 1, 2], count: 3 });
    // The control: a new step that needs a third row takes it at the bottom, and the steps there keep their rows.
    const added = [pushed[0]!, { item: { id: 'n' } as Footprint['item'], start: 150, end: 230 }, crowded[2]!];
    expect(assignRows(added, 10, hints, 2)).to.deep.equal({ rows: [1, 2, 0], count: 3 });
  });

  it('keeps the rows of a lane of hundreds of steps, where packing afresh would move steps far from the edit', () => {
    const [y, w] = ['y', 'w'].map((id) => ({ id }) as Footprint['item']);
    const later = Array.from({ length: 60 }, (_, index) => ({
      item: { id: `later${index}` } as Footprint['item'],
      start: 300 + index * 100,
      end: 380 + index * 100,
    }));
    const hints = new Map([
      ['y', { item: y!, row: 1 }],
      ['w', { item: w!, row: 0 }],
      ['p', { item: { id: 'p', start: 'before the push' } as unknown as Footprint['item'], row: 0 }],
      ...later.map((footprint) => [footprint.item.id, { item: footprint.item, row: 0 }] as const),
    ]);
    const pushed = [
      { item: y!, start: 140, end: 175 },
      { item: { id: 'p' } as Footprint['item'], start: 170, end: 215 },
      { item: w!, start: 200, end: 240 },
      ...later,
    ];
    const { rows, count } = assignRows(pushed, 10, hints, 2);
    expect(rows.slice(0, 3), 'p takes a new row; y and w keep theirs').to.deep.equal([1, 2, 0]);
    expect(count).to.equal(3);
    // The control: the same lane without the later steps is packed afresh.
    expect(assignRows(pushed.slice(0, 3), 10, hints, 2).rows).to.deep.equal([0, 1, 0]);
  });

  it('checks both neighbours of a gap in a row', () => {
    const span = (id: string, start: number, end: number): Footprint => ({
      item: { id } as Footprint['item'],
      start,
      end,
    });
    const hints = new Map([
      ['x', { item: { id: 'x' } as Footprint['item'], row: 0 }],
      ['y', { item: { id: 'y' } as Footprint['item'], row: 0 }],
    ]);
    const fits = assignRows([span('x', 0, 50), span('n', 55, 95), span('y', 100, 150)], 10, hints);
    expect(fits.rows, 'no room between x and y for n').to.deep.equal([0, 1, 0]);
    const roomy = assignRows([span('x', 0, 50), span('n', 60, 90), span('y', 100, 150)], 10, hints);
    expect(roomy.rows).to.deep.equal([0, 0, 0]);
  });
});

describe('step boxes (pure)', () => {
  it('never draws a bar narrower than the minimum, with its label beside it', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-02'] });
    const narrow = timeScale(parseDate('2026-03-01'), parseDate('2026-03-01') + 400, 1.8);
    const [box] = layoutPlan(plan.parties, plan.items, narrow, measure).items;
    expect(box!.width).to.equal(MIN_BAR_WIDTH);
    expect(box!.labelInside).to.equal(false);
    expect(box!.labelX).to.be.greaterThan(box!.x + box!.width);
  });

  it('puts the slip pill at the end of the label and counts it in the footprint', () => {
    const plan = planOf({ a: ['2026-03-09', '2026-03-10'], b: ['2026-03-13', '2026-03-16'] });
    for (const item of plan.items) item.partyId = 'seller';
    plan.items[0]!.baseline = { start: '2026-03-02', end: '2026-03-03' };
    const layout = layoutPlan(plan.parties, plan.items, scale, measure);
    const a = layout.byId.get('a')!;
    expect(a.slipWidth).to.equal(Math.ceil(measure('+7d')) + 12);
    expect(a.labelWidth).to.equal(a.titleWidth + 8 + a.slipWidth);
    const plain = layoutPlan(
      plan.parties,
      [{ ...plan.items[0]!, baseline: undefined }, plan.items[1]!],
      scale,
      measure,
    );
    expect(plain.byId.get('a')!.slipWidth).to.equal(0);
  });
});
