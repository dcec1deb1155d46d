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

describe('the built import subpath (map-timeline/import)', () => {
  it('is what package.json exports, and reads a spreadsheet into a plan without the element', async () => {
    const manifest = await (await fetch('/static/package.json')).json();
    expect(manifest.exports['./import']).to.deep.equal({
      types: './dist/import/index.d.ts',
      import: './dist/import/index.js',
      default: './dist/import/index.js',
    });
    for (const [entry, conditions] of Object.entries(manifest.exports as Record<string, unknown>)) {
      if (typeof conditions !== 'object' || !conditions) continue;
      const { import: esm, default: fallback } = conditions as Record<string, string>;
      expect(fallback, `${entry} answers CommonJS-condition resolvers with the same file`).to.equal(esm);
    }
    expect((await fetch('/static/dist/import/index.d.ts')).ok, 'its types are built').to.equal(true);
    const module = await import(/* @vite-ignore */ new URL('../../dist/import/index.js', import.meta.url).href);
    const bytes = new Uint8Array(await (await fetch('/static/test/import/fixtures/helios-map.csv')).arrayBuffer());
    const result = await module.importFileBytes(bytes, { today: '2027-03-01', fileName: 'helios-map.csv' });
    expect(result.plan.items).to.have.length(8);
    expect(result.plan.parties.map((party: { name: string }) => party.name)).to.deep.equal([
      'Helios Analytics',
      'Northwind Foods',
    ]);
    expect(result.issues.map((issue: { code: string }) => issue.code)).to.include('duration-assumed');
    expect(
      module.importPlan('Task,Owner,Due Date\nSign,Client,2027-06-30\n', { today: '2027-03-01' }).plan.items,
    ).to.have.length(1);
  });
});
