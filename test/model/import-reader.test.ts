import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planToCSV } from '../../src/io/csv.js';
import { readDate, fromSerial } from '../../src/import/date-text.js';
import { importPlan, readDelimited } from '../../src/import/index.js';
import { rowList } from '../../src/import/issues.js';
import { assignOwnerLanes } from '../../src/import/owner-lanes.js';
import { planOf } from '../support/plan-builders.js';

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
  }
  return bytes;
};

describe('readDelimited', () => {
  it('keeps delimiters, line breaks and doubled quotes inside quotes, with CRLF, LF and CR rows', () => {
    const table = readDelimited('a,"b,c","say ""hi""\r\nthere"\r\nd,e,f\ng,h,i\rj,k,l');
    assert.deepEqual(table.rows, [
      ['a', 'b,c', 'say "hi"\nthere'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
      ['j', 'k', 'l'],
    ]);
  });

  it('detects ; and tab delimiters', () => {
    assert.equal(readDelimited('Task;Owner;Due\nA;B;C\n').delimiter, ';');
    assert.equal(readDelimited('Task\tOwner, or not\tDue\nA\tB\tC\n').delimiter, '\t');
  });

  it('decodes UTF-8 with a BOM and UTF-16 in both byte orders', () => {
    const text = 'Task,Owner\nCafé ✅,Vendor\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [bom, utf16(`${text}`, false), utf16(text, true)]) {
      const table = readDelimited(bytes);
      assert.deepEqual(table.rows[1], ['Café ✅', 'Vendor']);
      assert.deepEqual(table.issues, []);
    }
  });

  it('names the row where an unclosed quote opened', () => {
    const table = readDelimited('Task,Owner\nA,B\nC,"never closed\nD,E\n');
    assert.deepEqual(
      table.issues.map((issue) => [issue.code, issue.row]),
      [['unclosed-quote', 3]],
    );
  });

  it('never evaluates cells, and undoes our own formula escape exactly once', () => {
    const table = readDelimited(`"'=SUM(A1)","=B2","'-5","'plain","A;' =B"\n`);
    assert.deepEqual(table.rows[0], ['=SUM(A1)', '=B2', '-5', "'plain", 'A; =B']);
  });
});

describe('reading dates', () => {
  it('reads the usual formats and Excel serials in both systems', () => {
    for (const text of [
      '06/30/2027',
      '30/06/2027',
      '30.06.2027',
      '2027-06-30',
      '30 Jun 2027',
      'June 30, 2027',
      '30-Jun-27',
    ]) {
      assert.deepEqual(readDate(text), { kind: 'date', date: '2027-06-30' }, text);
    }
    assert.equal(readDate('03/04/2027').kind, 'numeric');
    assert.equal(readDate('[Date]').kind, 'none');
    assert.equal(readDate('someday').kind, 'bad');
    assert.equal(fromSerial(46568), '2027-06-30');
    assert.equal(fromSerial(45106, true), '2027-06-30');
    assert.equal(fromSerial(61), '1900-03-01');
  });
});

describe('importPlan: round trips and JSON', () => {
  const plan = planOf({ a: ['2027-03-01', '2027-03-03'], b: ['2027-03-04', '2027-03-05', 'a'] });
  plan.items[0]!.title = '=cmd|calc';
  plan.items[1]!.title = '-minus start';

  it('reads our own CSV export back with its titles, lanes, dates and links', () => {
    const result = importPlan(planToCSV(plan, { bom: true }), { today: '2027-03-01' });
    // The export names each lane and its side, so nothing has to be guessed.
    assert.deepEqual(result.issues, []);
    assert.deepEqual(
      result.plan!.items.map((item) => [item.title, item.partyId, item.start, item.end]),
      [
        ['=cmd|calc', 'seller', '2027-03-01', '2027-03-03'],
        ['-minus start', 'buyer', '2027-03-04', '2027-03-05'],
      ],
    );
    assert.deepEqual(result.plan!.items[1]!.dependsOn, [result.plan!.items[0]!.id]);
    assert.deepEqual(
      result.plan!.parties.map((party) => party.name),
      ['Seller Inc', 'Buyer Ltd'],
    );
  });

  it('names a row whose end is before its start, and the step stays on its end date (a one-day step)', () => {
    const csv = 'Step,Start,End\nPricing proposal,2027-02-01,2027-01-25\nSecurity review,2027-02-01,2027-02-05\n';
    const result = importPlan(csv, { today: '2027-01-04' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.code === 'end-before-start').map((issue) => [issue.message, issue.row]),
      [
        [
          'row 2, column C "End": 2027-01-25 is before the start 2027-02-01 in column B "Start" — the step is placed on 2027-01-25 alone',
          2,
        ],
      ],
    );
    assert.deepEqual(
      result.plan!.items.map((item) => [item.start, item.end]),
      [
        ['2027-01-25', '2027-01-25'],
        ['2027-02-01', '2027-02-05'],
      ],
    );
  });

  it('says where a step with "TBD" for its dates was placed, and says nothing of a dated step', () => {
    const csv =
      'Step,Start,End,Depends on\nSecurity review,2027-02-01,2027-02-05,\nBusiness case,TBD,TBD,Security review\n';
    const result = importPlan(csv, { today: '2027-01-04' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.code === 'dates-scheduled').map((issue) => [issue.message, issue.row]),
      [
        [
          'row 3: no start or end date — it starts after the steps it depends on, or on 2027-01-04 if it depends on none',
          3,
        ],
      ],
    );
    assert.deepEqual(
      result.plan!.items.map((item) => [item.title, item.start]),
      [
        ['Security review', '2027-02-01'],
        ['Business case', '2027-02-08'],
      ],
    );
  });

  it('says which rows have an empty title cell, and leaves only those out', () => {
    const csv = '#,Step,End\n1,Discovery,2027-03-05\n2,,2027-03-12\n3,Pilot,2027-03-19\n4,,2027-03-26\n';
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.code === 'no-title').map((issue) => issue.message),
      ['rows 3 and 5: column B "Step" is empty — skipped, as a step needs a title'],
    );
    assert.deepEqual(
      result.plan!.items.map((item) => item.title),
      ['Discovery', 'Pilot'],
    );
  });

  it('reads the steps after a decision as holding only if its answer is yes, the nearest decision first', () => {
    const csv = [
      'Step,End,Depends on',
      'Security review,2027-03-05,',
      'Go / No-Go decision,2027-03-12,Security review',
      'Contract signature,2027-03-19,Go / No-Go decision',
      'Board approval decision,2027-03-26,Contract signature',
      'Kickoff,2027-04-02,Board approval decision',
      'Reference call,2027-03-08,',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-03-01' });
    const decisionOf = Object.fromEntries(result.plan!.items.map((item) => [item.title, item.ifYes ?? '']));
    const idOf = (title: string) => result.plan!.items.find((item) => item.title === title)!.id;
    assert.deepEqual(decisionOf, {
      'Security review': '',
      'Go / No-Go decision': '',
      'Contract signature': idOf('Go / No-Go decision'),
      'Board approval decision': idOf('Go / No-Go decision'),
      Kickoff: idOf('Board approval decision'),
      'Reference call': '',
    });
    assert.deepEqual(
      result.issues.filter((issue) => issue.code === 'if-yes-assumed').map((issue) => issue.message),
      [
        'rows 4 and 5: read as holding only if the answer to "Go / No-Go decision" (row 3) is yes, as they come after it',
        'row 6: read as holding only if the answer to "Board approval decision" (row 5) is yes, as it comes after it',
      ],
    );
  });

  it('keeps an "If yes" column as it is, even left empty after a decision', () => {
    const csv =
      'Step,End,Depends on,If yes\nGo / No-Go decision,2027-03-12,,\nKickoff,2027-03-19,Go / No-Go decision,\n';
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.equal(result.plan!.items[1]!.ifYes, undefined);
    assert.equal(result.issues.filter((issue) => issue.code === 'if-yes-assumed').length, 0);
  });

  it('passes JSON through validatePlan', () => {
    const ok = importPlan(JSON.stringify(plan), { fileName: 'plan.json', today: '2027-03-01' });
    assert.equal(ok.plan!.items.length, 2);
    const bad = importPlan('{"version":1}', { fileName: 'plan.json', today: '2027-03-01' });
    assert.equal(bad.plan, null);
    assert.ok(bad.issues.length > 0 && bad.issues.every((issue) => issue.severity === 'error'));
  });

  it('reads separate seller and buyer owner columns, joint when both are filled', () => {
    const csv = 'Task,Vendor Owner,Customer Owner,Days\nDemo,Ana,,2\nPilot,Ana,Lee,3\nBudget,,Lee,1\n';
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.plan!.items.map((item) => [item.partyId, item.withPartyIds?.join() ?? '', item.owner]),
      [
        ['seller', '', 'Ana'],
        ['seller', 'buyer', 'Ana / Lee'],
        ['buyer', '', 'Lee'],
      ],
    );
  });

  it('links dependencies listed by title with commas, and titles written with other spacing', () => {
    const csv = [
      'Milestone,Due date,Predecessor,Internal?',
      'Pricing proposal,2027-03-05,,',
      'Security questionnaire,2027-03-08,,',
      'Go / No-Go decision,2027-03-12,"Pricing proposal, Security questionnaire",',
      'Contract signature,2027-03-19,Go/No-Go decision,',
      'Discount approval (deal desk),2027-03-10,Pricing proposal; Security questionnaire,Yes',
      '"Kick-off, logistics and travel",2027-03-22,Contract signature,',
      'Wrap-up,2027-03-26,"Kick-off, logistics and travel",',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    const byTitle = new Map(result.plan!.items.map((item) => [item.title, item]));
    const titlesOf = (title: string) =>
      (byTitle.get(title)!.dependsOn ?? []).map((id) => result.plan!.items.find((item) => item.id === id)!.title);
    assert.deepEqual(titlesOf('Go / No-Go decision'), ['Pricing proposal', 'Security questionnaire']);
    assert.deepEqual(titlesOf('Contract signature'), ['Go / No-Go decision']);
    assert.deepEqual(titlesOf('Discount approval (deal desk)'), ['Pricing proposal', 'Security questionnaire']);
    assert.deepEqual(titlesOf('Wrap-up'), ['Kick-off, logistics and travel'], 'a title holding commas is one title');
    assert.equal(byTitle.get('Discount approval (deal desk)')!.internal, true, '"Internal?" is the internal column');
    assert.equal(byTitle.get('Pricing proposal')!.internal, undefined);
  });

  it('names a title that matches no step, among titles that do, and leaves that link out', () => {
    const csv = 'Task,Due,Depends on\nA,2027-03-05,\nB,2027-03-08,"A, Nope"\n';
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.issues
        .filter((issue) => issue.code === 'missing-dependency')
        .map((issue) => [issue.severity, issue.message]),
      [['warning', 'row 3, column C "Depends on": a step titled "A, Nope" does not exist — that link is left out']],
    );
    assert.equal(result.plan!.items.find((item) => item.title === 'B')!.dependsOn, undefined);
  });

  it('says a number names a spreadsheet row when there is no # column, and where the steps are', () => {
    // Row 1 is the plan's title, row 2 blank, the header in row 3: the steps are in rows 4 to 6.
    const csv = 'Mutual Action Plan: Acme\n\nTask,Due,Depends on\nA,2027-03-05,\nB,2027-03-08,1\nC,2027-03-10,5\n';
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.code === 'missing-dependency').map((issue) => issue.message),
      [
        'row 5, column C "Depends on": row 1 holds no step (with no # column, a number names a spreadsheet row; the steps are in rows 4–6) — that link is left out',
      ],
    );
    // The control: with row 4 (A) named instead, the plan is read and B waits for A.
    const read = importPlan(csv.replace('B,2027-03-08,1', 'B,2027-03-08,4'), { today: '2027-03-01' });
    const step = (title: string) => read.plan!.items.find((item) => item.title === title)!;
    assert.deepEqual(step('B').dependsOn, [step('A').id]);
    assert.deepEqual(step('C').dependsOn, [step('B').id]);
  });

  it('reads a decision from its title and a target close row under the table as the target, not as a step', () => {
    const csv = [
      'Task,Owner,Due date,Depends on',
      'Security review,Customer,02/03/2027,',
      'Go / No-Go decision,Customer,09/03/2027,Security review',
      'Decision maker intro,Customer,10/03/2027,',
      'Contract signature,Customer,16/03/2027,Go / No-Go decision',
      'Target close: 31/03/2027,,,',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-02-01', dateOrder: 'dmy' });
    assert.deepEqual(
      result.plan!.items.map((item) => [item.title, item.kind]),
      [
        ['Security review', 'task'],
        ['Go / No-Go decision', 'decision'],
        ['Decision maker intro', 'task'],
        ['Contract signature', 'task'],
      ],
    );
    assert.equal(result.plan!.targetDate, '2027-03-31');
    const infos = result.issues.filter((issue) => issue.severity === 'info').map((issue) => issue.message);
    assert.ok(infos.includes('row 6: "Target close: 31/03/2027" is read as the target close date, not as a step'));
    assert.ok(infos.some((message) => message.startsWith("row 3: read as the buyer's decision")));
  });

  it("puts a partner named in the owner cell in a lane of its own, and the customer's teams in the customer's", () => {
    const csv = [
      'Customer:,Globex Corporation',
      '',
      'Task,Owner,Due date',
      'Discovery call,Our team,2027-03-02',
      'Security review,Globex IT,2027-03-09',
      'Budget sign-off,Globex Exec (Maria),2027-03-12',
      'Implementation plan,Brightpath (partner),2027-03-19',
      'Kick-off,Brightpath (implementation partner),2027-03-26',
    ].join('\n');
    const { plan } = importPlan(csv, { today: '2027-02-01' });
    assert.deepEqual(
      plan!.parties.map((party) => [party.id, party.name, party.side]),
      [
        ['seller', 'Our team', 'seller'],
        ['buyer', 'Globex Corporation', 'buyer'],
        ['partner-1', 'Brightpath', 'partner'],
      ],
    );
    assert.deepEqual(
      plan!.items.map((item) => item.partyId),
      ['seller', 'buyer', 'buyer', 'partner-1', 'partner-1'],
    );
  });

  it('reads a target close row under the table after a blank line, in any column, and names what it left', () => {
    const csv = [
      '#,Step,Owner,Due Date,Predecessor',
      '1,Security review,Customer,03/04/2027,',
      '2,Contract signature,Customer,17/04/2027,1',
      '',
      'Target close: 30/04/2027,,,,',
      'Forecast notes,see tab 2,,,',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.severity === 'error'),
      [],
      'the target settles the day-first order',
    );
    assert.equal(result.plan!.targetDate, '2027-04-30');
    assert.equal(result.plan!.items[0]!.end, '2027-04-03');
    const infos = result.issues.filter((issue) => issue.severity === 'info').map((issue) => issue.message);
    assert.ok(infos.includes('row 5: "Target close: 30/04/2027" is read as the target close date, not as a step'));
    assert.ok(infos.includes('row 6 after the step table (another table or notes) was not imported'));
  });

  it('takes the plan title from a "Mutual Action Plan" row with the deal beside it', () => {
    const csv = 'Mutual Action Plan,Initech x Globex\n\nTask,Owner,Due Date\nKickoff,Vendor,2027-04-05\n';
    assert.equal(importPlan(csv, { today: '2027-03-01', fileName: 'globex.csv' }).plan!.title, 'Initech x Globex');
  });

  it('puts each step in the lane its lane column names, the owner column naming the person only', () => {
    const csv = [
      'Task,Owner,Party,Start,End',
      'Kickoff,Sam Seller,Northwind,2027-03-01,2027-03-05',
      'Security review,Tom Becker,Acme,2027-03-08,2027-03-12',
      'Redlines,,Legal Dept,2027-03-15,2027-03-16',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-03-01' });
    const plan = result.plan!;
    assert.deepEqual(
      plan.parties.map((party) => party.name),
      ['Northwind', 'Acme', 'Legal Dept'],
    );
    const laneOf = (title: string) => {
      const item = plan.items.find((step) => step.title === title)!;
      return `${plan.parties.find((party) => party.id === item.partyId)!.name} · ${item.owner ?? 'no owner'}`;
    };
    assert.deepEqual(['Kickoff', 'Security review', 'Redlines'].map(laneOf), [
      'Northwind · Sam Seller',
      'Acme · Tom Becker',
      'Legal Dept · no owner',
    ]);
    assert.ok(
      result.issues.some(
        (issue) =>
          issue.message === 'row 3: Acme was put in the buyer lane (nothing in the file says which side it is on)',
      ),
    );
    // The preview's lane choice moves the steps of a lane's text, whoever owns them.
    const moved = assignOwnerLanes(result, { Acme: 'seller' }).plan!;
    assert.equal(moved.items.find((step) => step.title === 'Security review')!.partyId, 'seller');
    assert.equal(moved.items.find((step) => step.title === 'Redlines')!.partyId, 'partner-3', 'the control');
  });

  it('reads steps after a run of blank rows, dated or not, but not the notes below the plan', () => {
    const csv = [
      'Task,Company,Owner,Start,End,Status',
      'Kickoff,Northwind,Maya,2027-03-01,2027-03-05,Done',
      ',,,,,',
      ',,,,,',
      'Security review,Acme,Priya,2027-03-08,2027-03-12,',
      ',,,,,',
      ',,,,,',
      'Legal review,Acme,Tom,,,Not started',
      '',
      'Notes:,,,,,',
      'All dates are tentative until the EB meeting.,,,,,',
    ].join('\n');
    const result = importPlan(csv, { today: '2027-03-01' });
    assert.deepEqual(
      result.plan!.items.map((item) => item.title),
      ['Kickoff', 'Security review', 'Legal review'],
    );
    assert.deepEqual(
      result.plan!.parties.map((party) => party.name),
      ['Northwind', 'Acme'],
      'a Company column names the lanes',
    );
    const infos = result.issues.filter((issue) => issue.severity === 'info').map((issue) => issue.message);
    assert.ok(
      infos.includes('rows 10–11 after the step table (another table or notes) were not imported'),
      infos.join(),
    );
  });

  it('names a row of each date order when the dates mix them', () => {
    const csv = 'Task,Owner,Start,End\nKickoff,Vendor,3/4/27,3/19/27\nPilot,Customer,22/3/2027,4/9/2027\n';
    const errors = importPlan(csv, { today: '2027-03-01' }).issues.filter((issue) => issue.severity === 'error');
    assert.deepEqual(
      errors.map((issue) => issue.message),
      [
        'the dates mix day-first (row 3: 22/3/2027) and month-first (row 2: 3/19/27) orders; fix the file or choose the date order',
      ],
    );
  });

  it('takes a column mapping from the caller', () => {
    const csv = 'Thing,Who,When\nDemo,Vendor,2027-04-05\n';
    const result = importPlan(csv, { today: '2027-03-01', mapping: { title: 'A', owner: 'Who', due: 'C' } });
    assert.deepEqual(result.detected.columns['owner'], { column: 'B', header: 'Who' });
    assert.equal(result.plan!.items[0]!.end, '2027-04-05');
  });
});

describe('rowList', () => {
  it('reads runs of three rows or more as ranges, and counts what is past ten parts', () => {
    assert.equal(rowList([4]), 'row 4');
    assert.equal(rowList([4, 5]), 'rows 4 and 5');
    assert.equal(rowList([2, 3, 4, 5, 9]), 'rows 2–5 and 9');
    assert.equal(
      rowList(Array.from({ length: 3000 }, (_, index) => index + 2)),
      'rows 2–3001',
      'a 3,000-row file gives a line, not a page',
    );
    assert.equal(
      rowList(Array.from({ length: 13 }, (_, index) => 2 * index + 1)),
      'rows 1, 3, 5, 7, 9, 11, 13, 15, 17 and 4 more',
    );
  });
});

describe('importPlan: text no export can carry', () => {
  it('turns a line break typed in Word or Excel (U+000B) into a space, in titles, owners and notes, instead of refusing the file', () => {
    const csv =
      'Step,Owner,Start,End,Notes\n' +
      'Kick\u000Boff,Dana\u000BReyes,2027-01-11,2027-01-12,line one\u000Bline two\n' +
      'Review\u0007,Tom,2027-01-13,2027-01-14,\n';
    const result = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06' });
    assert.deepEqual(
      result.issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    assert.deepEqual(
      result.plan!.items.map((item) => [item.title, item.owner, item.notes]),
      [
        ['Kick off', 'Dana Reyes', 'line one line two'],
        ['Review', 'Tom', undefined],
      ],
    );
  });
});

describe("importPlan: a Side column in a rep's words", () => {
  it('puts each company in the lane of the side it is on, a partner in a lane of its own and a joint step in both', () => {
    const csv =
      'Step,Owner,Company,Side,Start,End,Depends on\n' +
      'Security questionnaire,Tom Becker,Acme Logistics,Customer,2027-01-11,2027-01-12,\n' +
      'Discovery,Dana Reyes,Northwind,Vendor,2027-01-11,2027-01-12,\n' +
      'Kickoff with Brightpath,Lee Park,Brightpath,Partner,2027-01-11,2027-01-12,\n' +
      'Workshop,Both teams,,Joint,2027-01-13,2027-01-14,\n' +
      'Contract,Maria Gomez,Acme Logistics,Customer,2027-01-26,2027-01-29,Security questionnaire\n';
    const { plan, issues } = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06' });
    assert.deepEqual(
      plan!.parties.map((party) => [party.name, party.side]),
      [
        ['Northwind', 'seller'],
        ['Acme Logistics', 'buyer'],
        ['Brightpath', 'partner'],
      ],
    );
    const laneOf = (title: string) => {
      const item = plan!.items.find((candidate) => candidate.title === title)!;
      const lanes = [item.partyId, ...(item.withPartyIds ?? [])];
      return lanes.map((id) => plan!.parties.find((party) => party.id === id)!.name);
    };
    assert.deepEqual(laneOf('Security questionnaire'), ['Acme Logistics']);
    assert.deepEqual(laneOf('Discovery'), ['Northwind']);
    assert.deepEqual(laneOf('Kickoff with Brightpath'), ['Brightpath']);
    assert.deepEqual(laneOf('Workshop'), ['Northwind', 'Acme Logistics']);
    assert.deepEqual(
      issues.filter((issue) => issue.code === 'owner-domain' || issue.code === 'owner-side'),
      [],
      'no guess',
    );
  });
});

describe('importPlan: a dependency on a title several steps share', () => {
  it('warns naming every row of that title, and which one it was read as', () => {
    const csv =
      'Step,Owner,Start,End,Depends on\n' +
      'Legal review,Tom Becker,2027-01-11,2027-01-15,\n' +
      'Security review,Tom Becker,2027-01-18,2027-01-22,Legal review\n' +
      'Legal review,Priya Nair,2027-01-25,2027-01-29,Security review\n' +
      'Signature,Maria Gomez,2027-02-01,2027-02-01,Legal review\n';
    const { plan, issues } = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06' });
    const warned = issues.filter((issue) => issue.code === 'ambiguous-dependency');
    assert.deepEqual(
      warned.map((issue) => [issue.row, issue.message]),
      [
        [
          3,
          'row 3, column E "Depends on": rows 2 and 4 share the title "Legal review" — read as row 2, the first; rename one, or name the row by its number',
        ],
        [
          5,
          'row 5, column E "Depends on": rows 2 and 4 share the title "Legal review" — read as row 2, the first; rename one, or name the row by its number',
        ],
      ],
    );
    // The control: a title only one step has is read without a word.
    assert.equal(
      issues.some((issue) => issue.message.includes('"Security review"')),
      false,
    );
    assert.ok(plan);
  });
});

describe('importPlan: dates that put a step before one it waits for', () => {
  it('names the rows in a finding before the import', () => {
    const csv =
      'Step,Owner,Start,End,Depends on\n' +
      'Business case,Dana,2027-01-25,2027-02-05,\n' +
      'Pricing proposal,Dana,2027-02-01,2027-02-03,Business case\n' +
      'Review,Tom,2027-02-08,2027-02-09,Business case\n';
    const { issues } = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06' });
    assert.deepEqual(
      issues
        .filter((issue) => issue.code === 'out-of-order')
        .map((issue) => [issue.severity, issue.row, issue.message]),
      [
        [
          'warning',
          3,
          'row 3: starts before a step it waits for ends (row 3 waits for row 2) — its arrow turns red, and the projected finish waits for it',
        ],
      ],
    );
  });
});

describe('importPlan: a date of a year no plan holds', () => {
  it('says the year is out of range, for slashed and ISO dates alike', () => {
    const csv =
      'Step,Owner,Start,End\nKick-off,Dana,2027-01-11,2027-01-12\nContract,Maria,4/5/2207,4/5/2027\nSign,Maria,2207-04-05,2027-04-06\n';
    const { issues } = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06' });
    assert.deepEqual(
      issues.filter((issue) => issue.code === 'bad-date').map((issue) => [issue.row, issue.column, issue.message]),
      [
        [
          3,
          'C',
          'row 3, column C "Start": "4/5/2207" is not a date we can read (the year 2207 is outside 1900–2199) — left to the schedule',
        ],
        [
          4,
          'C',
          'row 4, column C "Start": "2207-04-05" is not a date we can read (the year 2207 is outside 1900–2199) — left to the schedule',
        ],
      ],
    );
  });
});

describe('importPlan: slashed dates read month first beside dotted ones', () => {
  it('warns that a date that reads either way was read month first, and the date order chosen reads it day first', () => {
    const csv =
      'Step;Owner;Start;End\nKick-off;Dana;11.01.2027;12.01.2027\nReview;Tom;3/15/2027;3/16/2027\nSign;Maria;04/05/2027;04/05/2027\n';
    const read = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06' });
    assert.deepEqual(
      read.issues.filter((issue) => issue.code === 'date-order-mixed').map((issue) => [issue.row, issue.message]),
      [
        [
          4,
          'row 4: dates such as 04/05/2027 were read month first, as the other slashed dates are (row 3: 3/15/2027), while dotted dates such as 11.01.2027 are day first: choose the date order if they are day first',
        ],
      ],
    );
    assert.equal(read.plan!.items.find((item) => item.title === 'Sign')!.start, '2027-04-05');
    const chosen = importPlan(csv, { fileName: 'deal.csv', today: '2026-12-06', dateOrder: 'dmy' });
    assert.equal(chosen.plan!.items.find((item) => item.title === 'Sign')!.start, '2027-05-04');
    assert.equal(
      chosen.issues.some((issue) => issue.code === 'date-order-mixed'),
      false,
    );
  });
});

describe('importPlan: a step whose length the file does not give', () => {
  const durations = (csv: string, dateOrder?: 'dmy') =>
    importPlan(csv, { today: '2026-12-07', ...(dateOrder ? { dateOrder } : {}) }).issues.filter(
      (issue) => issue.code === 'duration-assumed',
    );

  it('is a task of the assumed length, named by row, in a table headed "Milestone" that has start and end columns', () => {
    const csv = [
      'Milestone,Start,End',
      'Workshop,2027-01-04,2027-01-05',
      'Pilot,2027-02-01,2027-02-31',
      'Security review,2027-02-08,TBD',
    ].join('\n');
    const result = importPlan(csv, { today: '2026-12-07' });
    assert.deepEqual(
      result.plan!.items.map((item) => [item.title, item.kind, item.start, item.end]),
      [
        ['Workshop', 'task', '2027-01-04', '2027-01-05'],
        ['Pilot', 'task', '2027-02-01', '2027-02-05'],
        ['Security review', 'task', '2027-02-08', '2027-02-12'],
      ],
    );
    assert.deepEqual(
      durations(csv).map((issue) => issue.message),
      ['rows 3 and 4: no duration column — assumed 5 working days'],
    );
    // Control: headed "Milestone" with a due date alone, the steps are milestones.
    const dueOnly = importPlan('Milestone,Due date\nContract signed,2027-03-05\n', { today: '2026-12-07' });
    assert.deepEqual(
      dueOnly.plan!.items.map((item) => [item.kind, item.start, item.end]),
      [['milestone', '2027-03-05', '2027-03-05']],
    );
  });

  it('is not reported while the date order is to be chosen, only once it is', () => {
    const csv = 'Step,Start,End\nDemo,04/01/2027,05/01/2027\nPilot,08/01/2027,\n';
    assert.deepEqual(durations(csv), [], 'the dates are not read yet: their lengths are unknown, not assumed');
    assert.deepEqual(
      durations(csv, 'dmy').map((issue) => issue.message),
      ['row 3: no duration column — assumed 5 working days'],
    );
  });
});
