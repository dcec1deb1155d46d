import { expect } from '@open-wc/testing';
import { csvCell, planToCSV } from '../../src/io/csv.js';
import { SAMPLE_PLANS, enterprisePlan } from '../../src/model/samples/index.js';
import { planOf } from '../support/plan-builders.js';
import { readAs } from '../support/csv-reader.js';

/** RFC 4180 as a spreadsheet with `,` as its separator reads it. */
const parseCSV = (text: string): string[][] => readAs(text, ',');

const records = (text: string): Record<string, string>[] => {
  const [header, ...rows] = parseCSV(text);
  for (const row of rows) expect(row.length).to.equal(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])));
};

describe('planToCSV', () => {
  it('writes a header and one row per step, with CRLF line ends', () => {
    for (const sample of SAMPLE_PLANS) {
      const plan = sample.build('2026-03-02');
      const text = planToCSV(plan);
      expect(parseCSV(text).length, sample.id).to.equal(plan.items.length + 1);
      expect(text.replaceAll('\r\n', ''), sample.id).to.not.match(/[\r\n]/);
    }
  });

  it('fills every column from the step and its plan', () => {
    const rows = records(planToCSV(enterprisePlan('2026-03-02')));
    expect(Object.keys(rows[0]!)).to.deep.equal([
      'Party',
      'Title',
      'Kind',
      'Owner',
      'Role',
      'Start',
      'End',
      'Status',
      'Depends on',
      'If yes',
      'Notes',
      'Status code',
      'ID',
      'Side',
      'Depends on IDs',
      'If yes ID',
      'Baseline start',
      'Baseline end',
      'Internal',
    ]);
    const row = (title: string): Record<string, string> => rows.find((candidate) => candidate['Title'] === title)!;
    expect(row('Discovery workshops')).to.deep.include({
      Party: 'Northwind Software',
      Kind: 'task',
      Owner: 'Maya Chen',
      Role: 'account executive',
      Start: '2026-03-02',
      End: '2026-03-06',
      Status: 'Done',
      'Depends on': '',
      'If yes': '',
      'Status code': 'done',
      ID: 'discovery',
      Side: 'seller',
      'Depends on IDs': '',
      'If yes ID': '',
      'Baseline start': '',
      'Baseline end': '',
      Internal: '',
    });
    expect(row('Security review')).to.deep.include({
      Side: 'buyer',
      'Baseline start': '2026-03-16',
      'Baseline end': '2026-03-27',
    });
    expect(row('Business case')['Depends on']).to.equal('Technical validation; Security review; Reference call');
    expect(row('Business case')['Depends on IDs']).to.equal('tech-validation; security-review; reference-call');
    expect(row('Business case')['Status']).to.equal('To do');
    expect(row('Business case')['Status code']).to.equal('todo');
    expect(row('Contract signature')).to.deep.include({
      Kind: 'milestone',
      'If yes': 'Go / no-go decision',
      'If yes ID': 'decision',
    });
    expect(row('Discount approval')['Internal']).to.equal('yes');
  });

  it('quotes fields holding commas, quotes and line breaks, and reads back the same text', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-02'] });
    const title = 'Legal, "final" review\nround 2\r\nand a CR\ronly';
    plan.items[0] = { ...plan.items[0]!, title, owner: 'Lee, Dana', notes: 'say "hi"' };
    const text = planToCSV(plan);
    expect(text).to.contain('"Legal, ""final"" review\nround 2');
    expect(text).to.contain('"Lee, Dana"');
    expect(text).to.contain('"say ""hi"""');
    expect(records(text)[0]).to.deep.include({ Title: title, Owner: 'Lee, Dana', Notes: 'say "hi"' });
  });

  it('quotes every field, so no reader has to guess where one ends', () => {
    expect(csvCell('Security review')).to.equal('"Security review"');
    expect(csvCell('2026-03-02')).to.equal('"2026-03-02"');
    expect(csvCell('')).to.equal('""');
  });

  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    it(`neutralises a cell starting with ${JSON.stringify(start)}`, () => {
      const plan = planOf({ a: ['2026-03-02', '2026-03-02'] });
      const title = `${start}HYPERLINK("http://evil.example","x")`;
      plan.items[0] = { ...plan.items[0]!, title, owner: `${start}1+1` };
      const row = records(planToCSV(plan))[0]!;
      expect(row['Title']).to.equal(`'${title}`);
      expect(row['Owner']).to.equal(`'${start}1+1`);
      expect(row['Start']).to.equal('2026-03-02');
    });
  }

  it('quotes a neutralised cell when it also holds a separator', () => {
    expect(csvCell('=SUM(A1,A2)')).to.equal(`"'=SUM(A1,A2)"`);
    expect(csvCell('-"x"')).to.equal(`"'-""x"""`);
    expect(csvCell('a=b')).to.equal('"a=b"');
  });

  it('drops internal rows and the internal column for the buyer', () => {
    const plan = enterprisePlan('2026-03-02');
    const rows = records(planToCSV(plan, { audience: 'buyer' }));
    expect(rows.length).to.equal(plan.items.filter((item) => !item.internal).length);
    expect(rows.map((row) => row['Title'])).to.not.include.members(['Discount approval', 'EB meeting prep']);
    expect(Object.keys(rows[0]!)).to.not.include('Internal');
  });

  it('adds a byte order mark only when asked', () => {
    const plan = enterprisePlan('2026-03-02');
    expect(planToCSV(plan).startsWith('"Party",')).to.equal(true);
    expect(planToCSV(plan, { bom: true }).startsWith('\uFEFF"Party",')).to.equal(true);
  });
});
