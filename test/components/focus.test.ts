import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from '../../src/render/geometry.js';
import { SAMPLE_PLANS } from '../../src/model/samples/index.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { chord, click, frame } from '../support/input.js';

const focusedStep = (element: MapTimeline) => shadow(element).activeElement?.getAttribute('data-item-id') ?? null;

/** Whether a step's shape lies wholly in the part of the timeline on screen (beside the lane heads, under the axis). */
function onScreen(element: MapTimeline, id: string): boolean {
  const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
  const node = stepNode(element, id);
  if (!node) return false; // not even drawn: far out of view
  const box = node.getBoundingClientRect();
  return (
    box.left >= scroller.left + HEAD_WIDTH &&
    box.right <= scroller.right &&
    box.top >= scroller.top + AXIS_HEIGHT &&
    box.bottom <= scroller.bottom
  );
}

/** Scrolls the timeline and waits until the element has drawn the new view. */
async function scrollTo(element: MapTimeline, left: number) {
  const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
  scroller.scrollLeft = left;
  await frame();
  await settle(element);
}

/** Scrolls so the step's start is a third from the left of the timeline. */
async function scrollToStep(element: MapTimeline, id: string) {
  element.scrollToDate(element.getPlan().items.find((item) => item.id === id)!.start);
  await frame();
  await settle(element);
}

describe('<map-timeline> focus', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('Tab into a plan scrolled away from its first step lands on a step in view', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-03-02'), { zoom: 'day', readonly: true });
    await scrollToStep(element, 'go-live');
    expect(onScreen(element, 'discovery'), 'the first step is scrolled away').to.equal(false);

    shadow(element).querySelector<HTMLElement>('.tools [aria-label="Keyboard shortcuts"]')!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(element);
    const id = focusedStep(element);
    expect(id, 'a step has focus').to.be.a('string');
    expect(id).to.not.equal('discovery');
    expect(onScreen(element, id!), `${id} is on screen`).to.equal(true);
  });

  it('a step focused and then scrolled away gives the Tab stop to one in view; arrows scroll to the step they reach', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-03-02'), { zoom: 'day', readonly: true });
    stepNode(element, 'discovery').focus();
    await settle(element);
    shadow(element).querySelector<HTMLElement>('.tools [aria-label="Keyboard shortcuts"]')!.focus();
    await scrollToStep(element, 'go-live');
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(onScreen(element, focusedStep(element)!), `${focusedStep(element)} is on screen`).to.equal(true);

    // Back to the start, then along the buyer's lane with the arrow keys: each step reached is brought into view.
    await scrollTo(element, 0);
    stepNode(element, 'tech-validation').focus();
    for (let press = 0; press < 6; press += 1) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
      const id = focusedStep(element)!;
      expect(onScreen(element, id), `${id} is on screen`).to.equal(true);
    }
    expect(focusedStep(element)).to.not.equal('tech-validation');
  });

  it('undo and redo (keys and API) keep focus on the step they changed', async () => {
    const plan = planOf({
      a: ['2026-03-02', '2026-03-04'],
      b: ['2026-03-03', '2026-03-05'],
      c: ['2026-03-16', '2026-03-18'],
    });
    const element = await timelineWith(plan, { zoom: 'week' });
    stepNode(element, 'c').focus();
    await chord(['Alt', 'Shift'], 'ArrowDown'); // c moves to the buyer's lane: its node is drawn anew
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.partyId).to.equal('buyer');
    const fromA = async (keys: () => Promise<void>) => {
      stepNode(element, 'a').focus();
      await keys();
      await settle(element);
      return focusedStep(element);
    };
    expect(await fromA(() => chord(['Control'], 'z')), 'Ctrl+Z').to.equal('c');
    expect(element.getPlan().items.find((item) => item.id === 'c')!.partyId).to.equal('seller');
    expect(await fromA(() => chord(['Control', 'Shift'], 'z')), 'Ctrl+Shift+Z').to.equal('c');
    expect(await fromA(() => chord(['Control'], 'z')), 'Ctrl+Z again').to.equal('c');
    expect(await fromA(() => chord(['Control'], 'y')), 'Ctrl+Y').to.equal('c');
    expect(await fromA(async () => void element.undo()), 'undo()').to.equal('c');
    expect(await fromA(async () => void element.redo()), 'redo()').to.equal('c');
    expect(element.getPlan().items.find((item) => item.id === 'c')!.partyId).to.equal('buyer');

    // Focus on the host page stays there: undo() from a host button does not pull focus into the timeline.
    const button = await fixture<HTMLButtonElement>(html`<button>Undo</button>`);
    button.focus();
    expect(element.undo()).to.equal(true);
    await settle(element);
    expect(document.activeElement).to.equal(button);
    expect(focusedStep(element)).to.equal(null);
  });

  it('an undo from outside the timeline brings the step it changed into view, and leaves focus where it was', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-03-02'), { zoom: 'day' });
    await scrollToStep(element, 'go-live');
    stepNode(element, 'go-live').focus();
    await chord(['Alt'], 'ArrowRight');
    await settle(element);
    const start = () => element.getPlan().items.find((item) => item.id === 'go-live')!.start;
    const moved = start();
    await scrollTo(element, 0);
    expect(onScreen(element, 'go-live'), 'the control: go-live is scrolled away').to.equal(false);

    const button = await fixture<HTMLButtonElement>(html`<button>Undo</button>`);
    button.focus();
    expect(element.undo()).to.equal(true);
    await frame();
    await settle(element);
    expect(start(), 'undone').to.not.equal(moved);
    expect(onScreen(element, 'go-live'), 'go-live is on screen again').to.equal(true);
    expect(document.activeElement, 'focus stays on the host page').to.equal(button);
    expect(focusedStep(element)).to.equal(null);
  });

  it('undoing a move that took its dependents along puts focus on the step that was moved, not on a dependent', async () => {
    // The dependents come before the step they wait for in the plan's list, as after a step is added and an older
    // one then linked to follow it.
    const plan = planOf({
      c: ['2026-03-09', '2026-03-10', 'b'],
      b: ['2026-03-05', '2026-03-06', 'a'],
      a: ['2026-03-02', '2026-03-04'],
      d: ['2026-03-03', '2026-03-04'],
    });
    const element = await timelineWith(plan, { zoom: 'week' });
    stepNode(element, 'a').focus();
    await chord(['Alt', 'Shift'], 'ArrowRight'); // a week later, and b and c with it
    await settle(element);
    expect(shadow(element).querySelector('[aria-live]')!.textContent!.trim()).to.match(/^A moved to /);
    const end = (id: string) => element.getPlan().items.find((item) => item.id === id)!.end;
    expect([end('a'), end('b'), end('c')]).to.deep.equal(['2026-03-11', '2026-03-13', '2026-03-15']);

    stepNode(element, 'd').focus();
    await chord(['Control'], 'z');
    await settle(element);
    expect([end('a'), end('b'), end('c')]).to.deep.equal(['2026-03-04', '2026-03-06', '2026-03-10']);
    expect(focusedStep(element)).to.equal('a');
    const live = shadow(element).querySelector('[aria-live]')!.textContent!.trim();
    expect(live).to.match(/^Undone: A /);
    expect(live).to.contain('2 steps moved with it');
  });

  it('a step opened in the side panel stays on screen beside it, though the panel narrows the timeline', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], far: ['2026-04-10', '2026-04-12'] });
    const element = await timelineWith(plan, { zoom: 'week' });
    expect(onScreen(element, 'far'), 'on screen before the panel opens').to.equal(true);
    const before = shadow(element).querySelector('.scroller')!.clientWidth;
    await click(element, stepNode(element, 'far'));
    await settle(element);
    expect(shadow(element).querySelector('.inspector'), 'the panel is open').to.exist;
    expect(shadow(element).querySelector('.scroller')!.clientWidth, 'the timeline is narrower').to.be.below(
      before - 200,
    );
    expect(onScreen(element, 'far'), 'still on screen').to.equal(true);
  });

  it('says so when a step asked to move past the first or last lane cannot', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-03', '2026-03-05'] });
    const element = await timelineWith(plan, { zoom: 'week' });
    const notice = () => shadow(element).querySelector('.notice')?.textContent?.trim() ?? '';
    stepNode(element, 'b').focus(); // the buyer's lane, the last one
    await chord(['Alt', 'Shift'], 'ArrowDown');
    await settle(element);
    expect(notice()).to.equal('B is already in the last lane');
    expect(element.getPlan().items.find((item) => item.id === 'b')!.partyId).to.equal('buyer');
    expect(focusedStep(element)).to.equal('b');
    // The control: up is a lane that exists, and the step goes there.
    await chord(['Alt', 'Shift'], 'ArrowUp');
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'b')!.partyId).to.equal('seller');
    stepNode(element, 'b').focus();
    await chord(['Alt', 'Shift'], 'ArrowUp');
    await settle(element);
    expect(notice()).to.equal('B is already in the first lane');
  });

  it('a key that acts on the focused step brings it out from under the lane heads', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-06-01', '2026-06-05'] });
    const element = await timelineWith(plan, { zoom: 'week' });
    stepNode(element, 'a').focus();
    await settle(element);
    // Scrolled so that a lies under the sticky lane heads, still focused.
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const box = stepNode(element, 'a').getBoundingClientRect();
    await scrollTo(
      element,
      scroller.scrollLeft + (box.right - scroller.getBoundingClientRect().left) - HEAD_WIDTH + 20,
    );
    expect(onScreen(element, 'a'), 'under the lane heads').to.equal(false);
    expect(focusedStep(element)).to.equal('a');
    await chord(['Alt'], 'ArrowRight');
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'a')!.start).to.equal('2026-03-03');
    expect(focusedStep(element)).to.equal('a');
    expect(onScreen(element, 'a'), 'brought into view').to.equal(true);
  });

  it('a step clicked where it shows beside the lane heads is brought out from under them', async () => {
    const plan = planOf({ a: ['2026-03-02', '2026-03-13'], b: ['2026-06-01', '2026-06-05'] });
    const element = await timelineWith(plan, { zoom: 'week' });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const box = stepNode(element, 'a').getBoundingClientRect();
    // Half of a under the lane heads, half beside them.
    await scrollTo(
      element,
      scroller.scrollLeft + box.left + box.width / 2 - scroller.getBoundingClientRect().left - HEAD_WIDTH,
    );
    expect(onScreen(element, 'a'), 'under the lane heads').to.equal(false);
    const shown = stepNode(element, 'a').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(shown.right - 8), Math.round(shown.top + shown.height / 2)],
    });
    await settle(element);
    await frame();
    expect(element.selectedIds).to.deep.equal(['a']);
    expect(focusedStep(element)).to.equal('a');
    expect(onScreen(element, 'a'), 'brought into view').to.equal(true);
  });

  it('closing the shortcut list gives focus back to where it was: the step (Escape) or the ? button (✕)', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'] }), { zoom: 'week' });
    stepNode(element, 'a').focus();
    await sendKeys({ press: '?' });
    await settle(element);
    expect(shadow(element).activeElement?.classList.contains('close'), 'the list has focus').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]')).to.equal(null);
    expect(focusedStep(element)).to.equal('a');

    const opener = shadow(element).querySelector<HTMLElement>('.tools [aria-label="Keyboard shortcuts"]')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]')).to.exist;
    await sendKeys({ press: 'Enter' }); // on ✕
    await settle(element);
    expect(shadow(element).querySelector('[role="dialog"]')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(opener);
  });

  it("closing a lane's panel with Escape gives focus back to the lane's name", async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'] }), { zoom: 'week' });
    const name = () => shadow(element).querySelector<HTMLElement>('[data-party-head="buyer"] .party-name')!;
    name().focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('name'), 'the panel has focus').to.equal('name');
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(shadow(element).querySelector('.inspector')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(name());
  });

  it('Escape lets go of the selection, and with nothing to let go of is left to the page (a presentation it ends)', async () => {
    const element = await timelineWith(SAMPLE_PLANS[0]!.build('2026-03-02'), { zoom: 'week' });
    const heard: boolean[] = [];
    const listen = (event: KeyboardEvent) => event.key === 'Escape' && heard.push(event.defaultPrevented);
    document.addEventListener('keydown', listen);
    try {
      await click(element, stepNode(element, 'discovery')!);
      await settle(element);
      expect(element.selectedIds).to.deep.equal(['discovery']);
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(element.selectedIds, 'the first Escape lets go of the step').to.deep.equal([]);
      expect(focusedStep(element), 'focus stays on the timeline').to.equal('discovery');
      await sendKeys({ press: 'Escape' });
      expect(heard, 'used the first time, the page’s the second').to.deep.equal([true, false]);
    } finally {
      document.removeEventListener('keydown', listen);
    }
  });
});
