import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent } from '../../src/events.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { chord, record } from '../support/input.js';

const fixture = async (name: string): Promise<File> => {
  const response = await fetch(`/static/test/import/fixtures/${name}`);
  return new File([await response.arrayBuffer()], name, { type: 'text/csv' });
};
const csvFile = (name: string, text: string): File => new File([text], name, { type: 'text/csv' });
const current = () => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-11', 'a'] });

type Preview = MapTimeline & { plan: Plan };
const dialogOf = (element: MapTimeline) => shadow(element).querySelector<HTMLDialogElement>('dialog.import-dialog');
const previewOf = (element: MapTimeline) => dialogOf(element)?.querySelector<Preview>('.import-timeline') ?? null;
const confirmButton = (element: MapTimeline) => dialogOf(element)!.querySelector<HTMLButtonElement>('.primary')!;
const note = (element: MapTimeline) => dialogOf(element)!.querySelector('.import-note')!.textContent!.trim();

/** Waits for the preview dialog to be open and its timeline to show the plan read from the file. */
async function openPreview(element: MapTimeline, withPlan = true): Promise<HTMLDialogElement> {
  await waitUntil(() => dialogOf(element)?.open, 'the preview dialog opens');
  if (withPlan) await waitUntil(() => previewOf(element)?.plan.items.length, 'the preview shows the plan');
  return dialogOf(element)!;
}

function dragEvent(type: string, file: File): DragEvent {
  const data = new DataTransfer();
  data.items.add(file);
  return new DragEvent(type, { dataTransfer: data, bubbles: true, composed: true, cancelable: true });
}

describe('<map-timeline> import', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('importFile resolves with the plan, the issues and what was detected, and leaves the plan shown alone', async () => {
    const element = await timelineWith(current());
    const before = element.getPlan();
    const loads = record(element, 'map-load');
    const changes = record(element, 'map-change');
    const result = await element.importFile(await fixture('helios-map.csv'));

    expect(result.plan!.items.map((item) => item.title)).to.deep.equal([
      'Discovery call',
      'Share requirements',
      'Technical deep dive',
      'Internal pricing approval',
      'Security review',
      'Proposal',
      'Legal redlines',
      'Contract signed',
    ]);
    expect(result.plan!.parties.map((party) => party.name)).to.deep.equal(['Helios Analytics', 'Northwind Foods']);
    expect(result.plan!.targetDate).to.equal('2027-06-30');
    const warning = result.issues.find((issue) => issue.code === 'duration-assumed')!;
    expect([warning.severity, warning.row, warning.column]).to.deep.equal(['warning', 15, 'F']);
    expect(result.detected.headerRow).to.equal(11);
    expect(result.detected.parties).to.deep.equal({ Provider: 'seller', Client: 'buyer', Joint: 'seller' });

    expect(element.getPlan()).to.deep.equal(before);
    expect([loads.length, changes.length]).to.deep.equal([0, 0]);
    expect(dialogOf(element), 'no preview without `preview: true`').to.equal(null);
    // Positive control: applying the result does change the plan shown.
    element.plan = result.plan!;
    await settle(element);
    expect(element.getPlan().items.map((item) => item.id)).to.include('step-14');
  });

  it("takes today from the element's clock: a work-back that starts before it puts the target at risk", async () => {
    const text =
      'Target Close Date:,2026-03-20\n\n#,Task,Owner,Days,Depends On\n1,Build,Vendor,30,\n2,Sign,Client,0,1\n';
    const atRisk = async (today: string) => {
      const element = await timelineWith(current());
      element.today = today;
      const result = await element.importFile(csvFile('risk.csv', text));
      return result.issues.some((issue) => issue.code === 'target-at-risk' && issue.row === 4);
    };
    expect(await atRisk('2026-03-10'), 'today after the computed start').to.equal(true);
    expect(await atRisk('2026-01-05'), 'today before it').to.equal(false);
  });

  it('draws the preview on the day the file was read for: `importFile`’s `today`, else the element’s', async () => {
    const element = await timelineWith(current()); // today 2026-03-10
    void element.importFile(await fixture('helios-map.csv'), { preview: true, today: '2026-05-04' });
    await openPreview(element);
    expect(previewOf(element)!.getAttribute('today')).to.equal('2026-05-04');
    expect(previewOf(element)!.today).to.equal('2026-05-04');
    dialogOf(element)!.close();

    const control = await timelineWith(current());
    void control.importFile(await fixture('helios-map.csv'), { preview: true });
    await openPreview(control);
    expect(previewOf(control)!.getAttribute('today'), 'the control: no today given').to.equal('2026-03-10');
  });

  it('draws the preview as the audience shown sees it: no internal step in the buyer’s view', async () => {
    const drawn = (element: MapTimeline) =>
      [...shadow(previewOf(element)!).querySelectorAll('.step')].map((node) => node.textContent!.trim());
    const seller = await timelineWith(current());
    void seller.importFile(await fixture('helios-map.csv'), { preview: true, today: '2026-05-04' });
    await openPreview(seller);
    await waitUntil(() => drawn(seller).length > 0, 'the preview draws the steps');
    expect(drawn(seller).join(' '), 'the control: the seller’s view').to.contain('Internal pricing approval');

    const buyer = await timelineWith(current(), { audience: 'buyer' });
    void buyer.importFile(await fixture('helios-map.csv'), { preview: true, today: '2026-05-04' });
    await openPreview(buyer);
    await waitUntil(() => drawn(buyer).length > 0, 'the preview draws the steps');
    expect(drawn(buyer).join(' ')).not.to.contain('Internal pricing approval');
    expect(drawn(buyer).join(' ')).to.contain('Security review');
  });

  it('a dropped file shows the drop hint, then opens the preview; a read-only timeline ignores drops', async () => {
    const readonly = await timelineWith(current(), { readonly: true });
    readonly.dispatchEvent(dragEvent('dragover', await fixture('helios-map.csv')));
    await settle(readonly);
    expect(shadow(readonly).querySelector('[data-drop-hint]'), 'no hint while read-only').to.equal(null);
    const ignored = dragEvent('drop', await fixture('helios-map.csv'));
    readonly.dispatchEvent(ignored);
    expect(ignored.defaultPrevented).to.equal(false);

    const element = await timelineWith(current());
    const over = dragEvent('dragover', await fixture('helios-map.csv'));
    element.dispatchEvent(over);
    expect(over.defaultPrevented, 'the element accepts the drop').to.equal(true);
    await settle(element);
    expect(shadow(element).querySelector('[data-drop-hint]')!.textContent).to.include('Drop to import');
    element.dispatchEvent(dragEvent('drop', await fixture('helios-map.csv')));
    const dialog = await openPreview(element);
    expect(shadow(element).querySelector('[data-drop-hint]'), 'hint gone after the drop').to.equal(null);
    expect(dialog.querySelector('h2')!.textContent).to.include('helios-map.csv');
    expect(previewOf(element)!.plan.items).to.have.length(8);
    expect(previewOf(element)!.readonly).to.equal(true);
    expect(dialog.querySelector('.import-findings')!.textContent).to.include('rows 15 and 17, column F "Est. Days"');
    expect(dialogOf(readonly), 'the read-only timeline opened nothing').to.equal(null);
  });

  it('Confirm applies the import as one undoable change: one map-change, and undo brings the old plan back', async () => {
    const element = await timelineWith(current());
    const before = element.getPlan();
    const loads = record(element, 'map-load');
    const changes = record<MapChangeEvent>(element, 'map-change');
    await element.importFile(await fixture('helios-map.csv'), { preview: true });
    await openPreview(element);
    expect(loads, "the preview's own timeline fires nothing through the element").to.have.length(0);
    expect(confirmButton(element).disabled).to.equal(false);
    // The file names the deal and its target: the plan takes them.
    expect(note(element)).to.equal(
      'Replaces the steps and lanes of “Test plan”. Undo (Ctrl/⌘ + Z) brings the current plan back.',
    );
    confirmButton(element).click();
    await settle(element);

    expect(dialogOf(element), 'the dialog closed').to.equal(null);
    expect(changes).to.have.length(1);
    const { detail } = changes[0]!;
    expect(detail.source).to.equal('user');
    expect(detail.changes.map((change) => [change.op, change.note])).to.deep.equal([
      ['plan', 'Imported “helios-map.csv”: 8 steps in 2 lanes'],
    ]);
    expect(detail.plan.items.map((item) => item.title)).to.include('Legal redlines');
    expect(detail.plan.id, 'the plan keeps its id').to.equal('test');
    expect(detail.plan.title, 'the title the file names').to.equal(
      'Mutual Action Plan — Helios Analytics × Northwind Foods',
    );
    expect(element.getPlan().parties.map((party) => party.name)).to.deep.equal(['Helios Analytics', 'Northwind Foods']);
    // Confirm also fits the timeline to the imported plan, which lies a year after the old one.
    await waitUntil(() => stepNode(element, 'step-18'), 'the imported steps are drawn');

    expect(element.undo()).to.equal(true);
    await settle(element);
    const { log: _log, ...restored } = element.getPlan();
    const { log: _before, ...original } = before;
    expect(restored).to.deep.equal(original);
    expect(changes.map((event) => event.detail.source)).to.deep.equal(['user', 'undo']);
  });

  it('a spreadsheet replaces the steps and lanes of a deal, which keeps its title and target; its agreement goes back to vague', async () => {
    const element = await timelineWith({
      ...current(),
      title: 'Acme renewal',
      targetDate: '2027-02-05',
      status: 'verbal',
    });
    const csv = csvFile(
      'Sheet1.csv',
      'Step,Owner,Start,End\nKick-off,Dana,2027-01-11,2027-01-12\nPilot,Tom,2027-01-13,2027-01-22\n',
    );
    void element.importFile(csv, { preview: true, today: '2026-12-06' });
    await openPreview(element);
    expect(note(element)).to.equal(
      'Replaces the steps and lanes of “Acme renewal”, which keeps its title and its target date, 5 Feb 2027. ' +
        'Its agreement goes back to vague: the buyer has not agreed to these steps yet. ' +
        'Undo (Ctrl/⌘ + Z) brings the current plan back.',
    );
    const previewed = previewOf(element)!.getPlan();
    expect([previewed.title, previewed.targetDate], 'the preview shows the deal as it will be').to.deep.equal([
      'Acme renewal',
      '2027-02-05',
    ]);
    confirmButton(element).click();
    await settle(element);
    const plan = element.getPlan();
    expect([plan.title, plan.targetDate, plan.status ?? 'vague']).to.deep.equal([
      'Acme renewal',
      '2027-02-05',
      'vague',
    ]);
    expect(plan.items.map((item) => item.title)).to.deep.equal(['Kick-off', 'Pilot']);

    // The control: a file that names the deal and its target gives them.
    const named = csvFile(
      'Sheet1.csv',
      'Deal:,Globex expansion\nTarget close:,2027-03-31\n\nStep,Owner,Start,End\nKick-off,Dana,2027-01-11,2027-01-12\n',
    );
    void element.importFile(named, { preview: true, today: '2026-12-06' });
    await openPreview(element);
    confirmButton(element).click();
    await settle(element);
    expect([element.getPlan().title, element.getPlan().targetDate]).to.deep.equal(['Globex expansion', '2027-03-31']);
  });

  it('lists the rows the file puts before a step they wait for in the findings, not as news after the import', async () => {
    const element = await timelineWith(current());
    const csv = csvFile(
      'deal.csv',
      'Step,Owner,Start,End,Depends on\nBusiness case,Dana,2027-01-25,2027-02-05,\nPricing proposal,Dana,2027-02-01,2027-02-03,Business case\n' +
        'Review,Tom,2027-02-08,2027-02-09,Business case\n',
    );
    void element.importFile(csv, { preview: true, today: '2026-12-06' });
    const dialog = await openPreview(element);
    expect(dialog.querySelector('.import-issues')!.textContent).to.contain(
      'row 3: starts before a step it waits for ends',
    );
    confirmButton(element).click();
    await settle(element);
    expect(shadow(element).querySelector('.notice')?.textContent ?? '').not.to.contain('now starts before');
    // The control: a move of the user's own that puts a step out of order is said.
    const review = element.getPlan().items.find((item) => item.title === 'Review')!;
    await waitUntil(() => stepNode(element, review.id), 'Review is drawn');
    stepNode(element, review.id)!.focus();
    await chord(['Alt', 'Shift'], 'ArrowLeft');
    await settle(element);
    expect(shadow(element).querySelector('.notice')?.textContent ?? '').to.contain(
      'Review now starts before Business case ends',
    );
  });

  it('an import made in the table view shows its steps when the timeline comes back', async () => {
    const inView = (element: MapTimeline) => {
      const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
      return [...shadow(element).querySelectorAll('.step')].filter((node) => {
        const box = node.getBoundingClientRect();
        return box.right > scroller.left + 160 && box.left < scroller.right;
      }).length;
    };
    const csv = csvFile(
      'deal.csv',
      'Step,Owner,Start,End\nKick-off,Dana,2027-09-06,2027-09-07\nPilot,Tom,2027-09-08,2027-09-17\nSignature,Maria,2027-09-20,2027-09-20\n',
    );
    const element = await timelineWith(current(), { zoom: 'week' });
    element.view = 'table';
    await settle(element);
    void element.importFile(csv, { preview: true, today: '2026-12-06' });
    await openPreview(element);
    confirmButton(element).click();
    await settle(element);
    element.view = 'timeline';
    await settle(element);
    await waitUntil(() => inView(element) === 3, 'the imported steps are in view');

    // The control: the same import made in the timeline view.
    const control = await timelineWith(current(), { zoom: 'week' });
    void control.importFile(csv, { preview: true, today: '2026-12-06' });
    await openPreview(control);
    confirmButton(control).click();
    await settle(control);
    await waitUntil(() => inView(control) === 3, 'the imported steps are in view');
  });

  it('changing a column in the mapping reads the file again with it', async () => {
    const element = await timelineWith(current());
    await element.importFile(await fixture('helios-map.csv'), { preview: true });
    const dialog = await openPreview(element);
    const title = dialog.querySelector<HTMLSelectElement>('select[data-field="title"]')!;
    expect(title.value).to.equal('C');
    expect([...title.options].map((option) => option.textContent!.trim())).to.include('B · Phase');
    title.value = 'B';
    title.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => previewOf(element)!.plan.items[0]!.title === 'Discovery', 'titles read from column B');
    expect(dialog.querySelector<HTMLSelectElement>('select[data-field="title"]')!.value).to.equal('B');

    const owner = dialog.querySelector<HTMLSelectElement>('select[data-field="owner"]')!;
    owner.value = '';
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => previewOf(element)!.plan.items.every((item) => item.owner === undefined), 'no owners');
    expect(dialog.querySelector<HTMLSelectElement>('select[data-field="owner"]')!.value).to.equal('');
  });

  it('offers every column of a workbook in the mapping, and names the one it did not read', async () => {
    const element = await timelineWith(current());
    const response = await fetch('/static/test/import/fixtures/initech-map.xlsx');
    const file = new File([await response.arrayBuffer()], 'initech-map.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await element.importFile(file, { preview: true });
    const dialog = await openPreview(element);
    const notes = dialog.querySelector<HTMLSelectElement>('select[data-field="notes"]')!;
    expect([...notes.options].map((option) => option.textContent!.trim())).to.include.members([
      'E · Predecessor',
      'F · Owner email',
      'G · Internal?',
    ]);
    const preview = previewOf(element)!.plan;
    const discount = preview.items.find((item) => item.title.startsWith('Discount'))!;
    expect(discount.internal, '"Internal?" read as the internal column').to.equal(true);
    expect(discount.dependsOn, '"Predecessor" read as the dependencies').to.have.length(1);
    expect(dialog.textContent).to.include('column F "Owner email" was not read');

    notes.value = 'F';
    notes.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => previewOf(element)!.plan.items[0]!.notes === 'ana@example.com',
      'the unread column is read once mapped',
    );
  });

  it("moves an owner's steps to the lane chosen for it", async () => {
    const element = await timelineWith(current());
    await element.importFile(await fixture('helios-map.csv'), { preview: true });
    const dialog = await openPreview(element);
    const joint = dialog.querySelector<HTMLSelectElement>('select[data-owner="Joint"]')!;
    expect(joint.value).to.equal('seller');
    joint.value = 'buyer';
    joint.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => previewOf(element)!.plan.items.find((item) => item.id === 'step-14')!.partyId === 'buyer');
    const moved = previewOf(element)!.plan.items.find((item) => item.id === 'step-14')!;
    expect(moved.withPartyIds, 'still a joint step, now with the seller').to.deep.equal(['seller']);
    confirmButton(element).click();
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'step-18')!.partyId).to.equal('buyer');
  });

  it('gives an owner a partner lane of its own, named after it, and the other owners can join it', async () => {
    const element = await timelineWith(current());
    const csv = [
      'Step,Owner,End,Depends on',
      'Discovery workshop,Northwind,2027-03-05,',
      'Security review,Acme Logistics,2027-03-12,Discovery workshop',
      'Partner SOW,Brightpath Consulting,2027-03-19,Security review',
      'Implementation kickoff,Brightpath Consulting,2027-03-26,Partner SOW',
    ].join('\n');
    await element.importFile(csvFile('deal.csv', csv), { preview: true });
    const dialog = await openPreview(element);
    const lane = (owner: string) => dialog.querySelector<HTMLSelectElement>(`select[data-owner="${owner}"]`)!;
    expect(lane('Brightpath Consulting').value, 'the owner names no side: our lane at first').to.equal('seller');
    const own = [...lane('Brightpath Consulting').options].find(
      (option) => option.text === 'A partner lane of its own',
    )!;
    lane('Brightpath Consulting').value = own.value;
    lane('Brightpath Consulting').dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => previewOf(element)!.plan.parties.length === 3, 'the preview gains a lane');
    const partner = previewOf(element)!.plan.parties[2]!;
    expect([partner.name, partner.side]).to.deep.equal(['Brightpath Consulting', 'partner']);
    await waitUntil(() => lane('Brightpath Consulting').value === partner.id, 'the choice shows the new lane');
    expect(
      [...lane('Acme Logistics').options].map((option) => option.text),
      'the other owners are offered it',
    ).to.include('Brightpath Consulting');
    confirmButton(element).click();
    await settle(element);
    const plan = element.getPlan();
    expect(plan.parties.map((party) => `${party.name} (${party.side})`)).to.deep.equal([
      'Our team (seller)',
      'Customer (buyer)',
      'Brightpath Consulting (partner)',
    ]);
    expect(plan.items.map((item) => `${item.title}: ${item.partyId}`)).to.deep.equal([
      'Discovery workshop: seller',
      'Security review: seller',
      `Partner SOW: ${partner.id}`,
      `Implementation kickoff: ${partner.id}`,
    ]);
  });

  it('asks for the date order when the dates read both ways, and reads them again with the answer', async () => {
    const element = await timelineWith(current());
    const result = await element.importFile(await fixture('ambiguous-dates.csv'), { preview: true });
    expect(result.plan).to.equal(null);
    const dialog = await openPreview(element, false);
    expect(confirmButton(element).disabled).to.equal(true);
    expect(dialog.querySelector('.import-nothing')).to.exist;
    const dayFirst = dialog.querySelector<HTMLInputElement>('input[value="dmy"]')!;
    dayFirst.click();
    await waitUntil(() => previewOf(element)?.plan.items.length === 2, 'the plan read day-first');
    expect(previewOf(element)!.plan.items.map((item) => item.end)).to.deep.equal(['2027-04-03', '2027-06-05']);
    await waitUntil(() => !confirmButton(element).disabled, 'Confirm enabled once the dates are read');
  });

  it('a plan file (JSON) has no columns to map: the preview offers none, as it does for a spreadsheet', async () => {
    const element = await timelineWith(current());
    const json = new File([JSON.stringify({ ...current(), id: 'other', title: 'From JSON' })], 'plan.json', {
      type: 'application/json',
    });
    await element.importFile(json, { preview: true });
    const dialog = await openPreview(element);
    expect(dialog.querySelector('#mt-import-columns') !== null, 'a Columns section').to.equal(false);
    expect(dialog.querySelectorAll('select[data-field]')).to.have.length(0);
    // Not shared live: the note says nothing of anyone else.
    expect(note(element)).to.equal('Replaces “Test plan”. Undo (Ctrl/⌘ + Z) brings the current plan back.');
    dialog.querySelector<HTMLButtonElement>('.import-close')!.click();
    await settle(element);

    await element.importFile(await fixture('helios-map.csv'), { preview: true });
    const spreadsheet = await openPreview(element);
    expect(spreadsheet.querySelector('#mt-import-columns')?.textContent).to.equal('Columns');
    expect(spreadsheet.querySelectorAll('select[data-field]').length).to.be.greaterThan(3);
  });

  it('an error file disables Confirm and says why', async () => {
    const element = await timelineWith(current());
    const changes = record(element, 'map-change');
    await element.importFile(await fixture('cycle.csv'), { preview: true });
    const dialog = await openPreview(element, false);
    expect(confirmButton(element).disabled).to.equal(true);
    expect(note(element)).to.match(/^Cannot import: 1 error/);
    expect(dialog.querySelector('.import-issue.error')!.textContent).to.include('rows 2 → 4 → 3 → 2');
    expect(confirmButton(element).getAttribute('aria-describedby')).to.equal('mt-import-note');
    confirmButton(element).click();
    await settle(element);
    expect(changes).to.have.length(0);
  });

  it('Escape closes the preview without a change and gives focus back to where it was', async () => {
    const element = await timelineWith(current());
    const changes = record(element, 'map-change');
    const step = stepNode(element, 'b');
    step.focus();
    expect(shadow(element).activeElement).to.equal(step);
    await element.importFile(await fixture('helios-map.csv'), { preview: true });
    const dialog = await openPreview(element);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('mt-import-title');
    expect(shadow(element).activeElement, 'focus moves into the dialog').to.equal(
      dialog.querySelector('.import-close'),
    );
    // Tab from the last control comes back round to the first.
    confirmButton(element).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(dialog.querySelector('.import-close'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(element).activeElement).to.equal(confirmButton(element));

    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(dialogOf(element)).to.equal(null);
    expect(shadow(element).activeElement, 'focus back on the step').to.equal(stepNode(element, 'b'));
    expect(changes).to.have.length(0);
    expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['a', 'b']);
  });
});
