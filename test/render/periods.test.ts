import { expect } from '@open-wc/testing';
import { formatDate, parseDate } from '../../src/model/dates.js';
import { PERIODS, periodStarts } from '../../src/render/periods.js';

const starts = (period: keyof typeof PERIODS, from: string, to: string): string[] =>
  periodStarts(PERIODS[period], parseDate(from), parseDate(to)).map(formatDate);

describe('calendar periods of the time axis', () => {
  it('cuts months at the first of each month, across a year end and a leap February', () => {
    expect(starts('month', '2027-11-15', '2028-03-01')).to.deep.equal([
      '2027-11-01',
      '2027-12-01',
      '2028-01-01',
      '2028-02-01',
      '2028-03-01',
    ]);
    expect(starts('month', '2028-02-29', '2028-03-01')).to.deep.equal(['2028-02-01', '2028-03-01']);
  });

  it('starts quarters in January, April, July and October, and years on January 1st', () => {
    expect(starts('quarter', '2026-02-10', '2026-11-30')).to.deep.equal([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
      '2027-01-01',
    ]);
    expect(starts('quarter', '2026-12-31', '2027-01-01')).to.deep.equal(['2026-10-01', '2027-01-01']);
    expect(starts('year', '1969-06-01', '1971-01-02')).to.deep.equal([
      '1969-01-01',
      '1970-01-01',
      '1971-01-01',
      '1972-01-01',
    ]);
  });

  it('starts weeks on Mondays, also before 1970 and from a Sunday or a Monday', () => {
    expect(starts('week', '2026-03-08', '2026-03-17')).to.deep.equal([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(starts('week', '2026-03-09', '2026-03-10')).to.deep.equal(['2026-03-09', '2026-03-16']);
    expect(starts('week', '1901-01-01', '1901-01-08')).to.deep.equal(['1900-12-31', '1901-01-07', '1901-01-14']);
  });

  it('counts days one by one, the end day being the first after the span', () => {
    expect(starts('day', '2026-12-30', '2027-01-02')).to.deep.equal([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });
});
