import { expect } from '@open-wc/testing';
import { canvasMeasure } from '../../src/controllers/measure-text.js';

/** What a label is measured as: the sum of its characters' widths (code points, so an emoji is one character). */
function summed(font: string, text: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  let width = 0;
  for (const character of text) width += context.measureText(character).width;
  return width;
}

describe('label widths (canvas)', () => {
  const family = 'sans-serif';
  const texts = [
    'Security review',
    'Légal sign-off — Zürich',
    'Kick-off 🚀 with 👩‍💻 team',
    'Mixed ASCII and 中文 text',
    `a lone \uD83D half`,
    '',
  ];

  it('measures each label as the sum of its characters, ASCII, accents, emoji and CJK alike, in both fonts', () => {
    const measure = canvasMeasure(family);
    for (const text of texts) {
      expect(measure(text), text).to.be.closeTo(summed(`600 12.5px ${family}`, text), 0.001);
      expect(measure(text, true), `${text} (chip)`).to.be.closeTo(summed(`500 11px ${family}`, text), 0.001);
    }
    expect(measure('Security review'), 'a real width').to.be.greaterThan(50);
    expect(measure('W'), 'characters differ').to.be.greaterThan(measure('i'));
  });

  it('gives the same width the second time, when the label and its characters are remembered', () => {
    const measure = canvasMeasure(family, 2);
    const first = texts.map((text) => measure(text));
    expect(texts.map((text) => measure(text))).to.deep.equal(first);
    expect(measure('Security review')).to.be.closeTo(summed(`600 25px ${family}`, 'Security review'), 0.001);
  });
});
