import { expect } from '@open-wc/testing';
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
});
