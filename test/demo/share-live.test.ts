import { expect, waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { IdbPlanStore } from '../../src/index.js';
import { planKeyOf } from '../../demo/share-live.js';
import { connection, live } from '../support/collab-pages.js';
import { closeDemos, openDemo } from '../support/demo-frame.js';

// The demo asks the test server for tokens (its dev server's endpoint), for a real collaboration server.
const SAMPLE_KEY = 'demo-enterprise';
const SHARED_PLANS = 'map-timeline-demo:shared-plans';
const store = new IdbPlanStore();
const demo = (src: string) => openDemo(src);

beforeEach(() => store.remove(SAMPLE_KEY));
const copies: string[] = [];
afterEach(async () => {
  for (const copy of copies.splice(0)) await store.remove(copy);
  closeDemos();
  // Shared once, the sample would rejoin its room in every later test that opens the demo.
  localStorage.removeItem(SHARED_PLANS);
  await store.remove(SAMPLE_KEY);
});

/** The demo on the enterprise sample, with Share live clicked through: the live element, once the dialog is open. */
async function sellerDemo() {
  const opened = await demo(`/demo/index.html?today=2026-11-25&plan=enterprise`);
  const doc = opened.page.document;
  const dialog = doc.querySelector<HTMLDialogElement>('#share-dialog')!;
  const input = doc.querySelector<HTMLInputElement>('#share-link')!;
  const share = async (): Promise<MapTimeline> => {
    doc.querySelector<HTMLButtonElement>('#share-live')!.click();
    await waitUntil(() => dialog.open, 'the dialog opens', { timeout: 5000 });
    const element = doc.querySelector('map-timeline') as MapTimeline;
    await waitUntil(() => element.collab !== undefined, 'live', { timeout: 5000 });
    copies.push(planKeyOf(element.planId!));
    return element;
  };
  return { doc, input, share };
}

describe('the demo’s Share live', () => {
  it('gives the link for the buyer’s browser, which opens the plan live as the buyer', async function () {
    this.timeout(30_000);
    const opened = await demo(`/demo/index.html?today=2026-11-25&plan=enterprise`);
    const doc = opened.page.document;
    const dialog = doc.querySelector<HTMLDialogElement>('#share-dialog')!;
    const input = doc.querySelector<HTMLInputElement>('#share-link')!;
    const status = doc.querySelector('#share-status')!;
    expect(dialog.open, 'the control: closed before sharing').to.equal(false);

    doc.querySelector<HTMLButtonElement>('#share-live')!.click();
    await waitUntil(() => dialog.open, 'the dialog opens', { timeout: 5000 });
    // The copy is a new element on the same page.
    const seller = { ...opened, element: doc.querySelector('map-timeline') as MapTimeline };
    expect(seller.element.collab, 'this window is live').to.match(/^ws:\/\//);
    // A sample is shared as a copy of the user's own, in a room of its own: not one every browser's sample shares.
    const room = new URL(input.value).searchParams.get('live')!;
    expect(input.value).to.equal(`${location.origin}/demo/index.html?live=${room}`);
    expect(room).to.match(/^plan-/);
    expect(seller.element.planId).to.equal(room);
    expect(seller.element.getPlan().title, 'the sample’s plan').to.equal(
      'Acme Logistics × Northwind — Fleet Analytics rollout',
    );
    copies.push(room);
    expect(input.selectionStart === 0 && input.selectionEnd === input.value.length, 'selected').to.equal(true);
    // Opened as localhost, with no network address: the link says it works on this computer only.
    expect(status.textContent).to.contain('this computer only');

    doc.querySelector<HTMLButtonElement>('#copy-share-link')!.click();
    await waitUntil(() => !status.textContent!.includes('this computer only'), 'copying says what happened');
    expect(status.textContent).to.match(/^Copied\.|Ctrl\+C/);

    // The buyer opens the link: the room's plan, live, as the buyer sees it.
    const buyer = await demo(input.value);
    const shared = seller.element.getPlan().items.filter((item) => !item.internal);
    await waitUntil(() => buyer.element.getPlan().items.length === shared.length, 'the buyer has the shared steps', {
      timeout: 8000,
    });
    expect(buyer.element.audience).to.equal('buyer');
    const step = shared[0]!;
    seller.element.updateItem(step.id, { title: 'Kick-off, renamed by the seller' });
    await waitUntil(
      () =>
        buyer.element.getPlan().items.find((item) => item.id === step.id)?.title === 'Kick-off, renamed by the seller',
      'the seller’s edit reaches the buyer',
      { timeout: 8000 },
    );

    doc.querySelector<HTMLButtonElement>('#share-dialog button[value="done"]')!.click();
    await waitUntil(() => !dialog.open, 'Done closes the dialog');
    await waitUntil(() => doc.activeElement?.id === 'share-live', 'focus goes back to Share live');
  });

  it('stops sharing: the plan is this browser’s again, with the edits made live, and stays so after a reload', async function () {
    this.timeout(30_000);
    const opened = await demo(`/demo/index.html?today=2026-11-25&plan=enterprise`);
    const doc = opened.page.document;
    const dialog = doc.querySelector<HTMLDialogElement>('#share-dialog')!;
    doc.querySelector<HTMLButtonElement>('#share-live')!.click();
    await waitUntil(() => dialog.open, 'the dialog opens', { timeout: 5000 });
    const live = doc.querySelector('map-timeline') as MapTimeline;
    const room = live.planId!;
    copies.push(room);
    expect(live.collab, 'the control: live').to.match(/^ws:\/\//);
    const step = live.getPlan().items[0]!;
    live.updateItem(step.id, { title: 'Renamed while live' });
    live.updatePlan({ title: 'Fleet rollout, renamed live' });

    doc.querySelector<HTMLButtonElement>('#stop-sharing')!.click();
    const mine = () => doc.querySelector('map-timeline') as MapTimeline;
    await waitUntil(() => mine() !== live && !mine().collab, 'the plan opens again, not live', { timeout: 8000 });
    await waitUntil(
      () =>
        mine()
          .getPlan()
          .items.find((item) => item.id === step.id)?.title === 'Renamed while live',
      'the edit made live is kept',
      { timeout: 8000 },
    );
    const planKey = planKeyOf(room);
    expect(mine().planId, 'the plan’s own key, not its room').to.equal(planKey);
    const stored = (await store.load(planKey)) as { plan?: Plan } | undefined;
    expect(stored?.plan?.items.find((item) => item.id === step.id)?.title, 'stored in this browser').to.equal(
      'Renamed while live',
    );

    // The log and the plan list name it as the room left it.
    await waitUntil(() => doc.querySelector('#event-log')!.textContent!.includes('Stopped sharing'), 'logged');
    expect(doc.querySelector('#event-log')!.textContent).to.contain('Stopped sharing Fleet rollout, renamed live');
    const picker = doc.querySelector<HTMLSelectElement>('#plan-picker')!;
    await waitUntil(() => picker.selectedOptions[0]?.textContent?.includes('Fleet rollout, renamed live'), 'listed');

    // A reload opens it from this browser, not from the room.
    const choice = doc.querySelector<HTMLSelectElement>('#plan-picker')!.value;
    closeDemos();
    const again = await demo(`/demo/index.html?today=2026-11-25&plan=${encodeURIComponent(choice)}`);
    expect(again.element.collab).to.equal(undefined);
    expect(again.element.getPlan().items.find((item) => item.id === step.id)?.title).to.equal('Renamed while live');
  });

  it('shares again in a new room that holds the plan as it is now, not as the room was left', async function () {
    this.timeout(40_000);
    const { doc, input, share } = await sellerDemo();
    const first = await share();
    const room = first.planId!;
    const step = first.getPlan().items.find((item) => !item.internal)!;
    doc.querySelector<HTMLButtonElement>('#stop-sharing')!.click();
    const mine = () => doc.querySelector('map-timeline') as MapTimeline;
    await waitUntil(() => doc.querySelector('#event-log')!.textContent!.includes('Stopped sharing'), 'stopped', {
      timeout: 8000,
    });
    mine().updateItem(step.id, { title: 'Renamed after sharing stopped' });
    await mine().flush();

    const again = await share();
    expect(again.planId, 'a room of its own').to.not.equal(room);
    expect(new URL(input.value).searchParams.get('live')).to.equal(again.planId);
    const titleIn = (element: MapTimeline) => element.getPlan().items.find((item) => item.id === step.id)?.title;
    expect(titleIn(again), 'the edit made meanwhile is kept').to.equal('Renamed after sharing stopped');
    // The buyer's new link opens the plan as it is now.
    const rejoined = await demo(input.value);
    await waitUntil(() => titleIn(rejoined.element) === 'Renamed after sharing stopped', 'the buyer has it', {
      timeout: 8000,
    });
    expect(titleIn(again), 'and the seller still has it').to.equal('Renamed after sharing stopped');
  });

  it('stops sharing: a buyer’s page still open says so and keeps the plan read-only, instead of staying live', async function () {
    this.timeout(30_000);
    const { doc, input, share } = await sellerDemo();
    await share();
    const buyer = await demo(input.value);
    await live(buyer.element);
    expect(buyer.element.readonly, 'the control: the buyer edits while it is shared').to.equal(false);
    const picker = buyer.page.document.querySelector<HTMLSelectElement>('#plan-picker')!;
    expect(picker.selectedOptions[0]?.textContent, 'the control: the picker says it is live').to.equal(
      'Shared plan (live)',
    );
    const undo = buyer.page.document.querySelector<HTMLButtonElement>('#undo')!;
    buyer.element.updateItem(buyer.element.getPlan().items[0]!.id, { title: 'Renamed by the buyer' });
    await waitUntil(() => !undo.disabled, 'the control: Undo is offered while the plan is shared');

    doc.querySelector<HTMLButtonElement>('#stop-sharing')!.click();
    await waitUntil(() => connection(buyer.element) === 'Not shared', 'the buyer’s page is told', { timeout: 8000 });
    expect(buyer.element.readonly).to.equal(true);
    expect(undo.disabled, 'nothing can be undone in a read-only plan').to.equal(true);
    expect(buyer.element.shadowRoot!.querySelector('.notice')?.textContent).to.contain('stopped sharing this plan');
    expect(buyer.element.getPlan().items.length, 'the plan stays on show').to.be.greaterThan(0);
    expect(picker.selectedOptions[0]?.textContent, 'the picker no longer says live').to.equal(
      'Shared plan (sharing ended)',
    );
  });
});
