import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { changesFor, describeChange } from '../../demo/describe-change.js';
import { EventLog } from '../../demo/event-log.js';
import { moveItems, removeItems, updateItem } from '../../src/model/commands.js';
import { removeParty } from '../../src/model/party-commands.js';
import { updatePlan } from '../../src/model/plan-commands.js';
import { appendLog } from '../../src/model/log.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import type { LogEntry, Plan } from '../../src/model/types.js';

/** The event log's lines for a change, as the audience reads them. */
function logLines(audience: 'seller' | 'buyer', plan: Plan, changes: readonly LogEntry[]): string[] {
  const shown = changesFor(audience, plan, changes);
  return shown.changes.map((entry) => {
    const host = document.createElement('div');
    render(describeChange(entry, shown.plan), host);
    return host.textContent!.replace(/\s+/g, ' ').trim();
  });
}

describe('the demo’s event log and the audience', () => {
  const plan = enterprisePlan('2026-11-25');

  it('tells the seller about every step a move pushed, internal ones included', () => {
    const edit = moveItems(plan, ['business-case'], 5);
    const lines = logLines('seller', edit.plan, edit.changes);
    expect(lines[0]).to.match(/^Business case: moved \+3 working days/);
    expect(lines.some((line) => line.startsWith('EB meeting prep'))).to.equal(true);
  });

  it('names fields and the steps they point to in words, not ids', () => {
    const unconditional = updateItem(plan, 'msa', { ifYes: undefined });
    expect(logLines('seller', unconditional.plan, unconditional.changes)[0]).to.equal(
      'MSA redlines: no longer only if yes to Go / no-go decision',
    );
    const targeted = updatePlan({ ...plan, targetDate: undefined }, { targetDate: '2027-01-29' });
    expect(logLines('seller', targeted.plan, targeted.changes)[0]).to.equal('Plan target date set to 29 Jan');
    const untargeted = updatePlan(plan, { targetDate: undefined });
    expect(logLines('seller', untargeted.plan, untargeted.changes)[0]).to.match(
      /^Plan target date cleared \(was .+\)$/,
    );
    const internal = updateItem(plan, 'security-review', { internal: true });
    expect(logLines('seller', internal.plan, internal.changes)[0]).to.equal('Security review: internal no → yes');
    const rebaselined = updateItem(plan, 'security-review', { baseline: { start: '2026-12-07', end: '2026-12-11' } });
    expect(logLines('seller', rebaselined.plan, rebaselined.changes)[0]).to.match(
      /^Security review: agreed dates .+ → 7 Dec – 11 Dec$/,
    );
    // The plan's status is its agreement, in the colours the toolbar offers.
    const amber = updatePlan({ ...plan, status: 'vague' }, { status: 'verbal' });
    expect(logLines('seller', amber.plan, amber.changes)).to.deep.equal(['Plan agreement RED → AMBER']);
    const calendar = { workdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25', '2026-12-28'] };
    const withCalendar = updatePlan({ ...plan, calendar: undefined }, { calendar });
    expect(logLines('seller', withCalendar.plan, withCalendar.changes)[0]).to.equal(
      'Plan working days every day → Mon–Fri, 2 holidays',
    );
  });

  it('says a step pushed across a weekend moved by working days, where its calendar days changed', () => {
    const calendar = { workdays: [1, 2, 3, 4, 5], holidays: [] };
    const weekdays = updatePlan({ ...plan, calendar: undefined }, { calendar }).plan;
    // Thursday and Friday: a working day later it is Friday and Monday, two working days still.
    const placed = updateItem(weekdays, 'security-review', { start: '2026-12-03', end: '2026-12-04' }).plan;
    const edit = moveItems(placed, ['security-review'], 1, {}, 'workdays');
    const moved = edit.plan.items.find((item) => item.id === 'security-review')!;
    expect([moved.start, moved.end], 'the control: the calendar days changed').to.deep.equal([
      '2026-12-04',
      '2026-12-07',
    ]);
    expect(logLines('seller', edit.plan, edit.changes)[0]).to.equal(
      'Security review: moved +1 working day to 4 Dec – 7 Dec',
    );
    const back = moveItems(edit.plan, ['security-review'], -1, {}, 'workdays');
    expect(logLines('seller', back.plan, back.changes)[0]).to.equal(
      'Security review: moved −1 working day to 3 Dec – 4 Dec',
    );
    // In the plan's own unit however the move was made: a drag of a week is five working days, and a one-day step
    // from a Friday to the Monday one.
    const dragged = moveItems(placed, ['security-review'], 7);
    expect(logLines('seller', dragged.plan, dragged.changes)[0]).to.equal(
      'Security review: moved +5 working days to 10 Dec – 11 Dec',
    );
    const oneDay = updateItem(weekdays, 'security-review', { start: '2026-12-04', end: '2026-12-04' }).plan;
    const toMonday = moveItems(oneDay, ['security-review'], 1, {}, 'workdays');
    expect(logLines('seller', toMonday.plan, toMonday.changes)[0]).to.equal(
      'Security review: moved +1 working day to 7 Dec',
    );
    // Without a calendar, a step whose length changed still shows both spans.
    const stretched = updateItem(plan, 'security-review', { end: '2026-12-20' });
    expect(logLines('seller', stretched.plan, stretched.changes)[0]).to.match(/^Security review: end .+ → 20 Dec$/);
  });

  it('tells the buyer nothing about internal steps, not even as a dependency', () => {
    const edit = moveItems(plan, ['business-case'], 5);
    const lines = logLines('buyer', edit.plan, edit.changes);
    expect(lines[0]).to.match(/^Business case: moved \+3 working days/);
    expect(lines.join(' | ')).not.to.contain('EB meeting prep');

    // A dependency list that names an internal step: the buyer reads only the visible ones.
    const linked = updateItem(plan, 'eb-meeting', { dependsOn: ['eb-prep', 'business-case', 'security-review'] });
    const [line] = logLines('buyer', linked.plan, linked.changes);
    expect(line).to.contain('Security review');
    expect(line).not.to.contain('EB meeting prep');
    expect(line).not.to.contain('eb-prep');
    // The control: the seller reads the internal step's title there.
    expect(logLines('seller', linked.plan, linked.changes)[0]).to.contain('EB meeting prep');

    // A change to internal steps alone leaves the buyer's log as it was.
    const internalOnly = updateItem(plan, 'eb-prep', { title: 'Prep the EB deck' });
    expect(logLines('buyer', internalOnly.plan, internalOnly.changes)).to.deep.equal([]);
    expect(logLines('seller', internalOnly.plan, internalOnly.changes)).to.have.length(1);
  });

  it('names a step just removed by its title where another step no longer waits for it', () => {
    const edit = removeItems(plan, ['sow-draft']);
    const committed = appendLog(edit.plan, edit.changes); // as the element commits it, with its log
    const lines = logLines('seller', committed, edit.changes);
    expect(lines[0]).to.equal('Removed Implementation SOW draft');
    const waiting = lines.find((line) => line.includes('after'));
    expect(waiting, 'a step that waited for it').to.exist;
    expect(waiting).to.contain('Implementation SOW draft');
    expect(waiting).not.to.contain('sow-draft');
  });

  it('says notes changed without quoting them, writes years when a date changes year, and names a removed lane', () => {
    const noted = updateItem(plan, 'eb-prep', { notes: 'Walk-away: 12% at most' });
    expect(logLines('seller', noted.plan, noted.changes)).to.deep.equal(['EB meeting prep: notes added']);
    const renoted = updateItem(noted.plan, 'eb-prep', { notes: 'Floor is $380k' });
    expect(logLines('seller', renoted.plan, renoted.changes)).to.deep.equal(['EB meeting prep: notes edited']);

    // A year typed wrong: 2028 for 2027.
    const step = plan.items.find((item) => item.id === 'msa')!;
    const yearLater = updateItem(plan, 'msa', { start: `2028${step.start.slice(4)}`, end: `2028${step.end.slice(4)}` });
    expect(logLines('seller', yearLater.plan, yearLater.changes)[0]).to.match(
      /^MSA redlines: moved \+261 working days to \d+ \w+ 2028/,
    );
    // The control: a move within the year stays short.
    const shifted = moveItems(plan, ['msa'], 2);
    expect(logLines('seller', shifted.plan, shifted.changes)[0]).to.match(
      /^MSA redlines: moved \+2 working days to \d+ \w+ – \d+ \w+$/,
    );

    const partner = plan.parties.find((party) => party.side === 'partner')!;
    const removed = removeParty(plan, partner.id, { moveStepsTo: plan.parties[0]!.id });
    const lines = logLines('seller', appendLog(removed.plan, removed.changes), removed.changes);
    expect(lines.join(' | ')).to.contain(`lane ${partner.name} → ${plan.parties[0]!.name}`);
    expect(lines.join(' | ')).not.to.contain(`lane ${partner.id} `);
  });

  it('hides what earlier rows said about internal steps once the view switches to the buyer', () => {
    const list = document.createElement('ul');
    const log = new EventLog(list);
    const edit = updateItem(plan, 'eb-prep', { title: 'Prep the EB deck' });
    const described = (audience: 'seller' | 'buyer') => {
      const shown = changesFor(audience, edit.plan, edit.changes);
      return shown.changes.map((entry) => describeChange(entry, shown.plan));
    };
    log.add('user', described('seller'), described('buyer'));
    log.add('demo', [html`Opened the plan`]);
    expect(list.textContent).to.contain('Prep the EB deck');
    log.audience = 'buyer';
    expect(list.textContent).not.to.contain('Prep the EB deck');
    expect(list.textContent, 'rows for both views stay').to.contain('Opened the plan');
    log.audience = 'seller';
    expect(list.textContent).to.contain('Prep the EB deck');
  });

  it('says nothing to the buyer of an internal step that was removed, where others stopped waiting for it', () => {
    const edit = removeItems(plan, ['eb-prep']);
    const committed = appendLog(edit.plan, edit.changes);
    const buyer = logLines('buyer', committed, edit.changes).join(' | ');
    expect(buyer).not.to.contain('eb-prep');
    expect(buyer).not.to.contain('EB meeting prep');
    // The control: the seller reads that it was removed.
    expect(logLines('seller', committed, edit.changes)[0]).to.equal('Removed EB meeting prep');
  });
});
