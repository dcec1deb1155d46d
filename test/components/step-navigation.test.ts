import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';

const focusedStep = (element: MapTimeline) => shadow(element).activeElement?.getAttribute('data-item-id') ?? null;

async function press(element: MapTimeline, from: string, key: string): Promise<string | null> {
  stepNode(element, from).focus();
  await sendKeys({ press: key });
  await settle(element);
  return focusedStep(element);
}

describe('<map-timeline> arrow keys between rows', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  // The buyer's lane: t1 on the first row, t2 under it (they overlap), and a milestone far to the right on the first
  // row, drawn a few pixels lower than the bars beside it.
  const plan = () => {
    const built = planOf({
      s: ['2026-03-02', '2026-03-04'],
      t1: ['2026-03-02', '2026-03-06'],
      x: ['2026-03-20', '2026-03-20'],
      t2: ['2026-03-03', '2026-03-05'],
      y: ['2026-03-23', '2026-03-24'],
      m: ['2026-04-20', '2026-04-20'],
    });
    built.items = built.items.map((item) => ({
      ...item,
      partyId: item.id === 's' || item.id === 'x' ? 'seller' : 'buyer',
      ...(item.id === 'm' ? { kind: 'milestone' as const } : {}),
    }));
    return built;
  };

  it('Down goes to the row below in the same lane, not to a milestone of the same row', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const boxes = ['t1', 't2', 'm'].map((id) => stepNode(element, id).getBoundingClientRect());
    expect(boxes[1]!.top, 't2 is on a row below t1').to.be.greaterThan(boxes[0]!.bottom);
    expect(boxes[2]!.top, 'the milestone is on t1’s row, drawn lower').to.be.greaterThan(boxes[0]!.top);
    expect(boxes[2]!.top).to.be.lessThan(boxes[0]!.bottom);

    expect(await press(element, 't1', 'ArrowDown')).to.equal('t2');
    expect(await press(element, 't2', 'ArrowUp')).to.equal('t1');
    // Across lanes: the seller's only row is above the buyer's first.
    expect(await press(element, 't1', 'ArrowUp')).to.equal('s');
    expect(await press(element, 's', 'ArrowDown')).to.equal('t1');
  });
});
