import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isWeekend } from '../../src/model/dates.js';
import { validatePlan } from '../../src/model/validate.js';
import { importPlan, type ImportOptions } from '../../src/import/index.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url)));
const load = (name: string, options: Partial<ImportOptions> = {}) =>
  importPlan(fixture(name), { fileName: name, today: '2027-03-01', ...options });
const codes = (result: ReturnType<typeof importPlan>) =>
  result.issues.map((issue) => `${issue.severity}:${issue.code}@${issue.row ?? ''}${issue.column ?? ''}`);
const byId = (result: ReturnType<typeof importPlan>) => new Map(result.plan!.items.map((item) => [item.id, item]));

describe('import: a MAP template with a preamble, TBD durations, [Date] placeholders and a forecast table', () => {
  const result = load('helios-map.csv');

  it('finds the header, the deal details and the columns', () => {
    assert.ok(result.plan);
    assert.equal(result.detected.headerRow, 11);
    assert.equal(result.detected.dateOrder, 'mdy');
    assert.deepEqual(result.detected.columns['duration'], { column: 'F', header: 'Est. Days' });
    assert.deepEqual(result.detected.parties, { Provider: 'seller', Client: 'buyer', Joint: 'seller' });
    assert.equal(result.plan.title, 'Mutual Action Plan — Helios Analytics × Northwind Foods');
    assert.equal(result.plan.targetDate, '2027-06-30');
    assert.equal(result.plan.targetItemId, 'step-19');
    assert.deepEqual(
      result.plan.parties.map((party) => [party.id, party.name]),
      [
        ['seller', 'Helios Analytics'],
        ['buyer', 'Northwind Foods'],
      ],
    );
    assert.doesNotThrow(() => validatePlan(result.plan));
  });

  it('reads eight steps with lanes, joint steps, links, internal flags, statuses and estimates', () => {
    const items = byId(result);
    assert.equal(result.plan!.items.length, 8);
    assert.deepEqual(
      result.plan!.items.map((item) => item.partyId),
      ['seller', 'buyer', 'seller', 'seller', 'buyer', 'seller', 'seller', 'buyer'],
    );
    assert.deepEqual(items.get('step-14')!.withPartyIds, ['buyer']);
    assert.deepEqual(items.get('step-18')!.withPartyIds, ['buyer']);
    assert.deepEqual(items.get('step-17')!.dependsOn, ['step-15', 'step-16']);
    assert.equal(items.get('step-12')!.dependsOn, undefined);
    assert.deepEqual(
      result.plan!.items.filter((item) => item.internal).map((item) => item.id),
      ['step-15'],
    );
    assert.deepEqual(
      result.plan!.items.map((item) => item.status),
      ['done', 'in-progress', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo'],
    );
    assert.equal(items.get('step-15')!.estimate, 'TBD');
    assert.equal(items.get('step-17')!.estimate, 'Ongoing');
    assert.equal(items.get('step-19')!.kind, 'milestone');
    assert.equal(items.get('step-16')!.notes, 'SOC 2 report shared, "no findings"\nPhase: Evaluation');
    assert.equal(items.get('step-14')!.notes, 'Architecture agreed\n(both teams)\nPhase: Evaluation');
    assert.equal(items.get('step-12')!.role, 'AE – Dana Lee');
  });

  it('warns once about the assumed durations and reports the second table once', () => {
    assert.deepEqual(codes(result), [
      'info:ignored-rows@22',
      'warning:duration-assumed@15F',
      'info:dates-scheduled@12',
    ]);
    assert.equal(
      result.issues.at(-1)!.message,
      'rows 12–18: no start or end date — placed back from the target date 2027-06-30, so that the plan finishes by it',
    );
    const warning = result.issues.find((issue) => issue.code === 'duration-assumed')!;
    assert.equal(
      warning.message,
      'rows 15 and 17, column F "Est. Days": "TBD", "Ongoing" are not numbers of days — assumed 5 working days',
    );
  });

  it('works back from the target close date over working days', () => {
    const dates = result.plan!.items.map((item) => [item.id, item.start, item.end]);
    assert.deepEqual(dates, [
      ['step-12', '2027-05-25', '2027-05-25'],
      ['step-13', '2027-05-26', '2027-05-28'],
      ['step-14', '2027-05-31', '2027-06-01'],
      ['step-15', '2027-06-09', '2027-06-15'],
      ['step-16', '2027-06-02', '2027-06-15'],
      ['step-17', '2027-06-16', '2027-06-22'],
      ['step-18', '2027-06-23', '2027-06-29'],
      ['step-19', '2027-06-30', '2027-06-30'],
    ]);
    for (const item of result.plan!.items) assert.ok(!isWeekend(item.start) && !isWeekend(item.end), item.id);
  });

  it('says the target is at risk when the work-back starts before today', () => {
    const late = load('helios-map.csv', { today: '2027-05-27' });
    const risk = late.issues.filter((issue) => issue.code === 'target-at-risk');
    assert.equal(risk.length, 1);
    assert.equal(risk[0]!.row, 13);
    assert.match(risk[0]!.message, /2027-05-26, before today \(2027-05-27\)/);
    assert.ok(late.plan);
  });
});

describe('import: other template shapes', () => {
  it('reads a ;-separated EU file with dd.mm.yyyy dates and keeps them', () => {
    const result = load('eu-dated.csv');
    assert.deepEqual(codes(result), []);
    assert.equal(result.detected.delimiter, ';');
    assert.deepEqual(
      result.plan!.items.map((item) => [item.id, item.partyId, item.start, item.end, item.dependsOn?.join() ?? '']),
      [
        ['step-7', 'seller', '2027-03-01', '2027-03-01', ''],
        ['step-8', 'buyer', '2027-03-02', '2027-03-12', 'step-7'],
        ['step-9', 'seller', '2027-03-15', '2027-03-19', 'step-8'],
        ['step-10', 'seller', '2027-06-30', '2027-06-30', 'step-9'],
      ],
    );
    assert.deepEqual(result.plan!.items[3]!.withPartyIds, ['buyer']);
    assert.equal(result.plan!.items[1]!.notes, 'Müller; Schmidt');
    assert.deepEqual(
      result.plan!.parties.map((party) => party.name),
      ['Helios Analytics', 'Brauerei Nordlicht GmbH'],
    );
    assert.equal(result.plan!.targetDate, '2027-06-30');
  });

  it('groups e-mail owners into lanes by domain and reads a milestone table', () => {
    const result = load('people-emails.csv');
    assert.deepEqual(codes(result), ['warning:unknown-status@10D', 'info:dates-scheduled@9']);
    assert.deepEqual(result.detected.parties, {
      'ana@helios-analytics.com': 'seller',
      'cfo@orbitalfreight.com': 'buyer',
      'lee@orbitalfreight.com': 'buyer',
    });
    assert.equal(result.plan!.title, 'Orbital Freight rollout');
    assert.deepEqual(
      result.plan!.items.map((item) => [item.kind, item.end, item.status, item.owner]),
      [
        ['milestone', '2027-04-02', 'done', 'ana@helios-analytics.com'],
        ['milestone', '2027-04-16', 'done', 'cfo@orbitalfreight.com'],
        ['milestone', '2027-03-01', 'in-progress', 'lee@orbitalfreight.com'],
        ['milestone', '2027-06-30', 'todo', 'lee@orbitalfreight.com'],
      ],
    );
  });

  it('falls back to Windows-1252 with one warning', () => {
    const result = load('windows-1252.csv');
    assert.equal(result.detected.encoding, 'windows-1252');
    assert.deepEqual(codes(result), ['warning:encoding@', 'warning:duration-assumed@2']);
    assert.deepEqual(
      result.plan!.items.map((item) => item.title),
      ['Présentation', 'Réunion finale'],
    );
    assert.equal(result.plan!.items[0]!.notes, 'Coût 5 000 €');
    assert.deepEqual(
      result.plan!.items.map((item) => [item.start, item.end]),
      [
        ['2027-03-30', '2027-04-05'],
        ['2027-04-06', '2027-04-12'],
      ],
    );
    assert.deepEqual(
      result.plan!.parties.map((party) => party.name),
      ['Vendor', 'Customer'],
    );
  });
});

describe('import: files that cannot become a plan', () => {
  it('asks for the date order when every date is ambiguous, and takes the answer', () => {
    const result = load('ambiguous-dates.csv');
    assert.equal(result.plan, null);
    assert.ok(codes(result).includes('error:ambiguous-dates@2'));
    // Said in the words of the preview's choice, not of the option's values.
    const message = result.issues.find((issue) => issue.code === 'ambiguous-dates')?.message ?? '';
    assert.match(message, /choose the date order \(day first or month first\)$/);
    assert.doesNotMatch(message, /dmy|mdy/);
    const dmy = load('ambiguous-dates.csv', { dateOrder: 'dmy' });
    assert.deepEqual(
      dmy.plan!.items.map((item) => item.end),
      ['2027-04-03', '2027-06-05'],
    );
    const mdy = load('ambiguous-dates.csv', { dateOrder: 'mdy' });
    assert.deepEqual(
      mdy.plan!.items.map((item) => item.end),
      ['2027-03-04', '2027-05-06'],
    );
  });

  it('refuses a cycle, naming its rows, and leaves out a link to no step, naming its row', () => {
    const cycle = load('cycle.csv');
    assert.equal(cycle.plan, null);
    assert.deepEqual(codes(cycle), ['error:cycle@2E']);
    assert.match(cycle.issues[0]!.message, /rows 2 → 4 → 3 → 2/);
    const missing = load('missing-row.csv');
    const warned = missing.issues.filter((issue) => issue.code === 'missing-dependency');
    assert.deepEqual(
      warned.map((issue) => [issue.severity, issue.row, issue.column, issue.message]),
      [['warning', 4, 'E', 'row 4, column E "Depends On": step #9 does not exist — that link is left out']],
    );
    assert.ok(missing.plan, 'the rest of the file is read');
  });

  it('refuses an empty file and one without a step table', () => {
    assert.deepEqual(codes(load('empty.csv')), ['error:empty@']);
    assert.deepEqual(codes(load('no-header.csv')), ['error:no-header@']);
  });

  it('refuses 20 MB quickly, before reading it', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    const started = performance.now();
    const result = importPlan(big, { today: '2027-03-01' });
    assert.ok(performance.now() - started < 50);
    assert.deepEqual(codes(result), ['error:too-large@']);
    assert.match(result.issues[0]!.message, /20\.0 MB/);
  });

  it('refuses more than 5,000 rows', () => {
    const text = `Task,Owner\n${'Step,Vendor\n'.repeat(6000)}`;
    const result = importPlan(text, { today: '2027-03-01' });
    assert.equal(result.plan, null);
    assert.deepEqual(codes(result), ['error:too-many-rows@']);
  });
});
