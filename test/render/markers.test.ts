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

  /** How far a pill is from its own line: 3 px when it sits right beside it. */
  const gap = (marker: Marker) =>
    Math.min(Math.abs(marker.pillX - marker.x), Math.abs(marker.x - (marker.pillX + marker.pillWidth)));

  it('keeps each pill beside its own line, with a shorter label where the full one has no room', () => {
    // A deal on track at month zoom: today, then the projected finish, then the target, a few weeks apart.
    const start = parseDate('2026-10-05');
    const scale = timeScale(start, start + 500, ZOOM_PRESETS.month);
    const onTrack = { projected: '2027-01-20', target: '2027-02-15', daysLate: -26 };
    const list = markers(scale, '2026-12-03', onTrack, measure);
    expectNoOverlap(list);
    for (const marker of list) {
      expect(marker.hidden, marker.kind).to.equal(false);
      expect(gap(marker), `${marker.kind} beside its line`).to.equal(3);
    }
    expect(at(list, 'projected').text, 'shortened: the verdict is in the header').to.equal('Projected 20 Jan');
    expect(at(list, 'target').text).to.equal('Target 15 Feb');
    // The control: with room, the projected pill says the verdict too.
    const roomy = markers(timeScale(start, start + 500, ZOOM_PRESETS.week), '2026-12-03', onTrack, measure);
    expect(at(roomy, 'projected').text).to.equal('Projected 20 Jan · On track');
  });

  it('slides a pill past the others, rather than leave it out, when even its shortest label has no room', () => {
    const start = parseDate('2026-10-05');
    const scale = timeScale(start, start + 500, ZOOM_PRESETS.quarter);
    const crowded = { projected: '2027-01-23', target: '2027-01-22', daysLate: 1 };
    const list = markers(scale, '2027-01-22', crowded, measure);
    expect(list.every((marker) => !marker.hidden)).to.equal(true);
    expectNoOverlap(list);
    expect(Math.max(...list.map(gap)), 'one of them slid').to.be.greaterThan(3);
  });

  it('keeps a pill whose line is in view inside the view, shortened where its full label would be cut', () => {
    const start = parseDate('2026-10-05');
    const scale = timeScale(start, start + 500, ZOOM_PRESETS.week);
    const whole = markers(scale, '2026-12-03', verdict, measure);
    const projected = at(whole, 'projected');
    // The view ends 100 px after the projected line: the full pill, laid out rightwards, would be cut.
    const view = { left: 0, right: projected.x + 100 };
    expect(projected.pillX + projected.pillWidth, 'the control: cut without the view').to.be.greaterThan(view.right);
    const inView = markers(scale, '2026-12-03', verdict, measure, undefined, view);
    for (const marker of inView) {
      expect(marker.hidden, marker.kind).to.equal(false);
      expect(marker.pillX + marker.pillWidth, `${marker.kind} ends in view`).to.be.at.most(view.right);
      expect(gap(marker), `${marker.kind} beside its line`).to.equal(3);
    }
    expectNoOverlap(inView);
    // Shortened to what the pill is for, its date: "Projected" alone told nothing the title bar does not.
    expect(at(inView, 'projected').text).to.equal(formatShortDate(verdict.projected));
    // A view that shows the line with room to spare changes nothing.
    expect(markers(scale, '2026-12-03', verdict, measure, undefined, { left: 0, right: 1e6 })).to.deep.equal(whole);
  });
});
