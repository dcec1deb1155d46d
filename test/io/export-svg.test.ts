import { expect } from '@open-wc/testing';
import { enterprisePlan } from '../../src/model/samples/index.js';
import { exportLayout, type FontMeasure } from '../../src/export/page-layout.js';
import { randomPlan, seededRandom } from '../support/random-plan.js';
import { settle, shadow, timelineWith } from '../support/element.js';

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');
const ids = (doc: Document): string[] =>
  [...doc.querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id')!);
const fixedMeasure: FontMeasure = (text, font) => text.length * Number.parseFloat(font.split(' ')[1]!) * 0.6;

describe('exportSVG', () => {
  it('is a well-formed standalone SVG document with its styles inlined', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    const doc = parse(element.exportSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).to.match(/^0 0 1920 \d+$/);
    const style = root.querySelector('style')!.textContent!;
    expect(style).to.contain('--mt-seller: #4f46e5');
    expect(style).to.contain('.step .shape');
    expect(style, 'no shadow-DOM selectors').not.to.contain(':host');
    expect(root.querySelector('title')!.textContent).to.equal(element.plan.title);
  });

  it('draws the whole plan, not the scrolled part: every step, lane, the markers and a legend', async () => {
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { zoom: 'day', width: 500 });
    shadow(element).querySelector<HTMLElement>('.scroller')!.scrollLeft = 900;
    await settle(element);
    const doc = parse(element.exportSVG());
    expect(ids(doc).sort()).to.deep.equal(plan.items.map((item) => item.id).sort());
    expect([...doc.querySelectorAll('[part="lane"]')]).to.have.length(plan.parties.length);
    for (const marker of ['today', 'target', 'projected'])
      expect(doc.querySelector(`[part="${marker}"]`), marker).to.exist;
    const legend = [...doc.querySelectorAll('.x-legend-label')].map((node) => node.textContent);
    expect(legend).to.include.members([
      'Seller',
      'Buyer',
      'Partner',
      'Task',
      'Decision',
      'Done',
      'Blocked',
      'Today',
      'Target date',
    ]);
    expect(doc.querySelector('.x-badge.amber')!.textContent).to.contain('Verbally agreed');
    expect(doc.querySelector('.x-asof')!.textContent).to.equal('As of 10 Mar 2026');
  });

  it('has no UI chrome: no handles, selection, dimming or template markers', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    element.selectedIds = ['business-case'];
    await settle(element);
    const text = element.exportSVG();
    const doc = parse(text);
    expect(doc.querySelector('[data-handle], .selected, .dimmed, .ghost, .inline-editor')).to.equal(null);
    expect(text).not.to.contain('<!--');
  });

  it('never contains internal steps for a buyer audience', async () => {
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { audience: 'buyer' });
    const text = element.exportSVG();
    const internal = plan.items.filter((item) => item.internal);
    expect(internal).to.have.length.above(0);
    expect(ids(parse(text)).sort()).to.deep.equal(
      plan.items
        .filter((item) => !item.internal)
        .map((item) => item.id)
        .sort(),
    );
    for (const item of internal) expect(text).not.to.contain(item.title);
    expect(text).not.to.contain('Internal (seller only)');
  });

  it('keeps untrusted titles as text', async () => {
    const plan = enterprisePlan('2026-03-02');
    plan.title = 'Acme <script>alert(1)</script> & "Co" ]]>';
    plan.items[0]!.title = '<img src=x onerror=alert(1)>';
    const element = await timelineWith(plan);
    const doc = parse(element.exportSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script, img')).to.equal(null);
    expect(doc.querySelector('.x-title')!.textContent).to.equal(plan.title);
    expect([...doc.querySelectorAll('.title')].map((node) => node.textContent)).to.include(plan.items[0]!.title);
  });

  it('carries the host page theme over', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    element.style.setProperty('--mt-seller', '#ff0066');
    expect(parse(element.exportSVG()).querySelector('style')!.textContent).to.contain('--mt-seller: #ff0066');
  });

  it('opens as an image in the browser, at its layout size', async () => {
    const element = await timelineWith(enterprisePlan('2026-03-02'));
    const text = element.exportSVG({ width: 1280 });
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    expect(image.naturalWidth).to.equal(1280);
    expect(image.naturalHeight).to.equal(Number(parse(text).documentElement.getAttribute('height')));
  });
});

describe('exportLayout', () => {
  it('fits the whole plan, labels included, into the requested width', () => {
    for (const [plan, width] of [
      [enterprisePlan('2026-03-02'), 1920],
      [enterprisePlan('2026-03-02'), 900],
      [randomPlan(seededRandom(7), { steps: 200 }), 1920],
    ] as const) {
      const layout = exportLayout({ plan, audience: 'seller', today: '2026-03-10', width, measure: fixedMeasure });
      expect(layout.width).to.equal(width);
      expect(layout.body.x + layout.body.width).to.equal(width - 32);
      expect(layout.scene.layout.items).to.have.length(plan.items.length);
      for (const box of layout.scene.layout.items) {
        const right = box.labelInside ? box.x + box.width : box.labelX + box.labelWidth;
        expect(right, box.item.id).to.be.at.most(layout.body.width);
        expect(box.x, box.item.id).to.be.at.least(0);
      }
      expect(layout.legend.y).to.be.above(layout.frame.y + layout.frame.height);
      expect(layout.height).to.be.above(layout.legend.y + layout.legend.height);
    }
  });
});
