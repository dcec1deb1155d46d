import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { SAMPLE_PLANS } from '../../src/model/samples/index.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { chord, framesUntil } from '../support/input.js';

const liveText = (element: HTMLElement) => element.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

describe('<map-timeline> accessibility', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  for (const sample of SAMPLE_PLANS) {
    for (const view of ['timeline', 'table'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${sample.name}, ${view} view, ${theme} theme: no axe violations`, async () => {
          const element = await timelineWith(sample.build('2026-03-02'), { zoom: 'month' });
          element.view = view;
          element.theme = theme;
          await settle(element);
          await expect(element).to.be.accessible();
        });
      }
    }
  }

  it('names every step with what a sighted user sees, grouped by party', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-03-02'), { zoom: 'month' });
    const lanes = [...shadow(element).querySelectorAll('[role="listbox"]')].map((lane) =>
      lane.getAttribute('aria-label'),
    );
    expect(lanes[1]).to.match(/^Acme Logistics \(buyer\): \d+ steps, \d+ open$/);
    expect(stepNode(element, 'security-review').getAttribute('aria-label')).to.equal(
      'Security review, Acme Logistics (buyer), Tom Becker, security, 16 Mar to 1 Apr, blocked, depends on Tailored demo, 5 days late',
    );
  });

  it('offers one Tab stop into the timeline', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-03-02'), { zoom: 'month' });
    expect(shadow(element).querySelectorAll('[data-item-id][tabindex="0"]').length).to.equal(1);
  });

  it('creates, moves, links, edits, deletes and undoes by keyboard alone, announcing each change', async () => {
    const element = await timelineWith(
      planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-11', 'a'] }, { targetDate: '2026-03-13' }),
      { zoom: 'week' },
    );
    stepNode(element, 'a').focus();
    await sendKeys({ press: 'End' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('b');

    await sendKeys({ press: 'n' }); // new step after b, title editor open
    await settle(element);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await sendKeys({ type: 'Signature' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const added = element.getPlan().items.find((item) => item.title === 'Signature')!;
    expect(added).to.include({ partyId: 'buyer', start: '2026-03-12' });
    expect(added.dependsOn, 'added after b, it waits for b').to.deep.equal(['b']);
    expect(liveText(element)).to.equal('Signature updated');

    await chord(['Alt', 'Shift'], 'ArrowRight');
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === added.id)!.start).to.equal('2026-03-19');
    expect(liveText(element)).to.equal('Signature moved to 19 Mar; projected finish now 10 days late');

    await sendKeys({ press: 'Home' }); // select a, extend the selection to the new step, link it after a
    await settle(element);
    await chord(['Shift'], 'End');
    await settle(element);
    expect(element.selectedIds).to.deep.equal(['a', added.id]);
    await sendKeys({ press: 'l' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === added.id)!.dependsOn).to.deep.equal(['b', 'a']);

    await sendKeys({ press: 'F2' });
    await settle(element);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await sendKeys({ type: 'Contract signature' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(liveText(element)).to.equal('Contract signature updated');

    const notice = () => shadow(element).querySelector('.notice')?.textContent?.trim() ?? '';
    expect(notice(), 'no message before the deletion').not.to.contain('Deleted');
    await sendKeys({ press: 'Delete' });
    await settle(element);
    expect(element.getPlan().items.some((item) => item.id === added.id)).to.equal(false);
    expect(liveText(element)).to.match(/^Contract signature removed/);
    // Seen too, not only heard: a step gone by one key press in a meeting is one undo away.
    expect(notice()).to.equal('Deleted "Contract signature". Undo (Ctrl/⌘ + Z) brings it back.');

    await chord(['Control'], 'z');
    await settle(element);
    expect(element.getPlan().items.some((item) => item.id === added.id)).to.equal(true);
    expect(liveText(element)).to.match(/^Undone: Contract signature is back in the plan/);
    expect(notice(), 'the undo takes the message back').to.equal('');
  });

  it('links with L after the step the keyboard came from, with plain arrows', async () => {
    const element = await timelineWith(
      planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-11'], c: ['2026-03-16', '2026-03-18'] }),
      { zoom: 'week' },
    );
    const dependsOn = (id: string) => element.getPlan().items.find((item) => item.id === id)!.dependsOn;
    // The control: L on the first step the keyboard reached links nothing, and says how.
    stepNode(element, 'a').focus();
    await settle(element);
    await sendKeys({ press: 'l' });
    await settle(element);
    expect(element.getPlan().items.every((item) => !item.dependsOn?.length)).to.equal(true);
    expect(shadow(element).querySelector('.notice')?.textContent).to.contain('To link:');
    await sendKeys({ press: 'End' }); // from a to the last step, c
    await settle(element);
    expect(element.selectedIds).to.deep.equal(['c']);
    await sendKeys({ press: 'l' });
    await settle(element);
    expect(dependsOn('c')).to.deep.equal(['a']);
    expect(liveText(element), 'the new arrow is named').to.equal('C now waits for A');
    // L again on the same pair: nothing changes, and it says why instead of nothing.
    await sendKeys({ press: 'Home' });
    await settle(element);
    await sendKeys({ press: 'End' });
    await settle(element);
    await sendKeys({ press: 'l' });
    await settle(element);
    expect(dependsOn('c')).to.deep.equal(['a']);
    expect(shadow(element).querySelector('.notice')?.textContent).to.contain('C already waits for A.');
  });

  it('lists the keyboard shortcuts on ?', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'] }), { zoom: 'week' });
    stepNode(element, 'a').focus();
    await sendKeys({ press: '?' });
    await settle(element);
    const dialog = shadow(element).querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.textContent).to.contain('Alt + ← / →');
    // A plan one lane high: the list is whole on the screen all the same, not cut to the element's height.
    await framesUntil(() => dialog.matches(':popover-open'), 'the list shows');
    const box = dialog.getBoundingClientRect();
    expect(box.height, 'taller than the element').to.be.greaterThan(element.getBoundingClientRect().height);
    expect(dialog.scrollHeight - dialog.clientHeight, 'nothing to scroll').to.be.at.most(1);
    // Every single-key command the keyboard controller answers is in the list.
    const keys = [...dialog.querySelectorAll('dt')].map((node) => node.textContent!.trim());
    for (const key of ['N', 'L', 'T', '?']) expect(keys, key).to.include(key);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]')).to.equal(null);
  });

  it('shows every date whole in the table, and statuses and kinds in words', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-11-25'), { zoom: 'week', width: 1030 });
    element.view = 'table';
    await settle(element);
    const cells = (column: string) => [...shadow(element).querySelectorAll<HTMLElement>(`tbody td.col-${column}`)];
    expect(cells('start').length).to.be.greaterThan(10);
    for (const cell of [...cells('start'), ...cells('end'), ...cells('kind'), ...cells('status')])
      expect(cell.scrollWidth, `"${cell.textContent}" is whole`).to.be.at.most(cell.clientWidth);
    expect(cells('start')[0]!.textContent).to.match(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect([...new Set(cells('status').map((cell) => cell.textContent))]).to.include.members([
      'Done',
      'In progress',
      'To do',
    ]);
    expect([...new Set(cells('kind').map((cell) => cell.textContent))]).to.include.members([
      'Task',
      'Milestone',
      'Decision',
    ]);
    // Choosing a row opens the panel beside the table and leaves the rows where they were, the late ones too (whose
    // steps lie far along the timeline).
    const table = shadow(element).querySelector<HTMLElement>('.scroller')!;
    table.scrollTop = 60;
    await settle(element);
    expect(table.scrollTop, 'scrolled part way').to.equal(60);
    const rows = [...shadow(element).querySelectorAll<HTMLElement>('tbody tr[data-item-id]')];
    rows.at(-1)!.click();
    await settle(element);
    await settle(element);
    expect(shadow(element).querySelector('.inspector'), 'the panel is open').to.exist;
    expect([table.scrollTop, table.scrollLeft]).to.deep.equal([60, 0]);
    // Text cut short by its column is whole on hover.
    const owner = cells('owner').find((cell) => cell.scrollWidth > cell.clientWidth);
    expect(owner, 'an owner cell cut short').to.exist;
    expect(owner!.title).to.equal(owner!.textContent);
  });

  it('marks in the table what the timeline shows on a step: internal, and holding only if the decision is yes', async () => {
    const plan = planOf({
      d: ['2026-03-11', '2026-03-11'],
      e: ['2026-03-12', '2026-03-13', 'd'],
      f: ['2026-03-16', '2026-03-18'],
    });
    plan.items[0]!.kind = 'decision';
    plan.items[0]!.title = 'Go / no-go';
    plan.items[1]!.ifYes = 'd';
    plan.items[2]!.internal = true;
    const element = await timelineWith(plan, { zoom: 'week' });
    element.view = 'table';
    await settle(element);
    const tags = (id: string) =>
      [...shadow(element).querySelectorAll<HTMLElement>(`tr[data-item-id="${id}"] td.col-title .tag`)].map((tag) => [
        tag.textContent,
        tag.title,
      ]);
    expect(tags('e')).to.deep.equal([['if yes', 'Holds only if “Go / no-go” is yes']]);
    expect(tags('f')).to.deep.equal([['internal', 'Internal: hidden from the buyer']]);
    expect(tags('d')).to.deep.equal([]);
    // A title too long for its column gives way to the tags, which stay whole.
    element.updateItem('e', { title: 'Security questionnaire and penetration test report review', internal: true });
    await settle(element);
    const cell = shadow(element).querySelector('tr[data-item-id="e"] td.col-title')!.getBoundingClientRect();
    const marks = [...shadow(element).querySelectorAll<HTMLElement>('tr[data-item-id="e"] td.col-title .tag')];
    expect(marks.map((tag) => tag.textContent)).to.deep.equal(['internal', 'if yes']);
    for (const tag of marks) {
      expect(tag.scrollWidth, `"${tag.textContent}" whole`).to.be.at.most(tag.clientWidth);
      expect(tag.getBoundingClientRect().right, `"${tag.textContent}" inside its cell`).to.be.at.most(cell.right);
    }
    // A decision taken (done) was a yes: the steps after it are firm.
    element.updateItem('d', { status: 'done' });
    await settle(element);
    expect(tags('e').map(([text]) => text)).to.deep.equal(['internal']);
  });

  it('keeps each row’s step title in view when the table is scrolled sideways', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-11-25'), { zoom: 'week', width: 700 });
    element.view = 'table';
    await settle(element);
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth, 'the control: the table is wider than its view').to.be.above(scroller.clientWidth);
    const title = () => shadow(element).querySelector('tbody tr[data-item-id] td.col-title')!.getBoundingClientRect();
    const owner = () => shadow(element).querySelector('tbody tr[data-item-id] td.col-owner')!.getBoundingClientRect();
    const [titleBefore, ownerBefore] = [title().left, owner().left];
    scroller.scrollLeft = 200;
    await settle(element);
    expect(owner().left, 'the other cells scrolled').to.be.closeTo(ownerBefore - 200, 1);
    expect(title().left, 'the title stayed').to.be.closeTo(titleBefore, 1);
    const hit = shadow(element).elementFromPoint(title().left + 10, title().top + title().height / 2);
    expect(
      hit?.closest('td')?.classList.contains('col-title'),
      'and is drawn over the cells that pass under it',
    ).to.equal(true);
  });

  it('shows the same plan as a sortable table and edits it with the same keys', async () => {
    const element = await timelineWith(
      planOf({
        a: ['2026-03-02', '2026-03-04'],
        b: ['2026-03-09', '2026-03-11', 'a'],
        c: ['2026-03-03', '2026-03-05'],
      }),
      { zoom: 'week' },
    );
    element.view = 'table';
    await settle(element);
    const rows = () => [...shadow(element).querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-item-id'));
    expect(rows()).to.deep.equal(['a', 'c', 'b']);
    (shadow(element).querySelector('th:nth-child(1) button') as HTMLButtonElement).click();
    await settle(element);
    expect(rows()).to.deep.equal(['a', 'b', 'c']);
    expect(shadow(element).querySelector('th:nth-child(1)')!.getAttribute('aria-sort')).to.equal('ascending');
    (shadow(element).querySelector('tbody tr') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await chord(['Alt'], 'ArrowRight');
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'b')!.start).to.equal('2026-03-10');
    // a is overdue on 10 Mar, so b cannot start before 11 Mar: the finish the timeline shows (13 Mar) did not move.
    expect(liveText(element)).to.equal('B moved to 10 Mar');
  });
});
