import { expect, fixture, html } from '@open-wc/testing';

describe('the built package (dist/)', () => {
  it('imports cleanly into a blank page and registers a working <map-timeline>', async () => {
    const url = new URL('../../dist/index.js', import.meta.url).href;
    const module = await import(/* @vite-ignore */ url);
    expect(customElements.get('map-timeline')).to.equal(module.MapTimeline);
    expect(typeof module.validatePlan).to.equal('function');
    expect(typeof module.MapChangeEvent).to.equal('function');
    await import(/* @vite-ignore */ `${url}?again`); // a second copy of the package must not throw on define
    const element = await fixture<HTMLElement & { plan: unknown; updateComplete: Promise<unknown> }>(
      html`<map-timeline today="2026-03-10" zoom="month"></map-timeline>`,
    );
    const samples = await import(/* @vite-ignore */ new URL('../../dist/samples.js', import.meta.url).href);
    element.plan = samples.enterprisePlan('2026-03-02');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[data-item-id]').length).to.be.greaterThan(10);
  });
});
