import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { IdbPlanStore } from '../../src/index.js';
import { closeDemos, openDemo } from '../support/demo-frame.js';

// Each test starts from the sample as shipped and leaves none of its changes stored: with a stored copy, the demo
// would show the sample, then replace it with that copy a few frames later, in the middle of the test.
const SAMPLE_KEY = 'demo-enterprise';
const store = new IdbPlanStore();
beforeEach(() => store.remove(SAMPLE_KEY));
afterEach(async () => {
  closeDemos();
  await store.remove(SAMPLE_KEY);
});

/** The demo with its enterprise sample, in a frame of that size. */
const demoSample = (width: number, height: number, query = '') =>
  openDemo(`/demo/index.html?today=2026-11-25&plan=enterprise${query}`, [width, height]);

// The demo in a 1200×700 frame, a laptop or a projector: its top bar must stay inside the window.
describe('the demo’s top bar', () => {
  it('keeps every control inside a 1,200 px window, a long plan name giving way', async () => {
    const { page, element } = await demoSample(1200, 700);
    const title = 'Acme Logistics × Northwind — Fleet Analytics rollout FY27, EMEA and Americas';
    element.updatePlan({ title });
    const picker = page.document.querySelector<HTMLSelectElement>('#plan-picker')!;
    await waitUntil(() => picker.selectedOptions[0]?.textContent?.includes(title), 'the picker names the plan', {
      timeout: 4000,
    });
    const root = page.document.documentElement;
    expect(root.scrollWidth, 'no horizontal scrolling').to.be.at.most(root.clientWidth);
    for (const id of ['plan-picker', 'new-plan', 'import-plan', 'export-button', 'share-live', 'present']) {
      const box = page.document.getElementById(id)!.getBoundingClientRect();
      expect(box.right, `#${id} ends inside the window`).to.be.at.most(root.clientWidth);
    }
    expect(picker.getBoundingClientRect().width, 'the picker stays readable').to.be.at.least(160);
  });
});

describe('the demo’s zoom bar', () => {
  it('says Fit after an import, which fits the timeline to the imported plan', async () => {
    const { page, element } = await demoSample(1400, 900);
    const pressedZoom = () =>
      [...page.document.querySelectorAll('#zoom button[aria-pressed="true"]')].map((button) =>
        button.textContent!.trim(),
      );
    const fitPressed = () => page.document.querySelector('#fit')!.getAttribute('aria-pressed');
    page.document.querySelector<HTMLButtonElement>('#zoom [data-zoom="week"]')!.click();
    expect(pressedZoom(), 'the control: Week chosen').to.deep.equal(['Week']);
    expect(fitPressed()).to.equal('false');
    const csv = 'Step,Owner,End\nDiscovery,Our team,2027-05-07\nPilot,Customer,2027-09-24\n';
    await element.importFile(new File([csv], 'deal.csv', { type: 'text/csv' }), { preview: true });
    const dialog = () => element.shadowRoot!.querySelector<HTMLDialogElement>('dialog.import-dialog');
    await waitUntil(() => dialog()?.querySelector<HTMLButtonElement>('.primary:not([disabled])'), 'the preview opens');
    dialog()!.querySelector<HTMLButtonElement>('.primary')!.click();
    await waitUntil(() => element.getPlan().items.length === 2, 'the plan is imported');
    expect(pressedZoom(), 'no preset pressed: the plan is fitted').to.deep.equal([]);
    expect(fitPressed(), 'and Fit shows it').to.equal('true');
  });
});

describe('the demo’s presentation buttons', () => {
  it('keep keyboard focus: Present hands it to Exit presentation, and Exit hands it back', async () => {
    const { page } = await demoSample(1400, 900);
    const present = page.document.getElementById('present')!;
    present.focus();
    expect(page.document.activeElement?.id, 'positive control: Present has focus').to.equal('present');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.document.body.classList.contains('presenting'), 'presenting');
    expect(present.checkVisibility(), 'Present is hidden while presenting').to.equal(false);
    expect(page.document.activeElement?.id, 'focus is on Exit presentation').to.equal('exit-present');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !page.document.body.classList.contains('presenting'), 'presenting ended');
    expect(page.document.activeElement?.id, 'focus is back on Present').to.equal('present');
  });

  it('leave the presentation on Escape when it is not full screen, unless the timeline used the key', async () => {
    // Started with ?present=1, as a shared link would: browsers allow full screen only after a click.
    const { page, element } = await demoSample(1400, 900, '&present=1');
    const presenting = () => page.document.body.classList.contains('presenting');
    await waitUntil(presenting, 'presenting');
    expect(page.document.fullscreenElement === null, 'not full screen').to.equal(true);
    // The control: Escape on a selected step lets go of it, which is the timeline's, and the presentation goes on.
    const step = element.shadowRoot!.querySelector<SVGElement>('[data-item-id]')!;
    step.focus();
    element.selectedIds = [step.getAttribute('data-item-id')!];
    await sendKeys({ press: 'Escape' });
    expect(element.selectedIds, 'the step is let go').to.deep.equal([]);
    expect(presenting(), 'the timeline used Escape: still presenting').to.equal(true);
    // With nothing left to let go of, Escape from the timeline is the page's: it ends the presentation.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !presenting(), 'Escape from the timeline ends the presentation');

    page.document.getElementById('present')!.click();
    await waitUntil(presenting, 'presenting again');
    page.document.getElementById('exit-present')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !presenting(), 'Escape ends the presentation');
    expect(page.document.activeElement?.id, 'focus on Present').to.equal('present');
  });

  it('shows the buyer’s view when the address starts in presentation, unless it names the seller’s', async () => {
    const internalSteps = (element: { getPlan(): { items: { internal?: boolean }[] } }) =>
      element.getPlan().items.filter((item) => item.internal).length;
    const drawnSteps = (element: Element) => element.shadowRoot!.querySelectorAll('[data-item-id]').length;
    const { page, element } = await demoSample(1400, 900, '&present=1');
    await waitUntil(() => page.document.body.classList.contains('presenting'), 'presenting');
    expect(internalSteps(element), 'the sample has internal steps').to.be.greaterThan(0);
    expect(element.audience).to.equal('buyer');
    // Nothing on the screen tells the buyer that some steps are left out of their view.
    expect(page.document.getElementById('toasts')!.textContent).to.not.contain('internal');
    const buyerSteps = drawnSteps(element);
    closeDemos();

    const seller = await demoSample(1400, 900, '&present=1&audience=seller');
    await waitUntil(() => seller.page.document.body.classList.contains('presenting'), 'presenting');
    expect(seller.element.audience).to.equal('seller');
    await waitUntil(() => drawnSteps(seller.element) > buyerSteps, 'the seller’s view draws the internal steps too');
  });
});

describe('the demo’s presentation', () => {
  before(() => setViewport({ width: 1500, height: 1000 }));
  after(() => resetMouse());

  it('keeps the projected close on the screen after a drag makes the plan longer', async () => {
    const { page, element } = await demoSample(1400, 900);
    page.document.getElementById('present')!.click();
    await waitUntil(() => page.document.body.classList.contains('presenting'), 'presenting');
    const root = element.shadowRoot!;
    const frame = page.frameElement!.getBoundingClientRect();
    const pillInside = () => {
      const pill = root.querySelector('.pill.projected')!.getBoundingClientRect();
      return pill.right <= root.querySelector('.scroller')!.getBoundingClientRect().right;
    };
    await waitUntil(pillInside, 'presenting fits the plan, its projected close in view');
    for (let wait = 0; wait < 3; wait += 1) await new Promise((resolve) => page.requestAnimationFrame(resolve));
    const projected = () => root.querySelector('.pill.projected')!.textContent;
    const before = projected();

    // The step most steps wait for, dragged three weeks later: the projected close moves out with it.
    const counts = new Map<string, number>();
    for (const item of element.getPlan().items)
      for (const id of item.dependsOn ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const shown = [...root.querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id')!);
    const id = shown.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]!;
    const bar = root.querySelector(`[data-item-id="${id}"]`)!.getBoundingClientRect();
    const [x, y] = [
      Math.round(frame.left + bar.left + bar.width / 2),
      Math.round(frame.top + bar.top + bar.height / 2),
    ];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 12; step += 1) await sendMouse({ type: 'move', position: [x + step * 10, y] });
    await sendMouse({ type: 'up' });
    await waitUntil(() => projected() !== before, 'the drag moved the projected close');
    await waitUntil(pillInside, 'the projected close is still on the screen');
  });
});

describe('the demo’s Export menu', () => {
  it('works as a menu button from the keyboard: ↓ / ↑ open it, Home and End jump, Tab leaves it closed', async () => {
    const { page } = await demoSample(1400, 900);
    const button = page.document.getElementById('export-button')!;
    const menu = page.document.getElementById('export-menu')!;
    const focused = () =>
      (page.document.activeElement as HTMLElement | null)?.dataset['export'] ?? page.document.activeElement?.id;
    button.focus();
    expect(menu.hidden, 'positive control: the menu starts closed').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(menu.hidden, '↓ on the button opens the menu').to.equal(false);
    expect(focused(), '… on its first item').to.equal('png');
    await sendKeys({ press: 'End' });
    expect(focused(), 'End: the last item').to.equal('json');
    await sendKeys({ press: 'Home' });
    expect(focused(), 'Home: the first item').to.equal('png');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(), '↓ moves down').to.equal('png-full');
    await sendKeys({ press: 'Escape' });
    expect([menu.hidden, focused()], 'Escape closes it, back to the button').to.deep.equal([true, 'export-button']);
    await sendKeys({ press: 'ArrowUp' });
    expect([menu.hidden, focused()], '↑ on the button opens it on its last item').to.deep.equal([false, 'json']);
    await sendKeys({ press: 'Tab' });
    expect(menu.hidden, 'Tab closes the menu').to.equal(true);
    expect(focused(), '… and goes on to the control after Export').to.equal('share-live');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('the demo’s Agree plan', () => {
  it('asks first when steps would be agreed out of order, and agrees only when the rep says so', async () => {
    const { page, element } = await demoSample(1280, 800);
    const asked: string[] = [];
    let answer = false;
    page.confirm = (message?: string) => {
      asked.push(message ?? '');
      return answer;
    };
    const plan = element.getPlan();
    const dependent = plan.items.find((item) => item.dependsOn?.length && item.kind === 'task')!;
    const predecessor = plan.items.find((item) => item.id === dependent.dependsOn![0])!;
    element.updateItem(dependent.id, { start: predecessor.start, end: predecessor.end });
    const agree = page.document.querySelector<HTMLButtonElement>('#agree')!;
    agree.click();
    expect(asked).to.have.length(1);
    expect(asked[0]).to.contain(
      '1 step starts before a step it waits for ends (a red arrow): it would be agreed out of order.',
    );
    expect(element.getPlan().status, 'not agreed on Cancel').to.not.equal('written');
    answer = true;
    agree.click();
    await element.updateComplete;
    expect(element.getPlan().status, 'agreed on OK').to.equal('written');
  });
});

describe('the demo’s agreement buttons', () => {
  it('set the agreement in one event-log entry, in the toolbar’s colours', async () => {
    const { page, element } = await demoSample(1280, 800);
    const entries = () =>
      [...page.document.querySelectorAll('#event-log > li:not(.log-empty)')].map((entry) =>
        entry.querySelector('.log-lines')!.textContent!.replace(/\s+/g, ' ').trim(),
      );
    page.document.querySelector<HTMLButtonElement>('#clear-log')!.click();
    const before = element.getPlan().status;
    expect(before, 'the sample starts verbally agreed').to.equal('verbal');
    page.document.querySelector<HTMLButtonElement>('#agreement [data-status="vague"]')!.click();
    await waitUntil(() => entries().length > 0, 'the change is logged');
    expect(element.getPlan().status).to.equal('vague');
    expect(entries()).to.deep.equal(['Plan agreement AMBER → RED']);
  });
});

describe('the demo’s GREEN button', () => {
  it('agrees a plan never agreed, recording its baseline; a plan agreed before only turns GREEN', async () => {
    const { page, element } = await demoSample(1280, 800);
    const plan = element.getPlan();
    const green = page.document.querySelector<HTMLButtonElement>('#agreement [data-status="written"]')!;
    expect(
      plan.items.some((item) => item.baseline),
      'the control: the sample was agreed before',
    ).to.equal(true);
    const baselines = plan.items.map((item) => item.baseline);
    green.click();
    await element.updateComplete;
    expect(element.getPlan().status).to.equal('written');
    expect(
      element.getPlan().items.map((item) => item.baseline),
      'its baselines kept',
    ).to.deep.equal(baselines);

    const neverAgreed = {
      ...plan,
      status: 'verbal' as const,
      items: plan.items.map(({ baseline: _, ...item }) => item),
    };
    element.plan = neverAgreed;
    await element.updateComplete;
    page.confirm = () => true; // it has steps out of order or slipped: the rep says yes
    green.click();
    await element.updateComplete;
    expect(element.getPlan().status).to.equal('written');
    for (const item of element.getPlan().items)
      expect(item.baseline, item.title).to.deep.equal({ start: item.start, end: item.end });

    // A plan with no step yet has nothing to agree: GREEN is its status, and no error.
    element.plan = { ...neverAgreed, items: [], targetItemId: undefined };
    await element.updateComplete;
    green.click();
    await element.updateComplete;
    expect(element.getPlan().status).to.equal('written');
    expect(page.document.getElementById('toasts')!.textContent).to.not.contain('Cannot agree');
  });
});

describe('the demo’s undo and redo buttons', () => {
  it('hand focus to each other when the one used runs out, instead of dropping it to the page', async () => {
    const { page, element } = await demoSample(1400, 900);
    const [undo, redo] = ['undo', 'redo'].map((id) => page.document.getElementById(id) as HTMLButtonElement);
    element.updateItem('security-review', { title: `Security review ${Date.now()}` });
    await waitUntil(() => !undo.disabled, 'an undo to make');
    undo.focus();
    undo.click();
    await waitUntil(() => undo.disabled, 'the last undo made');
    expect(page.document.activeElement, 'Redo, enabled now, has focus').to.equal(redo);
    redo.click();
    await waitUntil(() => redo.disabled, 'the last redo made');
    expect(page.document.activeElement, 'and back to Undo').to.equal(undo);
    // The control: while both stay enabled, focus stays where it is.
    element.updateItem('security-review', { title: `Security review ${Date.now()}` });
    await waitUntil(() => element.canUndo && page.document.activeElement === undo);
    undo.click();
    await waitUntil(() => !redo.disabled, 'a redo to make');
    expect(page.document.activeElement, 'Undo keeps focus while it has more to undo').to.equal(undo);
  });
});
