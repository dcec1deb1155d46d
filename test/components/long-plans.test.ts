import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { chainPlan } from '../support/chain-plan.js';
import { settle, shadow } from '../support/element.js';
import { framesUntil } from '../support/frames.js';

const STEPS = 50_000;

/** An element in a fixed box, outside fixture() (which would time out waiting on a plan this big). */
function mount(): MapTimeline {
  const element = document.createElement('map-timeline');
  element.setAttribute('today', '2026-03-10');
  element.style.cssText = 'width:1200px;height:600px';
  document.body.append(element);
  return element;
}

describe(`<map-timeline> a plan of ${STEPS.toLocaleString('en-US')} steps`, function () {
  this.timeout(180_000);
  let element: MapTimeline;

  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  after(() => element?.remove());

  it('renders a chain listed dependents-first, and opens the table view (times are printed, not asserted)', async () => {
    // Ten lanes, one step a day for 137 years, each waiting for the one before: the deepest graph a plan can hold.
    const plan = chainPlan(STEPS, { order: 'dependents-first', parties: 10 });
    element = mount();
    const errors: string[] = [];
    element.addEventListener('map-error', (event) => errors.push(event.detail.message));

    element.plan = plan;
    await settle(element);
    expect(errors).to.deep.equal([]);
    expect(element.plan.items.length).to.equal(STEPS);
    expect(shadow(element).querySelector('[data-item-id="c0"]'), 'the first step is drawn').to.exist;
    expect(shadow(element).querySelectorAll('[data-item-id]').length).to.be.below(500);
    expect(shadow(element).querySelectorAll('*').length).to.be.below(5_000);

    element.view = 'table';
    await settle(element);
    expect(shadow(element).querySelector('table')!.getAttribute('aria-rowcount')).to.equal(String(STEPS + 1));
    expect(shadow(element).querySelector('tbody tr[data-item-id]')!.getAttribute('data-item-id')).to.equal('c0');
    expect(shadow(element).querySelectorAll('tbody tr[data-item-id]').length).to.be.below(300);
  });
});

describe('<map-timeline> the buyer view of 10,000 chained internal steps', function () {
  this.timeout(60_000);

  it('draws the two public steps, the second waiting for the first', async () => {
    const steps = 10_002;
    const element = mount();
    try {
      element.audience = 'buyer';
      element.plan = chainPlan(steps, {
        order: 'dependents-first',
        internal: (index) => index > 0 && index < steps - 1,
      });
      await settle(element);
      const drawn = () =>
        [...shadow(element).querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id'));
      expect(drawn()).to.deep.equal(['c0']);
      expect(
        shadow(element).querySelector(`[part~="link"][data-from="c0"][data-to="c${steps - 1}"]`),
        'the arrow spanning the years',
      ).to.exist;
      element.scrollToDate(element.plan.items.find((item) => item.id === `c${steps - 1}`)!.start);
      await framesUntil(() => drawn().includes(`c${steps - 1}`), 'the last public step is drawn where it is');
      expect(drawn()).to.deep.equal([`c${steps - 1}`]);
      element.audience = 'seller';
      await settle(element);
      expect(
        shadow(element).querySelector(`[data-item-id="c${steps - 2}"]`),
        'the seller sees the internal steps (positive control)',
      ).to.exist;
    } finally {
      element.remove();
    }
  });
});
