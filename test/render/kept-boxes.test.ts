import { expect } from '@open-wc/testing';
import { moveItem, updateItem } from '../../src/model/commands.js';
import { parseDate } from '../../src/model/dates.js';
import { freezePlan } from '../../src/model/freeze.js';
import { updateParty } from '../../src/model/party-commands.js';
import type { Plan } from '../../src/model/types.js';
import { DEFAULT_METRICS, layoutPlan, type MeasureText, type PlanLayout } from '../../src/render/layout.js';
import { timeScale } from '../../src/render/scale.js';
import { planOf } from '../support/plan-builders.js';

const measure: MeasureText = (text) => text.length * 7;
const scale = timeScale(parseDate('2026-03-01'), parseDate('2026-03-01') + 60, 20);
/** Laid out as the element lays out the plans it shows, frozen. */
const relayout = (plan: Plan, previous?: PlanLayout, measuring = measure) => {
  const frozen = freezePlan(plan);
  return layoutPlan(frozen.parties, frozen.items, scale, measuring, { ...DEFAULT_METRICS, keepRowsOf: previous });
};
/** The same layout with every step measured again: the measure is another function, so nothing is kept. */
const measuredAfresh = (plan: Plan, previous: PlanLayout) => relayout(plan, previous, (text) => measure(text));

/** The seller's a and c overlap (two rows) and e comes later; the buyer's b is a joint step with the seller. */
function plan(): Plan {
  const made = planOf({
    a: ['2026-03-02', '2026-03-06'],
    b: ['2026-03-04', '2026-03-05'],
    c: ['2026-03-03', '2026-03-09'],
    d: ['2026-03-20', '2026-03-21'],
    e: ['2026-03-20', '2026-03-22'],
  });
  made.items[1]!.withPartyIds = ['seller'];
  return freezePlan(made);
}

describe('boxes kept from the layout before an edit (pure)', () => {
  it('keeps the box of every step the edit left alone, and lays out the edited one as if measured afresh', () => {
    const original = plan();
    const before = relayout(original);
    const edited = moveItem(original, 'e', 3).plan;
    const after = relayout(edited, before);
    for (const id of ['a', 'b', 'c', 'd']) expect(after.byId.get(id), id).to.equal(before.byId.get(id));
    expect(after.byId.get('e')).not.to.equal(before.byId.get('e'));
    expect(after.byId.get('e')!.x).to.equal(scale.x('2026-03-23'));
    expect(after.items).to.deep.equal(measuredAfresh(edited, before).items);
  });

  it('moves a step left alone down with its lane, keeping its measurement', () => {
    const original = plan();
    const before = relayout(original);
    // e now overlaps a and c: the seller's lane gains a row, and the buyer's lane below moves down by one.
    const edited = moveItem(original, 'e', -16).plan;
    const after = relayout(edited, before);
    const [was, now] = [before.byId.get('b')!, after.byId.get('b')!];
    expect(after.lanes[0]!.rows).to.equal(before.lanes[0]!.rows + 1);
    expect(now).not.to.equal(was);
    expect(now.y).to.equal(was.y + DEFAULT_METRICS.rowHeight);
    expect({ ...now, y: was.y }).to.deep.equal(was);
    expect(after.items).to.deep.equal(measuredAfresh(edited, before).items);
  });

  it('measures again what a changed title, party name or text measure changes', () => {
    const original = plan();
    const before = relayout(original);
    const labelOf = (layout: PlanLayout, id: string) => layout.byId.get(id)!.labelWidth;

    const renamed = updateItem(original, 'a', { title: 'A much longer title' }).plan;
    expect(labelOf(relayout(renamed, before), 'a')).to.equal(labelOf(relayout(renamed), 'a'));
    expect(labelOf(relayout(renamed), 'a')).to.be.above(labelOf(before, 'a'));

    // b's item is the same object, but its chip names the seller, whose name is now longer.
    const seller = updateParty(original, 'seller', { name: 'Seller Incorporated Worldwide' }).plan;
    expect(seller.items[1]).to.equal(original.items[1]);
    expect(labelOf(relayout(seller, before), 'b')).to.equal(labelOf(relayout(seller), 'b'));
    expect(labelOf(relayout(seller), 'b')).to.be.above(labelOf(before, 'b'));

    const wider: MeasureText = (text) => text.length * 9;
    const remeasured = relayout(original, before, wider);
    expect(remeasured.byId.get('d')).not.to.equal(before.byId.get('d'));
    expect(labelOf(remeasured, 'd')).to.equal(labelOf(relayout(original, undefined, wider), 'd'));
    expect(labelOf(remeasured, 'd')).to.be.above(labelOf(before, 'd'));
  });

  it('measures again a step that is not frozen, which may have been changed in place', () => {
    const original = planOf({ a: ['2026-03-02', '2026-03-06'] });
    const layout = (previous?: PlanLayout) =>
      layoutPlan(original.parties, original.items, scale, measure, { ...DEFAULT_METRICS, keepRowsOf: previous });
    const before = layout();
    original.items[0]!.title = 'A much longer title';
    expect(layout(before).byId.get('a')!.labelWidth).to.be.above(before.byId.get('a')!.labelWidth);
  });
});
