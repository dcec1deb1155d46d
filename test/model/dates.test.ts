import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  diffDays,
  formatDate,
  formatShortDate,
  isISODate,
  isPlanDate,
  localToday,
  parseDate,
  planDateProblem,
  spanDays,
  weekday,
} from '../../src/model/dates.js';

describe('calendar dates as day numbers', () => {
  it('counts days from 1970-01-01', () => {
    assert.equal(parseDate('1970-01-01'), 0);
    assert.equal(parseDate('1970-01-02'), 1);
    assert.equal(parseDate('1969-12-31'), -1);
    assert.equal(parseDate('2000-03-01'), 11017);
  });

  it('formats back to the same text for every day of four years, leap day included', () => {
    const first = parseDate('2027-01-01');
    for (let day = first; day < first + 4 * 366; day += 1) assert.equal(parseDate(formatDate(day)), day);
    assert.equal(formatDate(parseDate('2028-02-29')), '2028-02-29');
  });

  for (const [text, valid] of [
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00:00Z', false],
    ['', false],
    ['tomorrow', false],
  ] as const) {
    it(`${valid ? 'accepts' : 'rejects'} ${JSON.stringify(text)}`, () => assert.equal(isISODate(text), valid));
  }

  it("says the same of a plan's date every time it is asked, good dates being remembered", () => {
    const answers = (text: unknown) => [isPlanDate(text), planDateProblem(text)];
    for (const text of ['2026-03-02', '1899-12-31', '2200-01-01', '2026-02-30', '2026-3-2', 42, undefined]) {
      const first = answers(text);
      assert.deepEqual(answers(text), first, JSON.stringify(text));
      assert.equal(first[0], first[1] === undefined, `${JSON.stringify(text)}: a problem exactly when not a plan date`);
    }
    assert.deepEqual(answers('2026-03-02'), [true, undefined]);
    assert.deepEqual(answers('1899-12-31'), [false, '"1899-12-31" is outside the years 1900–2199']);
    assert.deepEqual(answers('2026-02-30'), [false, '"2026-02-30" is not a date (expected YYYY-MM-DD)']);
    assert.deepEqual(answers(undefined), [false, 'missing is not a date (expected YYYY-MM-DD)']);
  });

  it('throws a clear error for a date that does not exist', () => {
    assert.throws(() => parseDate('2026-02-30'), /"2026-02-30" is not a date/);
  });

  it('adds and subtracts across month, year and leap boundaries', () => {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(diffDays('2027-01-01', '2026-01-01'), 365);
    assert.equal(diffDays('2026-03-02', '2026-03-09'), -7);
    assert.equal(spanDays('2026-03-09', '2026-03-09'), 1);
  });

  it('knows the weekday (0 = Sunday)', () => {
    assert.equal(weekday('1970-01-01'), 4);
    assert.equal(weekday('2026-11-25'), 3);
    assert.equal(weekday('2027-01-03'), 0);
    assert.equal(weekday('1969-12-28'), 0);
  });

  it('gives the same results whatever the machine time zone is', () => {
    // The suite runs under TZ=America/Los_Angeles and TZ=Pacific/Auckland; UTC arithmetic must agree with ours.
    for (const date of ['2026-03-08', '2026-11-01', '2026-04-05', '2026-09-27']) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      assert.equal(parseDate(date), Date.UTC(y, m - 1, d) / 86_400_000);
      assert.equal(addDays(date, 1), formatDate(Date.UTC(y, m - 1, d + 1) / 86_400_000));
    }
  });

  it('reads today from the local wall clock, not from UTC', () => {
    assert.equal(localToday(new Date(2026, 10, 25, 23, 30)), '2026-11-25');
    assert.equal(localToday(new Date(2026, 0, 1, 0, 5)), '2026-01-01');
  });

  it('writes short human dates', () => {
    assert.equal(formatShortDate('2026-03-09'), '9 Mar');
    assert.equal(formatShortDate('2027-12-30', true), '30 Dec 2027');
  });
});
