import { expect } from '@open-wc/testing';
import { HEAD_WIDTH } from '../../src/render/geometry.js';
import { settle, shadow, timelineWith } from '../support/element.js';
import { planOf } from '../support/plan-builders.js';

describe('the marker pills over the axis', () => {
  it("never have another marker's line drawn across them, when they crowd at a far-out zoom", async () => {
    const plan = planOf({
      a: ['2026-12-07', '2026-12-18'],
      b: ['2027-01-04', '2027-02-05', 'a'],
    });
    plan.targetDate = '2027-01-29';
    const element = await timelineWith(plan, { zoom: 'quarter' });
    element.today = '2026-12-05';
    await settle(element);
    const root = shadow(element);
    const pills = [...root.querySelectorAll<SVGGElement>('g.pill')];
    // Each marker's line down from the axis strip, wherever it is drawn.
    const stems = [...root.querySelectorAll<SVGLineElement>('line.pill-stem, g.pill line')];
    const kindOf = (node: Element) => (node.classList.contains('pill-stem') ? node : node.parentElement!).classList[1];
    expect(pills.map((pill) => pill.classList[1]).sort()).to.deep.equal(['projected', 'target', 'today']);
    let crossings = 0;
    for (const pill of pills) {
      const box = pill.querySelector('rect')!.getBoundingClientRect();
      for (const stem of stems) {
        const x = stem.getBoundingClientRect().left + 1;
        if (x <= box.left || x >= box.right || kindOf(stem) === pill.classList[1]) continue;
        crossings += 1;
        const drawnBefore = Boolean(stem.compareDocumentPosition(pill) & Node.DOCUMENT_POSITION_FOLLOWING);
        expect(drawnBefore, `the ${kindOf(stem)} line is drawn under the ${pill.classList[1]} pill`).to.equal(true);
      }
    }
    expect(crossings, 'the control: a line does pass behind a pill other than its own').to.be.at.least(1);
  });

  it('keep a pill whose line is on screen inside the view, when a scroll brings the line near its edge', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-20'], b: ['2026-04-06', '2026-06-26', 'a'] });
    plan.targetDate = '2026-06-19';
    const element = await timelineWith(plan, { zoom: 'week', width: 900 });
    const root = shadow(element);
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    const pill = () => root.querySelector('g.pill.projected rect')!.getBoundingClientRect();
    const line = () => root.querySelector('line.pill-stem.projected')!.getBoundingClientRect().left;
    const right = () => scroller.getBoundingClientRect().left + scroller.clientWidth;
    // The projected line 90 px before the right edge: "Projected 26 Jun · 5 days late" needs about 180.
    element.scrollToDate('2026-06-26');
    await settle(element);
    scroller.scrollLeft += line() - (right() - 90);
    await settle(element);
    expect(line(), 'the control: the line is on screen, near the edge').to.be.within(right() - 95, right() - 85);
    expect(line()).to.be.greaterThan(scroller.getBoundingClientRect().left + HEAD_WIDTH);
    expect(pill().right, 'the pill ends on screen').to.be.at.most(right());
    expect(pill().width, 'shortened to fit').to.be.lessThan(120);
  });
});
