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
    // Arrowheads and hatching resolve to the copy's, which print, not to the hidden live view's.
    for (const id of ['mt-arrow', 'mt-hatch'])
      expect(shadow(element).getElementById(id)!.closest('.print-copy'), id).to.equal(copy);
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
