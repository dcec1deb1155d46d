import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkdays, isWorkday, nextWorkday, workdaySpan } from '../../src/model/calendar.js';
import { moveItem, moveItems, resizeItem } from '../../src/model/commands.js';
import { weekday } from '../../src/model/dates.js';
import { completeItem } from '../../src/model/new-item.js';
import { validatePlan } from '../../src/model/validate.js';
import { dates, planOf } from '../support/plan-builders.js';

const WEEK = { workdays: [1, 2, 3, 4, 5] };
const NEW_YEAR = { workdays: [1, 2, 3, 4, 5], holidays: ['2027-01-01'] };

describe('working-day calendar', () => {
  it('knows weekends and holidays', () => {
    assert.equal(isWorkday('2027-01-01', NEW_YEAR), false); // a Friday, but New Year
    assert.equal(isWorkday('2027-01-02', NEW_YEAR), false); // Saturday
    assert.equal(isWorkday('2027-01-04', NEW_YEAR), true); // Monday
    assert.equal(isWorkday('2027-01-02', undefined), true);
    assert.equal(nextWorkday('2026-12-31', NEW_YEAR), '2026-12-31');
    assert.equal(nextWorkday('2027-01-01', NEW_YEAR), '2027-01-04');
  });

  it('counts working days across a weekend and a holiday', () => {
    assert.equal(workdaySpan('2026-12-28', '2027-01-08', NEW_YEAR), 9); // two weeks less New Year
    assert.equal(workdaySpan('2026-12-28', '2027-01-08', undefined), 12);
    assert.equal(addWorkdays('2026-12-30', 2, NEW_YEAR), '2027-01-04');
    assert.equal(addWorkdays('2027-01-04', -1, NEW_YEAR), '2026-12-31');
  });

  it('moves a step by days, snapping a weekend start to Monday and keeping its working days', () => {
    // Mon 7 Dec – Fri 11 Dec 2026 (5 working days) moved +5 days lands on Saturday 12th: snaps to Monday 14th.
    const plan = planOf({ a: ['2026-12-07', '2026-12-11'] }, { calendar: WEEK });
    assert.equal(dates(moveItem(plan, 'a', 5).plan)['a'], '2026-12-14..2026-12-18');
    // Plus two days: Wed 9th – Tue 15th, still five working days over the weekend.
    assert.equal(dates(moveItem(plan, 'a', 2).plan)['a'], '2026-12-09..2026-12-15');
  });

  it('moves by working days from the keyboard', () => {
    const plan = planOf({ a: ['2026-12-11', '2026-12-11'] }, { calendar: WEEK }); // a Friday
    assert.equal(dates(moveItems(plan, ['a'], 1, {}, 'workdays').plan)['a'], '2026-12-14..2026-12-14');
    assert.equal(dates(moveItems(plan, ['a'], -5, {}, 'workdays').plan)['a'], '2026-12-04..2026-12-04');
  });

  it('cascades across New Year counting working days', () => {
    const plan = planOf(
      {
        a: ['2026-12-21', '2026-12-23'],
        b: ['2026-12-24', '2026-12-30', 'a'], // Thu 24 – Wed 30: 5 working days
      },
      { calendar: NEW_YEAR },
    );
    const { plan: moved } = moveItem(plan, 'a', 7); // a: 28–30 Dec
    assert.deepEqual(dates(moved), {
      a: '2026-12-28..2026-12-30',
      b: '2026-12-31..2027-01-07', // Thu 31, (Fri 1 Jan off, weekend off), Mon 4 – Thu 7: 5 working days
    });
  });

  it('snaps resized edges to the next working day', () => {
    const plan = planOf({ a: ['2026-12-07', '2026-12-09'] }, { calendar: WEEK });
    assert.equal(dates(resizeItem(plan, 'a', 'end', 3).plan)['a'], '2026-12-07..2026-12-14'); // Sat 12 → Mon 14
  });

  it('leaves a plan without a calendar in plain days', () => {
    const plan = planOf({ a: ['2026-12-07', '2026-12-11'] });
    assert.equal(dates(moveItem(plan, 'a', 5).plan)['a'], '2026-12-12..2026-12-16');
  });

  it('starts new steps on a working day with five working days', () => {
    const plan = planOf({}, { calendar: WEEK });
    const item = completeItem(plan, {}, '2026-12-05'); // a Saturday
    assert.equal(item.start, '2026-12-07');
    assert.equal(item.end, '2026-12-11');
    assert.ok(weekday(item.end) === 5);
  });

  it('validates the calendar, naming the path', () => {
    const bad = (calendar: unknown) => () => validatePlan({ ...planOf({}), calendar });
    assert.throws(bad({ workdays: [] }), /calendar\.workdays: .*at least one/);
    assert.throws(bad({ workdays: [1, 7] }), /calendar\.workdays\[1\]: 7 is not a weekday/);
    assert.throws(
      bad({ workdays: [1], holidays: ['2027-02-30'] }),
      /calendar\.holidays\[0\]: "2027-02-30" is not a date/,
    );
    assert.doesNotThrow(bad(NEW_YEAR));
  });
});

describe('years a move may reach', () => {
  it('refuses a cascade past 2199, naming the step, and leaves the plan as it was', () => {
    const plan = planOf({ a: ['2199-12-01', '2199-12-10'], b: ['2199-12-20', '2199-12-30', 'a'] });
    assert.throws(
      () => moveItem(plan, 'a', 15),
      /"B" would move to 2199-12-26 – 2200-01-05, outside the years 1900–2199/,
    );
    assert.equal(dates(moveItem(plan, 'a', 5).plan)['b'], '2199-12-20..2199-12-30'); // positive control: a move that fits
  });
});
