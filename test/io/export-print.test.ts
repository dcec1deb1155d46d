import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { enterprisePlan } from '../../src/model/samples/index.js';
import { shadow, timelineWith } from '../support/element.js';

describe('printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints the whole plan (the export picture) instead of the scrolled view, then puts the view back', async () => {
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { width: 500 });
    window.dispatchEvent(new Event('beforeprint'));
    const copy = shadow(element).querySelector('.print-copy')!;
    expect(copy).to.exist;
    const svg = copy.querySelector('svg')!;
    expect(svg.querySelectorAll('[data-item-id]')).to.have.length(plan.items.length);
    expect(svg.querySelector('.x-title')!.textContent).to.equal(plan.title);
    // Hatching resolves to the copy's, which prints, not to the hidden live view's; every arrow has its head.
    expect(shadow(element).getElementById('mt-hatch')!.closest('.print-copy')).to.equal(copy);
    const arrows = svg.querySelectorAll('.links .line').length;
    expect(arrows).to.be.greaterThan(0);
    expect(svg.querySelectorAll('.links .head[d^="M"]')).to.have.length(arrows);
    expect(copy.getBoundingClientRect().width, 'takes no room on screen').to.equal(0);

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shadow(element).querySelector('.frame')!).display).to.equal('none');
    expect(svg.getBoundingClientRect().width).to.be.closeTo(element.getBoundingClientRect().width, 2);

    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    expect(shadow(element).querySelector('.print-copy')).to.equal(null);
    expect(getComputedStyle(shadow(element).querySelector('.frame')!).display).not.to.equal('none');
  });

  it('prints the buyer view without internal steps', async () => {
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { audience: 'buyer' });
    window.dispatchEvent(new Event('beforeprint'));
    const ids = [...shadow(element).querySelectorAll('.print-copy [data-item-id]')].map((node) =>
      node.getAttribute('data-item-id'),
    );
    expect(ids.sort()).to.deep.equal(
      plan.items
        .filter((item) => !item.internal)
        .map((item) => item.id)
        .sort(),
    );
  });
});
