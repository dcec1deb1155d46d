import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { settle, shadow, stepBox, stepNode, timelineWith } from '../support/element.js';
import { click, drag } from '../support/input.js';
import { planOf } from '../support/plan-builders.js';

// A rep clicks a step to look at it, then drags it: the panel that the click opened must not move the bar away from
// under the pointer.
const LONG = 'Security review with the buyer’s IT team and procurement';
const plan = () => {
  const base = planOf({ a: ['2026-03-09', '2026-03-13'], c: ['2026-04-06', '2026-04-10'] });
  base.items = base.items.map((item) => (item.id === 'c' ? { ...item, title: LONG, partyId: 'seller' } : item));
  return base;
};

const panelLeft = (element: MapTimeline) => shadow(element).querySelector('.inspector')!.getBoundingClientRect().left;
const titleRight = (element: MapTimeline, id: string) =>
  stepNode(element, id).closest('[data-step]')!.querySelector('text.title')!.getBoundingClientRect().right;
const itemOf = (element: MapTimeline, id: string) => element.getPlan().items.find((item) => item.id === id)!;

describe('a step clicked open, then dragged', () => {
  // Wide enough for the 1,200 px timeline and the pointer to reach every step on it.
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('stays under the pointer when its panel opens, and the drag moves it', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const before = stepBox(element, 'c');
    await click(element, stepNode(element, 'c'));
    expect(shadow(element).querySelector('.inspector'), 'the panel opened').to.exist;
    expect(titleRight(element, 'c'), 'its label runs under the panel: the case in question').to.be.greaterThan(
      panelLeft(element),
    );
    const after = stepBox(element, 'c');
    expect(after.left, 'the bar did not move').to.be.closeTo(before.left, 0.5);
    expect(after.right, 'and is beside the panel').to.be.at.most(panelLeft(element));

    const day = after.width / 5;
    const y = Math.round(after.top + after.height / 2);
    const x = Math.round(after.left + after.width / 2);
    await drag(element, [x, y], [Math.round(x + 2 * day), y]);
    expect(itemOf(element, 'c').start, 'the drag took the bar, two days later').to.equal('2026-04-08');
  });

  it('shows the step with its label beside the panel when the keyboard opens it (the control)', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, 'a'));
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.shadowRoot!.activeElement?.getAttribute('data-item-id'), 'arrowed to c').to.equal('c');
    expect(shadow(element).querySelector('.inspector input[name="title"]')).to.have.property('value', LONG);
    expect(titleRight(element, 'c'), 'the label in sight beside the panel').to.be.at.most(panelLeft(element));
  });
});
