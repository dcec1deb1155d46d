import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isWeekend } from '../../src/model/dates.js';
import { importPlan } from '../../src/import/index.js';

const helios = new Uint8Array(readFileSync(new URL('../import/fixtures/helios-map.csv', import.meta.url)));
const spans = (plan: NonNullable<ReturnType<typeof importPlan>['plan']>) =>
  plan.items.map((item) => [item.id, item.start, item.end]);

describe('import: work-back over the plan calendar', () => {
  it("counts the host's holidays as non-working days and never lands on one", () => {
    const holidays = ['2027-06-21', '2027-06-29'];
    const result = importPlan(helios, { today: '2027-03-01', calendar: { workdays: [1, 2, 3, 4, 5], holidays } });
    assert.deepEqual(result.plan!.calendar, { workdays: [1, 2, 3, 4, 5], holidays });
    assert.deepEqual(spans(result.plan!), [
      ['step-12', '2027-05-21', '2027-05-21'],
      ['step-13', '2027-05-24', '2027-05-26'],
      ['step-14', '2027-05-27', '2027-05-28'],
      ['step-15', '2027-06-07', '2027-06-11'],
      ['step-16', '2027-05-31', '2027-06-11'],
      ['step-17', '2027-06-14', '2027-06-18'],
      // Without holidays: 23–29 June. Now it ends the working day before the close, skipping 29 and 21 June.
      ['step-18', '2027-06-22', '2027-06-28'],
      ['step-19', '2027-06-30', '2027-06-30'],
    ]);
    for (const item of result.plan!.items)
      for (const date of [item.start, item.end]) assert.ok(!holidays.includes(date) && !isWeekend(date), item.id);
  });

  it('positive control: without holidays the same file keeps its Monday–Friday dates', () => {
    const result = importPlan(helios, { today: '2027-03-01' });
    assert.deepEqual(result.plan!.calendar, { workdays: [1, 2, 3, 4, 5] });
    assert.deepEqual(spans(result.plan!).slice(-2), [
      ['step-18', '2027-06-23', '2027-06-29'],
      ['step-19', '2027-06-30', '2027-06-30'],
    ]);
  });

  it('reads holidays from the deal details, in the table’s date order, and warns about one it cannot read', () => {
    const csv = [
      'Vendor:,Helios',
      'Target close date:,30/06/2027',
      'Holidays:,"31/05/2027; 21/06/2027; Boxing day"',
      '',
      'Task,Owner,Days,Depends on',
      'Proposal,Vendor,7,',
      'Signature,Customer,0,6',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.equal(result.detected.dateOrder, 'dmy');
    assert.deepEqual(result.plan!.calendar!.holidays, ['2027-05-31', '2027-06-21']);
    assert.deepEqual(
      result.issues.filter((issue) => issue.code === 'bad-holiday').map((issue) => [issue.row, issue.message]),
      [[3, 'row 3: the holiday "Boxing day" is not a date we can read — ignored']],
    );
    assert.deepEqual(spans(result.plan!), [
      // Seven working days back from 29 June pass over Monday 21 June.
      ['step-6', '2027-06-18', '2027-06-29'],
      ['step-7', '2027-06-30', '2027-06-30'],
    ]);
  });
});
