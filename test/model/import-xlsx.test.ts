import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isWeekend } from '../../src/model/dates.js';
import { importFileBytes, type ImportOptions, type ImportResult } from '../../src/import/index.js';
import { workbookBytes, zipBytes } from '../support/xlsx-writer.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url)));
const load = (bytes: Uint8Array, options: Partial<ImportOptions> = {}) =>
  importFileBytes(bytes, { fileName: 'plan.xlsx', today: '2027-03-01', ...options });
const codes = (result: ImportResult) =>
  result.issues.map((issue) => `${issue.severity}:${issue.code}@${issue.row ?? ''}${issue.column ?? ''}`);

for (const name of ['helios-workbook.xlsx', 'helios-workbook-1904.xlsx']) {
  describe(`import: a two-sheet workbook (${name})`, () => {
    const result = load(fixture(name));

    it('reads the steps from the "Plan" sheet and the deal details from the cover sheet', async () => {
      const { plan, detected } = await result;
      assert.ok(plan);
      assert.equal(detected.format, 'xlsx');
      assert.equal(detected.sheet, 'Plan');
      assert.equal(detected.headerRow, 1);
      assert.deepEqual(detected.parties, { Provider: 'seller', Client: 'buyer', Joint: 'seller' });
      assert.equal(plan.title, 'Mutual Action Plan — Helios Analytics × Northwind Foods');
      assert.equal(plan.targetDate, '2027-06-30');
      assert.equal(plan.targetItemId, 'step-10');
      assert.deepEqual(plan.calendar, { workdays: [1, 2, 3, 4, 5], holidays: ['2027-05-31'] });
      assert.deepEqual(
        plan.parties.map((party) => [party.id, party.name]),
        [
          ['seller', 'Helios Analytics'],
          ['buyer', 'Northwind Foods'],
        ],
      );
    });

    it('reads six steps: the hidden row left out, a merged owner on both its rows, booleans as client-facing', async () => {
      const { plan } = await result;
      assert.deepEqual(
        plan!.items.map((item) => [item.id, item.title, item.partyId, item.owner, item.dependsOn?.join() ?? '']),
        [
          ['step-3', 'Discovery call', 'seller', 'Provider', ''],
          ['step-4', 'Draft pricing', 'seller', 'Provider', 'step-3'],
          ['step-5', 'Share requirements', 'buyer', 'Client', 'step-3'],
          ['step-8', 'Security review', 'buyer', 'Client', 'step-5'],
          ['step-9', 'Business case', 'seller', 'Joint', 'step-4,step-8'],
          ['step-10', 'Contract signature', 'buyer', 'Client', 'step-9'],
        ],
      );
      assert.deepEqual(
        plan!.items.filter((item) => item.internal).map((item) => item.id),
        ['step-4'],
      );
      assert.deepEqual(plan!.items[4]!.withPartyIds, ['buyer']);
      assert.equal(plan!.items[5]!.kind, 'milestone');
      assert.deepEqual(
        plan!.items.map((item) => item.status),
        ['done', 'todo', 'in-progress', undefined, undefined, undefined],
      );
      assert.equal(plan!.items[3]!.notes, 'SOC 2 & pen test\nPhase: Phase 2 — Evaluation');
      assert.equal(plan!.items[1]!.estimate, 'TBD');
    });

    it('reports the hidden row, the forecast table and the assumed duration by row', async () => {
      const { issues } = await result;
      assert.deepEqual(codes(await result), [
        'info:hidden-rows@6',
        'info:ignored-rows@13',
        'warning:duration-assumed@4D',
        'info:dates-scheduled@3',
      ]);
      assert.equal(issues[0]!.message, 'row 6 of sheet "Plan" is hidden — not imported');
      assert.equal(
        issues[2]!.message,
        'row 4, column D "Est. Days": "TBD" is not a number of days — assumed 5 working days',
      );
    });

    it('keeps the date cells as calendar dates and works back around the holiday', async () => {
      const { plan } = await result;
      assert.deepEqual(
        plan!.items.map((item) => [item.id, item.start, item.end]),
        [
          ['step-3', '2027-05-24', '2027-05-24'],
          ['step-4', '2027-06-18', '2027-06-24'],
          ['step-5', '2027-05-25', '2027-05-27'],
          // Ends on its date cell (Fri 4 June); five working days back skip Memorial Day (Mon 31 May).
          ['step-8', '2027-05-28', '2027-06-04'],
          ['step-9', '2027-06-25', '2027-06-29'],
          ['step-10', '2027-06-30', '2027-06-30'],
        ],
      );
      for (const item of plan!.items) {
        assert.ok(!isWeekend(item.start) && !isWeekend(item.end), item.id);
        assert.ok(item.start !== '2027-05-31' && item.end !== '2027-05-31', item.id);
      }
    });
  });
}

const planSheet = (rows: (string | number | boolean | null)[][]) => ({ name: 'Steps', rows });
const TABLE = [
  ['Task', 'Owner', 'Due Date'],
  ['Kickoff', 'Vendor', 'Fri, 2 Apr 2027'],
];

describe('import: workbook sheets and cells', () => {
  it('takes the sheet with the best header, never a hidden one', async () => {
    const hidden = { name: 'Old plan', state: 'hidden' as const, rows: [['Task', 'Owner', 'Due Date', 'Status']] };
    const result = await load(
      workbookBytes({ sheets: [{ name: 'Notes', rows: [['hello']] }, hidden, planSheet(TABLE)] }),
    );
    assert.equal(result.detected.sheet, 'Steps');
    assert.equal(result.plan!.items[0]!.end, '2027-04-02');
  });

  it('names the sheet of a deal detail found on the cover sheet', async () => {
    const cover = {
      name: 'Cover',
      rows: [
        ['Target close date:', 'end of Q2'],
        ['Customer:', 'Northwind'],
      ],
    };
    const result = await load(workbookBytes({ sheets: [cover, planSheet(TABLE)] }));
    assert.deepEqual(result.plan!.parties[1]!.name, 'Northwind');
    const warning = result.issues.find((issue) => issue.code === 'bad-date')!;
    assert.equal(warning.message, 'sheet "Cover", row 1: the target close date "end of Q2" is not a date we can read');
    assert.equal(warning.row, undefined, 'a row number would point into the plan sheet');
  });

  it('gives the whole header row, so a mapping can choose a column the importer did not read', async () => {
    const sheet = planSheet([
      ['#', 'Milestone', 'Responsible', 'Due Date', 'Predecessor', 'Owner email', 'Internal?', 'Notes', 'Comments'],
      [1, 'Pricing proposal', 'Vendor', 'Fri, 2 Apr 2027', null, 'ana@example.com', null, 'v2', 'send Tuesday'],
      [2, 'Discount approval', 'Vendor', 'Fri, 9 Apr 2027', 1, null, 'Yes', null, null],
    ]);
    const { plan, detected, issues } = await load(workbookBytes({ sheets: [sheet] }));
    assert.deepEqual(detected.headers, [
      '#',
      'Milestone',
      'Responsible',
      'Due Date',
      'Predecessor',
      'Owner email',
      'Internal?',
      'Notes',
      'Comments',
    ]);
    assert.deepEqual(plan!.items[1]!.dependsOn, [plan!.items[0]!.id]);
    assert.equal(plan!.items[1]!.internal, true);
    assert.equal(plan!.items[0]!.notes, 'v2\nComments: send Tuesday', 'a second notes column is kept');
    assert.deepEqual(
      issues.filter((issue) => issue.code === 'column-not-read').map((issue) => issue.message),
      ['column F "Owner email" was not read: no field goes by that name; map it to a field to read it'],
    );
  });

  it('reads inline and rich-text strings, entities, numbers without binary noise and booleans as text', async () => {
    const sheet = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>Task</t></is></c><c r="B1" t="inlineStr"><is><r><t>Ow</t></r><r><t xml:space="preserve">ner</t></r></is></c><c r="C1" t="inlineStr"><is><t>Est. Days</t></is></c><c r="D1" t="inlineStr"><is><t>Notes</t></is></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>R&amp;D &lt;review&gt;_x000D_</t></is></c><c r="B2" t="inlineStr"><is><t>Vendor</t></is></c><c r="C2"><v>2.9999999999999996</v></c><c r="D2" t="b"><v>1</v></c></row>
    </sheetData></worksheet>`;
    const bytes = zipBytes([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="/xl/worksheets/a.xml"/></Relationships>',
      },
      { name: 'xl/worksheets/a.xml', data: sheet, store: true },
    ]);
    const { plan, detected } = await load(bytes);
    assert.equal(detected.columns['owner']!.header, 'Owner');
    assert.deepEqual([plan!.items[0]!.title, plan!.items[0]!.notes], ['R&D <review>', 'TRUE']);
    assert.equal(plan!.items[0]!.end, '2027-03-03');
  });
});

describe('import: workbooks that cannot become a plan', () => {
  it('refuses a file named .xlsx that is not a workbook, a damaged archive, and a ZIP without a workbook', async () => {
    assert.deepEqual(codes(await load(new TextEncoder().encode('Task,Owner\n'))), ['error:unreadable-workbook@']);
    const whole = workbookBytes({ sheets: [planSheet(TABLE)] });
    const cut = await load(whole.subarray(0, whole.length - 30));
    assert.deepEqual(codes(cut), ['error:unreadable-workbook@']);
    assert.match(cut.issues[0]!.message, /no ZIP directory/);
    const other = await load(zipBytes([{ name: 'word/document.xml', data: '<w/>' }]));
    assert.match(other.issues[0]!.message, /not an Excel workbook/);
  });

  it('refuses a zip bomb: a part that declares more than the cap, and one that unzips past what it declared', async () => {
    const big = zipBytes([{ name: 'xl/workbook.xml', data: '<workbook/>', declaredSize: 200 * 1024 * 1024 }]);
    const declared = await load(big);
    assert.deepEqual(codes(declared), ['error:unreadable-workbook@']);
    assert.match(declared.issues[0]!.message, /unzips to more than 64 MB/);
    const liar = zipBytes([{ name: 'xl/workbook.xml', data: ' '.repeat(5_000_000), declaredSize: 100 }]);
    assert.ok(liar.length < 10_000);
    const lying = await load(liar);
    assert.match(lying.issues[0]!.message, /unzips past its declared size/);
  });

  it('refuses a sheet that reaches past 5,000 rows, naming the limit', async () => {
    const rows: (string | null)[][] = [...TABLE];
    rows[6000] = ['far away'];
    const result = await load(workbookBytes({ sheets: [planSheet(rows)] }));
    assert.equal(result.plan, null);
    assert.deepEqual(codes(result), ['error:too-large@']);
    assert.equal(result.issues[0]!.message, 'the workbook has more than 5,000 rows, more than a plan can import');
  });

  it('refuses more than 200,000 filled cells', async () => {
    const rows = [...TABLE, ...Array.from({ length: 4000 }, (_, index) => Array.from({ length: 51 }, () => index))];
    const result = await load(workbookBytes({ sheets: [planSheet(rows)] }));
    assert.deepEqual(codes(result), ['error:too-large@']);
    assert.match(result.issues[0]!.message, /more than 200,000 filled cells/);
  });

  it('refuses a workbook over 10 MB before unzipping it', async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    assert.deepEqual(codes(await load(big)), ['error:too-large@']);
  });
});

describe('import: which number formats show dates', () => {
  it('reads built-in date styles and custom codes with d, m or y, not times or numbers', async () => {
    const { isDateFormat, dateStyles } = await import('../../src/import/xlsx/number-format.js');
    for (const code of ['dd/mm/yyyy', '[$-409]mmmm d, yyyy;@', 'd-mmm', 'mmm-yy', 'yyyy-mm-dd hh:mm'])
      assert.equal(isDateFormat(code), true, code);
    for (const code of ['0.00', 'General', 'h:mm', 'mm:ss', '[Red]#,##0', '"days"\\ 0', '0 "d"'])
      assert.equal(isDateFormat(code), false, code);
    const styles = `<styleSheet><numFmts><numFmt numFmtId="170" formatCode="0.0"/></numFmts>
      <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="22"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    assert.deepEqual(dateStyles(styles), [false, true, false, true, false]);
  });

  it('reads a date-time cell as its calendar day, in any time zone', async () => {
    const { readSheet } = await import('../../src/import/xlsx/sheet.js');
    // 46479.99 is 2 April 2027 at 23:45 (a local-time Date west of UTC would say 1 April, east of it maybe 3 April).
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1"><v>46479.99</v></c><c r="B1" s="1"><v>44000</v></c></row></sheetData>';
    const context = { shared: [], dateStyles: [false, true], maxRows: 10, maxCells: 10 };
    assert.deepEqual(readSheet(xml, { ...context, date1904: false }).rows, [['2027-04-02', '2020-06-18']]);
    assert.deepEqual(readSheet(xml, { ...context, date1904: true }).rows, [['2031-04-03', '2024-06-19']]);
  });
});
