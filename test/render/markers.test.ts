import { expect } from '@open-wc/testing';
import { formatShortDate, parseDate } from '../../src/model/dates.js';
import { markers, type Marker } from '../../src/render/markers.js';
import { ZOOM_PRESETS, timeScale } from '../../src/render/scale.js';

const measure = (text: string) => text.length * 6.5;
const verdict = { projected: '2027-01-27', target: '2027-01-22', daysLate: 5 };
const at = (list: Marker[], kind: Marker['kind']) => list.find((marker) => marker.kind === kind)!;

function expectNoOverlap(list: Marker[]): void {
  const shown = list.filter((marker) => !marker.hidden);
  for (const a of shown) {
    for (const b of shown) {
      if (a !== b)
        expect(a.pillX + a.pillWidth <= b.pillX || b.pillX + b.pillWidth <= a.pillX, `${a.kind} / ${b.kind}`).to.equal(
          true,
        );
    }
  }
}

describe('marker pills (pure)', () => {
  for (const zoom of ['month', 'quarter'] as const) {
    it(`keeps the Today pill at ${zoom} zoom, with target and projected crowding it`, () => {
      const start = parseDate('2026-10-05');
      const scale = timeScale(start, start + 500, ZOOM_PRESETS[zoom]);
      for (const today of ['2026-11-25', '2027-01-10', '2027-01-24', '2027-02-02']) {
        const list = markers(scale, today, verdict, measure);
        expect(at(list, 'today').hidden, today).to.equal(false);
        expect(at(list, 'today').text).to.equal(`Today ${formatShortDate(today)}`);
        expectNoOverlap(list);
      }
    });
  }

  it('slides a crowded pill past the others instead of leaving it out', () => {
    const start = parseDate('2026-10-05');
    const scale = timeScale(start, start + 500, ZOOM_PRESETS.quarter);
    const list = markers(scale, '2026-11-25', verdict, measure);
    expect(list.every((marker) => !marker.hidden)).to.equal(true);
    expect(at(list, 'projected').pillX).to.be.greaterThan(at(list, 'target').pillX);
  });
});
