import { expect } from '@open-wc/testing';
import { embeddedFontFaces, familyNames } from '../../src/io/embed-fonts.js';
import { fontMeasure } from '../../src/export/measure.js';
import { EXPORT_MARGIN } from '../../src/export/page-layout.js';
import { enterprisePlan } from '../../src/model/samples/index.js';
import { timelineWith } from '../support/element.js';
import { systemSerifBase64 } from '../support/system-font.js';

function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

describe('web fonts in the PNG', () => {
  const styles: HTMLStyleElement[] = [];
  afterEach(() => styles.splice(0).forEach((style) => style.remove()));

  it('reads family lists', () => {
    expect(familyNames(`'Inter', "Segoe UI", system-ui`)).to.deep.equal(['inter', 'segoe ui', 'system-ui']);
  });

  it("inlines the page's @font-face files for the element's families, and only those", async () => {
    styles.push(
      addStyle(`
      @font-face { font-family: 'Probe Face'; font-weight: 600; src: url('/package.json') format('woff2'), url('/other.woff') format('woff'); }
      @font-face { font-family: Unrelated; src: url('/package.json'); }
      @font-face { font-family: 'Probe Face'; font-weight: 700; src: url('/does-not-exist.woff2'); }`),
    );
    const faces = await embeddedFontFaces(`"Probe Face", system-ui`);
    expect(faces.match(/@font-face/g)).to.have.length(1);
    expect(faces).to.contain('font-weight: 600').and.to.contain('src: url("data:');
    expect(faces).not.to.contain('Unrelated').and.not.to.contain('other.woff');
  });

  it('draws text in the web font the page measured it with', async function () {
    const font = await systemSerifBase64();
    if (!font) this.skip();
    styles.push(addStyle(`@font-face { font-family: 'Probe Serif'; src: url(data:font/ttf;base64,${font}); }`));
    const plan = enterprisePlan('2026-03-02');
    plan.title = 'Illinois illuminati will fill';
    const element = await timelineWith(plan);
    element.style.setProperty('--mt-font', `'Probe Serif', monospace`);
    const bitmap = await createImageBitmap(await element.exportPNG({ scale: 1 }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const band = context.getImageData(0, EXPORT_MARGIN, 900, 32).data;
    let right = 0;
    for (let index = 0; index < band.length; index += 4) {
      if (band[index]! < 128 && band[index + 1]! < 128) right = Math.max(right, (index / 4) % 900);
    }
    const measured = fontMeasure(`'Probe Serif', monospace`)(plan.title, '700 24px');
    const fallback = fontMeasure('monospace')(plan.title, '700 24px');
    expect(Math.abs(fallback - measured), 'the fallback font would look different').to.be.above(40);
    expect(right).to.be.closeTo(EXPORT_MARGIN + measured, 4);
  });
});
