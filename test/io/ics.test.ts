import { expect } from '@open-wc/testing';
import { planToICS } from '../../src/io/ics.js';
import { addDays } from '../../src/model/dates.js';
import { SAMPLE_PLANS, enterprisePlan } from '../../src/model/samples/index.js';
import type { Item, Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';

interface Property {
  name: string;
  params: string[];
  value: string;
}

const NOW = '2026-03-01T09:30:00.000Z';

/** Splits CRLF lines, unfolds continuation lines and splits each into name, parameters and raw value. */
function unfold(text: string): Property[] {
  expect(text.endsWith('\r\n')).to.equal(true);
  const logical: string[] = [];
  for (const line of text.slice(0, -2).split('\r\n')) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return { name: name!, params, value: line.slice(colon + 1) };
  });
}

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));

/** The VEVENTs, each as a map from property name to property. */
function events(text: string): Map<string, Property>[] {
  const result: Map<string, Property>[] = [];
  let current: Map<string, Property> | undefined;
  for (const property of unfold(text)) {
    if (property.name === 'BEGIN' && property.value === 'VEVENT') current = new Map();
    else if (property.name === 'END' && property.value === 'VEVENT') {
      result.push(current!);
      current = undefined;
    } else current?.set(property.name, property);
  }
  return result;
}

const text = (event: Map<string, Property>, name: string): string => unescapeText(event.get(name)?.value ?? '');

function milestonePlan(item: Partial<Item>, extra: Partial<Plan> = {}): Plan {
  const plan = planOf({ m: ['2026-03-20', '2026-03-20'] }, extra);
  plan.items[0] = { ...plan.items[0]!, kind: 'milestone', ...item };
  return plan;
}

describe('planToICS', () => {
  it('writes the calendar header with the plan title', () => {
    const plan = enterprisePlan('2026-03-02');
    const props = unfold(planToICS(plan, { now: NOW }));
    expect(props[0]).to.deep.equal({ name: 'BEGIN', params: [], value: 'VCALENDAR' });
    expect(props.at(-1)).to.deep.equal({ name: 'END', params: [], value: 'VCALENDAR' });
    const value = (name: string): string | undefined => props.find((prop) => prop.name === name)?.value;
    expect(value('VERSION')).to.equal('2.0');
    expect(value('PRODID')).to.equal('-//map-timeline//EN');
    expect(value('CALSCALE')).to.equal('GREGORIAN');
    expect(unescapeText(value('X-WR-CALNAME')!)).to.equal(plan.title);
  });

  it('has one event per milestone and decision plus the target date', () => {
    for (const sample of SAMPLE_PLANS) {
      const plan = sample.build('2026-03-02');
      const expected = plan.items.filter((item) => item.kind !== 'task').length + (plan.targetDate ? 1 : 0);
      expect(events(planToICS(plan, { now: NOW })).length, sample.id).to.equal(expected);
    }
    const untargeted = milestonePlan({});
    expect(events(planToICS(untargeted)).length).to.equal(1);
  });

  it('keeps UIDs stable across exports', () => {
    const plan = enterprisePlan('2026-03-02');
    const uids = (ics: string): string[] => events(ics).map((event) => text(event, 'UID'));
    const first = uids(planToICS(plan, { now: NOW }));
    const later = uids(planToICS(enterprisePlan('2026-04-06'), { now: '2026-04-01T12:00:00Z' }));
    expect(later).to.deep.equal(first);
    expect(new Set(first).size).to.equal(first.length);
    expect(first).to.include.members(['decision@enterprise.map-timeline', 'target@enterprise.map-timeline']);
  });

  it('writes all-day dates, the summary and categories', () => {
    const plan = enterprisePlan('2026-03-02');
    const all = events(planToICS(plan, { now: NOW }));
    const byUid = (id: string): Map<string, Property> =>
      all.find((event) => text(event, 'UID') === `${id}@enterprise.map-timeline`)!;
    const decision = byUid('decision');
    const day = addDays('2026-03-02', 44);
    expect(decision.get('DTSTART')!.params).to.deep.equal(['VALUE=DATE']);
    expect(decision.get('DTSTART')!.value).to.equal(day.replaceAll('-', ''));
    expect(decision.get('DTEND')!.value).to.equal(addDays(day, 1).replaceAll('-', ''));
    expect(decision.get('DTSTAMP')!.value).to.equal('20260301T093000Z');
    expect(text(decision, 'SUMMARY'), 'a title that says it is a decision is not told so again').to.equal(
      'Go / no-go decision',
    );
    const named = {
      ...plan,
      items: plan.items.map((item) => (item.id === 'decision' ? { ...item, title: 'Budget go-ahead' } : item)),
    };
    const renamed = events(planToICS(named, { now: NOW })).find(
      (event) => text(event, 'UID') === 'decision@enterprise.map-timeline',
    )!;
    expect(text(renamed, 'SUMMARY'), 'one that does not is').to.equal('Decision: Budget go-ahead');
    expect(decision.get('CATEGORIES')!.value).to.equal('decision');
    expect(text(byUid('signature'), 'SUMMARY')).to.equal('Contract signature');
    expect(text(byUid('signature'), 'DESCRIPTION')).to.equal(
      'Party: Acme Logistics\nOwner: Robert Chu, signer\nAssumes Go / no-go decision is yes',
    );
    const target = byUid('target');
    expect(text(target, 'SUMMARY')).to.equal(`Target: ${plan.title}`);
    expect(target.get('DTSTART')!.value).to.equal(plan.targetDate!.replaceAll('-', ''));
  });

  it('moves DTEND to the next calendar day across month and year ends', () => {
    for (const [date, start, end] of [
      ['2026-03-20', '20260320', '20260321'],
      ['2026-03-31', '20260331', '20260401'],
      ['2028-02-28', '20280228', '20280229'],
      ['2026-12-31', '20261231', '20270101'],
    ] as const) {
      const [event] = events(planToICS(milestonePlan({ start: date, end: date }), { now: NOW }));
      expect([event!.get('DTSTART')!.value, event!.get('DTEND')!.value], date).to.deep.equal([start, end]);
    }
  });

  it('escapes backslashes, semicolons, commas and line breaks so they read back unchanged', () => {
    const title = 'Legal; review, phase\\2\nsecond line\r\nthird';
    const notes = 'a,b;c\\d';
    const ics = planToICS(milestonePlan({ title, notes }), { now: NOW });
    expect(ics).to.contain('SUMMARY:Legal\\; review\\, phase\\\\2\\nsecond line\\nthird');
    const [event] = events(ics);
    expect(text(event!, 'SUMMARY')).to.equal(title.replace('\r\n', '\n'));
    expect(text(event!, 'DESCRIPTION').split('\n').at(-1)).to.equal(notes);
  });

  it('folds lines at 75 octets without splitting a character, with CRLF only', () => {
    const title = `${'Überprüfung — ünd ë 日本語 '.repeat(8)}😀🚀`;
    const plan = milestonePlan({ title, notes: 'x'.repeat(300) }, { title, targetDate: '2026-03-31' });
    const ics = planToICS(plan, { now: NOW });
    expect(ics.replaceAll('\r\n', '')).to.not.match(/[\r\n]/);
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.filter((line) => line.startsWith(' ')).length).to.be.greaterThan(5);
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(decoder.decode(encoder.encode(line)), 'no half of a surrogate pair').to.equal(line);
    }
    const [event, target] = events(ics);
    expect(text(event!, 'SUMMARY')).to.equal(title);
    expect(text(target!, 'SUMMARY')).to.equal(`Target: ${title}`);
    expect(unescapeText(unfold(ics).find((prop) => prop.name === 'X-WR-CALNAME')!.value)).to.equal(title);
  });

  it('marks cancelled steps', () => {
    const [cancelled] = events(planToICS(milestonePlan({ status: 'cancelled' })));
    const [open] = events(planToICS(milestonePlan({ status: 'todo' })));
    expect(cancelled!.get('STATUS')!.value).to.equal('CANCELLED');
    expect(open!.has('STATUS')).to.equal(false);
  });

  it('leaves internal milestones out of the buyer calendar', () => {
    const plan = milestonePlan({ internal: true }, { targetDate: '2026-03-31' });
    expect(events(planToICS(plan, { now: NOW })).length).to.equal(2);
    const buyer = events(planToICS(plan, { audience: 'buyer', now: NOW }));
    expect(buyer.map((event) => text(event, 'UID'))).to.deep.equal(['target@test.map-timeline']);
  });
});
