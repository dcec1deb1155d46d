import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { settle, shadow, stepBox, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

describe('fit() with the step panel open', () => {
  it('shows the plan at the scale it has with the panel closed, so closing the panel leaves a fitted view', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'), { zoom: 'day', width: 1200 });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    // Pixels from the first step to the last one: what a fit's day width sets.
    const span = () => stepBox(element, 'pilot-rollout').left - stepBox(element, 'discovery').left;
    element.fit();
    await settle(element);
    const fitted = span();
    const fullWidth = scroller.clientWidth;

    await click(element, stepNode(element, 'security-review'));
    await settle(element);
    // The control: the panel takes its room from the timeline.
    expect(shadow(element).querySelector('.inspector')).to.not.equal(null);
    expect(scroller.clientWidth).to.be.lessThan(fullWidth - 200);
    element.fit();
    await settle(element);
    expect(span(), 'fitted with the panel open').to.be.closeTo(fitted, 0.5);

    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('.inspector')).to.equal(null);
    expect(span(), 'once it is closed').to.be.closeTo(fitted, 0.5);
    expect(stepBox(element, 'pilot-rollout').right).to.be.at.most(scroller.getBoundingClientRect().right);
  });
});

describe('fit() on map-load, as the README shows a host', () => {
  it('opens the plan fitted: its last step ends inside the view', async () => {
    const element = document.createElement('map-timeline') as MapTimeline;
    element.setAttribute('today', '2026-03-10');
    element.style.cssText = 'display:block;width:900px;height:500px';
    element.addEventListener('map-load', () => element.fit());
    document.body.append(element);
    try {
      element.plan = enterprisePlan('2026-03-02');
      await settle(element);
      const view = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
      expect(stepBox(element, 'pilot-rollout').right).to.be.at.most(view.right);
      expect(stepBox(element, 'discovery').left).to.be.at.least(view.left);
      // The control: without it, the same plan runs past the view's right edge.
      const unfitted = document.createElement('map-timeline') as MapTimeline;
      unfitted.setAttribute('today', '2026-03-10');
      unfitted.style.cssText = 'display:block;width:900px;height:500px';
      document.body.append(unfitted);
      unfitted.plan = enterprisePlan('2026-03-02');
      await settle(unfitted);
      const right = shadow(unfitted).querySelector('.scroller')!.getBoundingClientRect().right;
      expect(stepBox(unfitted, 'pilot-rollout').left).to.be.greaterThan(right);
      unfitted.remove();
    } finally {
      element.remove();
    }
  });
});
