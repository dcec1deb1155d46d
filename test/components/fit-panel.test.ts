import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
