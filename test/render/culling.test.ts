import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';
import { firstFitRows, type Footprint } from '../../src/render/row-packing.js';
import { timeScale } from '../../src/render/scale.js';
import { axisInView, axisTiers, type Band } from '../../src/render/ticks.js';
import { seededRandom } from '../support/random-plan.js';

const overlaps = (band: Band, left: number, right: number): boolean => band.x + band.width >= left && band.x <= right;

describe('the axis drawn for a span of the timeline', () => {
  // 1901 to 2198: about 108,000 days.
  const scaleAt = (dayWidth: number) => timeScale(parseDate('1901-01-07'), parseDate('2198-12-29'), dayWidth);

  for (const dayWidth of [44, 16, 5, 1.8]) {
    it(`has exactly the whole axis's bands that overlap it, and few of them (${dayWidth} px a day)`, () => {
      const scale = scaleAt(dayWidth);
      const whole = axisTiers(scale, { workdays: [1, 2, 3, 4, 5], holidays: ['2100-01-01'] });
      for (const left of [0, 37_000.5, scale.width / 2, scale.width - 900]) {
        const span = { left: left - 600, right: left + 1800 };
        const part = axisTiers(scale, { workdays: [1, 2, 3, 4, 5], holidays: ['2100-01-01'] }, span);
        for (const tier of ['top', 'bottom'] as const) {
          expect(part[tier], `${tier} at ${left}`).to.deep.equal(
            whole[tier].filter((band) => overlaps(band, span.left, span.right)),
          );
          expect(part[tier].length).to.be.below(200);
        }
        // Runs of days off may be cut at the span's edges; the days they shade are the same.
        const shaded = (bands: Band[]) =>
          bands
            .flatMap((band) =>
              Array.from({ length: Math.round(band.width / dayWidth) }, (_, day) => scale.dayAt(band.x) + day),
            )
            .filter((day) => overlaps({ x: scale.x(day), width: dayWidth, label: '', day }, span.left, span.right));
        expect(shaded(part.weekends)).to.deep.equal(shaded(whole.weekends));
      }
    });
  }

  it('shades weekends without a calendar in the span only', () => {
    const scale = scaleAt(20);
    const part = axisTiers(scale, undefined, { left: 500_000, right: 502_000 });
    expect(part.weekends.length).to.be.within(13, 16);
    for (const band of part.weekends) expect(overlaps(band, 500_000, 502_000)).to.equal(true);
  });

  it('draws the same axis again for the same scale, calendar and span, and a new one when the view moves', () => {
    const scale = scaleAt(20);
    const span = { left: 500_000, right: 502_000 };
    const shown = axisInView(scale, undefined, span);
    expect(shown).to.deep.equal(axisTiers(scale, undefined, span));
    expect(axisInView(scale, undefined, { ...span })).to.equal(shown);
    const moved = axisInView(scale, undefined, { left: 501_000, right: 503_000 });
    expect(moved).not.to.equal(shown);
    expect(moved).to.deep.equal(axisTiers(scale, undefined, { left: 501_000, right: 503_000 }));
    const calendar = { workdays: [1, 2, 3, 4, 5], holidays: ['2100-01-01'] };
    expect(axisInView(scale, calendar, span)).to.deep.equal(axisTiers(scale, calendar, span));
    expect(axisInView(scaleAt(20), undefined, span), 'another scale').not.to.equal(shown);
  });
});

describe('first-fit row packing', () => {
  /** The plain definition: scan the rows in order for the first that is free. */
  function naive(footprints: Footprint[], gap: number): number[] {
    const ends: number[] = [];
    return footprints.map(({ start, end }) => {
      let row = ends.findIndex((last) => last + gap <= start);
      if (row === -1) row = ends.push(end) - 1;
      else ends[row] = end;
      return row;
    });
  }

  it('puts every footprint in the same row as the plain definition', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 50; round += 1) {
      let x = 0;
      const footprints = Array.from({ length: 300 }, () => {
        x += Math.floor(random() * 30) - 5; // mostly later, sometimes a little earlier (milestones)
        return { start: x, end: x + Math.floor(random() * 200) };
      });
      const packed = firstFitRows(footprints, 10);
      expect(packed.rows).to.deep.equal(naive(footprints, 10));
      expect(packed.count).to.equal(Math.max(0, ...packed.rows) + 1);
    }
  });

  it('stacks 50,000 footprints of one day in 50,000 rows', () => {
    const packed = firstFitRows(
      Array.from({ length: 50_000 }, () => ({ start: 0, end: 40 })),
      10,
    );
    expect(packed.count).to.equal(50_000);
    expect(packed.rows[49_999]).to.equal(49_999);
  });
});
