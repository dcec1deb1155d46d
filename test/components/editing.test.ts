import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapChangeEvent, MapErrorEvent, MapPreviewEvent } from '../../src/events.js';
import { HEAD_WIDTH } from '../../src/render/geometry.js';
import { ZOOM_PRESETS } from '../../src/render/scale.js';
import { dates, linkedPair, planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { center, chord, click, drag, frame, framesUntil, handle, record } from '../support/input.js';

const DAY = ZOOM_PRESETS.week;
const plan = linkedPair;

describe('<map-timeline> editing with real pointer and keys', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('drags a bar by whole days and emits map-change once with before and after', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x + 3 * DAY + 5, y]);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-19..2026-03-23');
    expect(changes.length).to.equal(1);
    expect(changes[0]!.detail.source).to.equal('user');
    expect(changes[0]!.detail.changes).to.have.length(1);
    expect(changes[0]!.detail.changes[0]).to.include({ op: 'update', itemId: 'c' });
    expect(changes[0]!.detail.changes[0]!.before).to.deep.equal({ start: '2026-03-16', end: '2026-03-20' });
    expect(changes[0]!.detail.changes[0]!.after).to.deep.equal({ start: '2026-03-19', end: '2026-03-23' });
  });

  it('says so on the message line when a drag puts a step before one it waits for', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const notice = () => shadow(element).querySelector('.notice')?.textContent?.trim() ?? '';
    const [x, y] = center(stepNode(element, 'b'));
    // The control: a day earlier, b still starts after a ends, and nothing is said.
    await drag(element, [x, y], [x - DAY, y]);
    expect(dates(element.getPlan())['b']).to.equal('2026-03-08..2026-03-10');
    expect(notice()).to.equal('');
    const [x2, y2] = center(stepNode(element, 'b'));
    await drag(element, [x2, y2], [x2 - 6 * DAY, y2]);
    expect(dates(element.getPlan())['b'], 'the move is kept').to.equal('2026-03-02..2026-03-04');
    expect(notice()).to.equal(
      'B now starts before A ends (4 Mar 2026): its arrow turns red, and the projected finish still waits for it.',
    );
    expect(shadow(element).querySelector('[data-from="a"][data-to="b"]')?.getAttribute('part')).to.contain('violated');
    // A change elsewhere leaves b too early: the message stays, since it is still true.
    element.updateItem('c', { title: 'Contract' });
    await settle(element);
    expect(notice(), 'still out of order: the message stays').to.contain('B now starts before A ends');
    // a moved earlier puts b back in order: the message stops saying otherwise at once, not seconds later.
    element.updateItem('a', { start: '2026-02-23', end: '2026-02-27' });
    await settle(element);
    expect(dates(element.getPlan())['b']).to.equal('2026-03-02..2026-03-04');
    expect(shadow(element).querySelector('[data-from="a"][data-to="b"]')?.getAttribute('part')).not.to.contain(
      'violated',
    );
    expect(notice(), 'the message is withdrawn').to.equal('');
  });

  it('resizes a task from either edge, never shorter than one day', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, 'c'));
    const [ex, ey] = center(handle(element, 'c', 'end'));
    await drag(element, [ex, ey], [ex + 2 * DAY, ey]);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-16..2026-03-22');
    const [sx, sy] = center(handle(element, 'c', 'start'));
    await drag(element, [sx, sy], [sx + 20 * DAY, sy]);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-22..2026-03-22');
  });

  it('moves a step to another party by dragging it onto that lane', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const buyerLane = shadow(element).querySelector('[part~="lane"][data-party-id="buyer"]')!.getBoundingClientRect();
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x, Math.round(buyerLane.top + buyerLane.height / 2)]);
    const c = element.getPlan().items.find((item) => item.id === 'c')!;
    expect(c.partyId).to.equal('buyer');
    expect(dates(element.getPlan())['c']).to.equal('2026-03-16..2026-03-20');
  });

  it('previews the cascade while dragging and restores everything on Escape', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    const previews = record<MapPreviewEvent>(element, 'map-preview');
    const bBefore = stepNode(element, 'b').getBoundingClientRect().left;
    const [x, y] = center(stepNode(element, 'a'));
    await drag(element, [x, y], [x + 6 * DAY, y], { release: false });
    expect(previews.at(-1)!.detail).to.deep.equal({
      itemId: 'a',
      start: '2026-03-08',
      end: '2026-03-10',
      partyId: 'seller',
    });
    expect(previews.length, 'one map-preview per frame of the drag').to.be.at.least(4);
    expect(stepNode(element, 'b').getBoundingClientRect().left - bBefore).to.be.closeTo(2 * DAY, 1); // pushed to 11 Mar
    expect(shadow(element).querySelector('.drag-tip')!.textContent).to.contain('8 Mar – 10 Mar');
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(stepNode(element, 'b').getBoundingClientRect().left).to.be.closeTo(bBefore, 0.5);
    expect(dates(element.getPlan())).to.deep.equal(dates(plan()));
    expect(changes.length).to.equal(0);
  });

  it('previews the cascade of a drag into another lane that also moves the step later', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const buyerLane = shadow(element).querySelector('[part~="lane"][data-party-id="buyer"]')!.getBoundingClientRect();
    const bBefore = stepNode(element, 'b').getBoundingClientRect().left;
    const [x, y] = center(stepNode(element, 'a'));
    // a (seller) goes down into the buyer lane and 6 days later: b, which waits for it, is pushed 2 days.
    await drag(element, [x, y], [x + 6 * DAY, Math.round(buyerLane.bottom - 10)], { release: false });
    const aBox = stepNode(element, 'a').getBoundingClientRect();
    expect(aBox.top, 'a is shown in the buyer lane').to.be.at.least(buyerLane.top);
    expect(stepNode(element, 'b').getBoundingClientRect().left - bBefore, 'b is shown pushed').to.be.closeTo(
      2 * DAY,
      1,
    );
    await sendMouse({ type: 'up' });
    await settle(element);
    const a = element.getPlan().items.find((item) => item.id === 'a')!;
    expect([a.partyId, dates(element.getPlan())['a'], dates(element.getPlan())['b']]).to.deep.equal([
      'buyer',
      '2026-03-08..2026-03-10',
      '2026-03-11..2026-03-13',
    ]);
    expect(stepNode(element, 'b').getBoundingClientRect().left - bBefore).to.be.closeTo(2 * DAY, 1);
  });

  it('keeps the dates tip of a step dragged to the timeline’s right edge whole on screen', async () => {
    const element = await timelineWith(plan(), { zoom: 'week', width: 560 });
    const scroller = shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    const [x, y] = center(stepNode(element, 'b'));
    const toEdge = Math.round(scroller.right - 30 - x);
    await drag(element, [x, y], [x + toEdge, y], { release: false });
    const tip = shadow(element).querySelector('.drag-tip')!;
    expect(tip.textContent).to.contain('3 days');
    const box = tip.getBoundingClientRect();
    expect(
      stepNode(element, 'b').getBoundingClientRect().left + box.width,
      'the tip is wider than the room left',
    ).to.be.greaterThan(scroller.right);
    expect(box.right).to.be.at.most(scroller.right);
    expect(box.left).to.be.at.least(scroller.left + HEAD_WIDTH);
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(element);
  });

  it('scrolls the timeline while a step is held at its edge, and the step goes to the date under the pointer', async () => {
    const element = await timelineWith(plan(), { zoom: 'week', width: 700 });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const view = scroller.getBoundingClientRect();
    const [x, y] = center(stepNode(element, 'b'));
    const edge = Math.round(view.right - 6);
    const left0 = scroller.scrollLeft;
    await drag(element, [x, y], [edge, y], { release: false });
    // Held still at the edge: the timeline scrolls on its own, frame after frame.
    await framesUntil(() => scroller.scrollLeft - left0 >= 10 * DAY, 'scrolled ten days or more');
    // Back out of the edge's band: the scrolling stops, and the drop lands on the day under the pointer.
    const drop = edge - 80;
    await sendMouse({ type: 'move', position: [drop, y] });
    await frame();
    await frame();
    const scrolled = scroller.scrollLeft - left0;
    await frame();
    expect(scroller.scrollLeft - left0, 'stopped').to.equal(scrolled);
    await sendMouse({ type: 'up' });
    await settle(element);
    const moved =
      (Date.parse(element.getPlan().items.find((item) => item.id === 'b')!.start) - Date.parse('2026-03-09')) /
      86_400_000;
    expect(moved).to.equal(Math.round((drop - x + scrolled) / DAY));
    expect(moved, 'further than the pointer alone took it').to.be.greaterThan(Math.round((drop - x) / DAY) + 5);

    // The control: a drag that stays clear of the edges scrolls nothing.
    const still = scroller.scrollLeft;
    const [bx, by] = center(stepNode(element, 'b'));
    await drag(element, [bx, by], [bx - 2 * DAY, by]);
    expect(scroller.scrollLeft).to.equal(still);
  });

  it('scrolls by days, not pixels, at its edge: zoomed out, weeks a second, not months; Escape scrolls back', async () => {
    // A year at month zoom: far wider than the view, so there is room to scroll.
    const year = () =>
      planOf({ a: ['2026-03-02', '2026-03-04'], c: ['2026-03-16', '2026-03-20'], z: ['2027-03-01', '2027-03-02'] });
    const element = await timelineWith(year(), { zoom: 'month', width: 700 });
    const monthDay = ZOOM_PRESETS.month;
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const view = scroller.getBoundingClientRect();
    const [x, y] = center(stepNode(element, 'c'));
    const left0 = scroller.scrollLeft;
    await drag(element, [x, y], [Math.round(view.right - 6), y], { release: false });
    // Fourteen days a second at most, and a late frame counts as 50 ms at most: whole pixels, at most
    // ceil(14 × 5 px × 0.05) = 4 a frame, however fast or slow the frames come. In pixels alone it was 8 to 25.
    let most = 0;
    let last = scroller.scrollLeft;
    await framesUntil(() => {
      most = Math.max(most, scroller.scrollLeft - last);
      last = scroller.scrollLeft;
      return scroller.scrollLeft - left0 >= 7 * monthDay;
    }, 'scrolled a week or more'); // the control: held at the edge, the view does scroll on its own
    expect(most, 'pixels in one frame').to.be.at.most(Math.ceil(14 * monthDay * 0.05));
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(scroller.scrollLeft, 'back where the drag began').to.equal(left0);
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(dates(element.getPlan())).to.deep.equal(dates(year()));
  });

  it('draws on past the end of a plan that fits in the view while a step is held at its right edge', async () => {
    const element = await timelineWith(plan(), { zoom: 'month', width: 700 });
    const monthDay = ZOOM_PRESETS.month;
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    // The control: the whole plan fits, so there is nothing to scroll to before the drag.
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    const view = scroller.getBoundingClientRect();
    // b's bar ends inside the days drawn when its middle is at the edge; its label runs past them.
    const [x, y] = center(stepNode(element, 'b'));
    const edge = Math.round(view.right - 6);
    await drag(element, [x, y], [edge, y], { release: false });
    await framesUntil(() => scroller.scrollLeft >= 14 * monthDay, 'scrolled two weeks past the plan', 600);
    await sendMouse({ type: 'up' });
    await settle(element);
    const moved =
      (Date.parse(element.getPlan().items.find((item) => item.id === 'b')!.start) - Date.parse('2026-03-09')) /
      86_400_000;
    expect(moved, 'further than the pointer alone took it').to.be.at.least(Math.round((edge - x) / monthDay) + 14);
  });

  it('releasing a drag cancelled with Escape over the step is not a click: nothing is selected', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x + DAY, y], { release: false });
    await sendKeys({ press: 'Escape' });
    await settle(element);
    await sendMouse({ type: 'up' }); // still over c, which is back where it was
    await settle(element);
    expect(dates(element.getPlan())).to.deep.equal(dates(plan()));
    expect(element.selectedIds).to.deep.equal([]);
    expect(shadow(element).querySelector('.inspector')).to.equal(null);
    // The control: a click on it afterwards selects it.
    await click(element, stepNode(element, 'c'));
    expect(element.selectedIds).to.deep.equal(['c']);
  });

  it('does not scroll for a drag that begins at an edge until the pointer has left it and come back', async () => {
    const wide = planOf({
      a: ['2026-03-02', '2026-03-04'],
      c: ['2026-03-16', '2026-03-20'],
      z: ['2026-06-01', '2026-06-02'],
    });
    const element = await timelineWith(wide, { zoom: 'week', width: 700 });
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const view = scroller.getBoundingClientRect();
    // c just right of the lane heads: its middle lies in the left edge's band.
    scroller.scrollLeft += stepNode(element, 'c').getBoundingClientRect().left - (view.left + HEAD_WIDTH) - 6;
    await frame();
    await settle(element);
    const start = scroller.scrollLeft;
    const [, y] = center(stepNode(element, 'c'));
    const x = Math.round(stepNode(element, 'c').getBoundingClientRect().left + 14); // on the bar, clear of its grip
    expect(x - (view.left + HEAD_WIDTH), 'pressed inside the band').to.be.below(36);
    await drag(element, [x, y], [x, y + 6], { release: false });
    for (let waited = 0; waited < 10; waited += 1) await frame();
    expect(scroller.scrollLeft, 'no scrolling while it stays there').to.equal(start);
    // The control: out of the band and back into it, the timeline scrolls back towards the start.
    await sendMouse({ type: 'move', position: [x + 120, y] });
    await frame();
    await sendMouse({ type: 'move', position: [Math.round(view.left + HEAD_WIDTH + 4), y] });
    await framesUntil(() => scroller.scrollLeft < start, 'scrolled back towards the start');
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(element);
  });

  it('shows an arrow turn violated and back while a step is dragged across its predecessor’s end', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const arrow = () => shadow(element).querySelector('[part~="link"][data-from="a"][data-to="b"]')!;
    expect(arrow().getAttribute('part')).to.equal('link');
    const [x, y] = center(stepNode(element, 'b'));
    // b starts on the 9th and a ends on the 4th: six days earlier, b starts before a has ended.
    await drag(element, [x, y], [x - 6 * DAY, y], { release: false });
    await settle(element);
    expect(arrow().getAttribute('part')).to.equal('link violated');
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(element);
    expect(arrow().getAttribute('part')).to.equal('link');
    await sendMouse({ type: 'move', position: [x - 6 * DAY, y] });
    await settle(element);
    expect(arrow().getAttribute('part')).to.equal('link violated');
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(dates(element.getPlan())['b']).to.equal('2026-03-03..2026-03-05');
    expect(arrow().getAttribute('part')).to.equal('link violated');
  });

  it('keeps the timeline still while a step is dragged, and selects it after the drop; its details open on a click', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const scroller = () => shadow(element).querySelector('.scroller')!.getBoundingClientRect();
    const inspector = () => shadow(element).querySelector('.inspector');
    const width = scroller().width;
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x + 2 * DAY, y], { release: false });
    await settle(element);
    // Read mid-drag, assert after the release: a failure with the button held would hang the page.
    const during = {
      inspector: inspector() !== null,
      width: scroller().width,
      selected: stepNode(element, 'c').getAttribute('aria-selected'),
    };
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(during).to.deep.equal({ inspector: false, width, selected: 'false' });
    expect(dates(element.getPlan())['c']).to.equal('2026-03-18..2026-03-22');
    expect(stepNode(element, 'c').getAttribute('aria-selected')).to.equal('true');
    expect(inspector(), 'a drop opens no details').to.equal(null);
    expect(scroller().width, 'the timeline keeps its width').to.equal(width);

    // The control: a click opens them, and a drop then shows the dropped step's in the panel already open.
    await click(element, stepNode(element, 'a'));
    expect(inspector()?.querySelector<HTMLInputElement>('[name="title"]')?.value).to.equal('A');
    expect(scroller().width).to.be.lessThan(width);
    const [cx, cy] = center(stepNode(element, 'c'));
    await drag(element, [cx, cy], [cx + DAY, cy]);
    await settle(element);
    expect(inspector()?.querySelector<HTMLInputElement>('[name="title"]')?.value).to.equal('C');
  });

  it('the click a drop causes goes no further than the element, while a real click reaches the page’s listeners', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const heard: string[] = [];
    const onWindow = () => heard.push('window, capturing');
    window.addEventListener('click', onWindow, { capture: true });
    element.addEventListener('click', () => heard.push('element'));
    // Nothing inside the element hears it either: its handlers there read the layout the drop has just changed.
    shadow(element).addEventListener('click', () => heard.push('shadow root'), { capture: true });
    try {
      const [x, y] = center(stepNode(element, 'c'));
      await drag(element, [x, y], [x + 2 * DAY, y]);
      await settle(element);
      expect(dates(element.getPlan())['c']).to.equal('2026-03-18..2026-03-22');
      // The browser did send a click (the window heard it first), and it went no further.
      expect(heard).to.deep.equal(['window, capturing']);

      heard.length = 0;
      await click(element, stepNode(element, 'a'));
      expect(heard).to.deep.equal(['window, capturing', 'shadow root', 'element']);
      expect(element.selectedIds).to.deep.equal(['a']);
    } finally {
      window.removeEventListener('click', onWindow, { capture: true });
    }
  });

  it('commits the cascade as one undo step', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const [x, y] = center(stepNode(element, 'a'));
    await drag(element, [x, y], [x + 6 * DAY, y]);
    expect(dates(element.getPlan())['b']).to.equal('2026-03-11..2026-03-13');
    element.undo();
    await settle(element);
    expect(dates(element.getPlan())).to.deep.equal(dates(plan()));
  });

  it('resizes a step from the grip its hover shows, without selecting it first; the grips go when the pointer leaves', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    expect(handle(element, 'c', 'end'), 'no grip before the hover').to.equal(null);
    await sendMouse({ type: 'move', position: center(stepNode(element, 'c')) });
    await settle(element);
    const grip = handle(element, 'c', 'end');
    expect(grip, 'the hovered step’s grip').to.exist;
    const [x, y] = center(grip);
    await drag(element, [x, y], [x + 2 * DAY, y]);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-16..2026-03-22');

    await sendMouse({ type: 'move', position: [5, 5] });
    await settle(element);
    // The drop selected the step, which draws its own grips; a step neither hovered nor selected shows none.
    expect(handle(element, 'a', 'end')).to.equal(null);
    expect(handle(element, 'a', 'link')).to.equal(null);
  });

  it("shows one link handle at a time: a selected step's waits while another step is hovered", async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, 'a'));
    const own = handle(element, 'a', 'link');
    const shown = (node: Element) => getComputedStyle(node).visibility === 'visible';
    // The control: the selected step's handle shows while no other step is hovered.
    expect(shown(own), 'the selected step’s handle').to.equal(true);
    await sendMouse({ type: 'move', position: center(stepNode(element, 'c')) });
    await settle(element);
    expect(shown(handle(element, 'c', 'link')), 'the hovered step’s handle').to.equal(true);
    expect(shown(own), 'the selected step’s handle, while c is hovered').to.equal(false);
    await sendMouse({ type: 'move', position: center(stepNode(element, 'a')) });
    await settle(element);
    expect(shown(own), 'back on the selected step').to.equal(true);
  });

  it('moves a bar a day or two long at month zoom when pressed in its middle, and resizes it from a grip', async () => {
    const short = planOf({ a: ['2026-03-02', '2026-03-03'], b: ['2026-03-16', '2026-03-20'] });
    const element = await timelineWith(short, { zoom: 'month' });
    const bar = stepNode(element, 'a').getBoundingClientRect();
    expect(bar.width, 'a bar of two days').to.be.lessThan(12);
    const [x, y] = center(stepNode(element, 'a'));
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(element);
    await drag(element, [x, y], [x + 8 * ZOOM_PRESETS.month, y]);
    expect(dates(element.getPlan())['a']).to.equal('2026-03-10..2026-03-11');

    // The control: the end grip, just past the bar's end, still resizes it.
    await sendMouse({ type: 'move', position: center(stepNode(element, 'a')) });
    await settle(element);
    const [gx, gy] = center(handle(element, 'a', 'end'));
    await drag(element, [gx, gy], [gx + 3 * ZOOM_PRESETS.month, gy]);
    expect(dates(element.getPlan())['a']).to.equal('2026-03-10..2026-03-14');
  });

  it('shows the step a link being drawn would end on, undimmed and outlined', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await sendMouse({ type: 'move', position: center(stepNode(element, 'b')) });
    await settle(element);
    const group = (id: string) => stepNode(element, id).closest('[data-step]')!;
    const faint = (id: string) => Number(getComputedStyle(stepNode(element, id)).fillOpacity) < 1;
    // The control: c lies outside b's chain, so hovering b fades it.
    expect(faint('c'), 'c faded while b is hovered').to.equal(true);
    await drag(element, center(handle(element, 'b', 'link')), center(stepNode(element, 'c')), { release: false });
    expect(group('c').classList.contains('link-target')).to.equal(true);
    expect(faint('c'), 'the target is not faded').to.equal(false);
    expect(group('a').classList.contains('link-target')).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(group('c').classList.contains('link-target')).to.equal(false);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.dependsOn).to.equal(undefined);
  });

  it('links two steps by dragging from the link handle, and refuses a cycle with a message', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const errors = record<MapErrorEvent>(element, 'map-error');
    await sendMouse({ type: 'move', position: center(stepNode(element, 'b')) });
    await settle(element);
    await drag(element, center(handle(element, 'b', 'link')), center(stepNode(element, 'c')));
    expect(element.getPlan().items.find((item) => item.id === 'c')!.dependsOn).to.deep.equal(['b']);
    expect(shadow(element).querySelector('[part~="link"][data-from="b"][data-to="c"]')).to.exist;

    await sendMouse({ type: 'move', position: center(stepNode(element, 'c')) });
    await settle(element);
    await drag(element, center(handle(element, 'c', 'link')), center(stepNode(element, 'a')));
    expect(element.getPlan().items.find((item) => item.id === 'a')!.dependsOn).to.equal(undefined);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['cycle']);
    expect(shadow(element).querySelector('.notice.error')!.textContent).to.contain('A → B → C → A would loop');
  });

  it('edits a title in place: Enter saves, Escape cancels', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const [x, y] = center(stepNode(element, 'c'));
    await sendMouse({ type: 'click', position: [x, y] });
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(element);
    const editor = shadow(element).querySelector<HTMLInputElement>('.inline-editor')!;
    expect(editor).to.exist;
    await frame();
    await sendKeys({ type: 'Legal review' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.title).to.equal('Legal review');
    expect(shadow(element).querySelector('.inspector'), 'the details the first click opened stay open').to.exist;

    stepNode(element, 'c').focus();
    await sendKeys({ press: 'F2' });
    await settle(element);
    await frame();
    await sendKeys({ type: 'Something else' });
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.title).to.equal('Legal review');
    expect(shadow(element).querySelector('.inline-editor')).to.equal(null);
  });

  it('deletes the selection with Delete, and undo / redo by keyboard bring it back and take it away', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, 'a'));
    await sendKeys({ press: 'Delete' });
    await settle(element);
    expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['b', 'c']);
    expect(element.getPlan().items[0]!.dependsOn).to.equal(undefined);
    await chord(['Control'], 'z');
    await settle(element);
    expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    expect(element.getPlan().items[1]!.dependsOn).to.deep.equal(['a']);
    await chord(['Control', 'Shift'], 'z');
    await settle(element);
    expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['b', 'c']);
    await chord(['Control'], 'z');
    await chord(['Control'], 'y');
    await settle(element);
    expect(element.getPlan().items.map((item) => item.id)).to.deep.equal(['b', 'c']);
  });

  it('moves the focused step by a day with Alt+Arrow and by a week with Shift, and changes lane with Alt+Shift+Down', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    await click(element, stepNode(element, 'c'));
    await chord(['Alt'], 'ArrowRight');
    await chord(['Alt', 'Shift'], 'ArrowRight');
    await chord(['Alt'], 'ArrowLeft');
    await settle(element);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-23..2026-03-27');
    expect(changes.length).to.equal(3);
    await chord(['Alt', 'Shift'], 'ArrowDown');
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.partyId).to.equal('buyer');
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('c');
  });

  it('moves focus between steps with the arrow keys', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    stepNode(element, 'a').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('c');
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal('b');
    const tabStops = shadow(element).querySelectorAll('[data-item-id][tabindex="0"]');
    expect([...tabStops].map((node) => node.getAttribute('data-item-id'))).to.deep.equal(['b']);
  });

  it('drags a multi-selection together', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    await click(element, stepNode(element, 'a'));
    await click(element, stepNode(element, 'c'), ['Shift']);
    expect(element.selectedIds).to.deep.equal(['a', 'c']);
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x + 2 * DAY, y]);
    expect(dates(element.getPlan())).to.include({ a: '2026-03-04..2026-03-06', c: '2026-03-18..2026-03-22' });
  });

  it('double-clicking empty lane space adds a step on that day in that lane', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const lane = shadow(element).querySelector('[part~="lane"][data-party-id="buyer"]')!.getBoundingClientRect();
    const a = stepNode(element, 'a').getBoundingClientRect();
    const x = Math.round(a.left + 14 * DAY + DAY / 2); // 16 Mar
    const y = Math.round(lane.bottom - 8);
    await sendMouse({ type: 'click', position: [x, y] });
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(element);
    const added = element.getPlan().items.find((item) => !['a', 'b', 'c'].includes(item.id))!;
    expect(added).to.include({ partyId: 'buyer', start: '2026-03-16', end: '2026-03-20', title: 'New step' });
    expect(shadow(element).querySelector('.inline-editor')).to.exist;
  });

  it('a double-click that closes the step panel adds the step on the day the pointer was on at the first click', async () => {
    // a at the start, b four months on: at week zoom the plan is wider than the view.
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-06-29', '2026-07-03'] }), {
      zoom: 'week',
    });
    element.scrollToDate('2026-06-15');
    await settle(element);
    await click(element, stepNode(element, 'b'));
    expect(shadow(element).querySelector('.inspector'), 'the panel is open').to.exist;
    const scroller = shadow(element).querySelector('.scroller')!;
    scroller.scrollLeft = scroller.scrollWidth; // at the end: a wider view, once the panel closes, must scroll back
    await settle(element);
    const b = stepNode(element, 'b').getBoundingClientRect();
    const lane = shadow(element).querySelector('[part~="lane"][data-party-id="seller"]')!.getBoundingClientRect();
    const x = Math.round(b.left - 7 * DAY + DAY / 2); // 22 Jun, in the seller's lane, where no step is
    const y = Math.round(lane.bottom - 8);
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(element);
    expect(shadow(element).querySelector('.inspector'), 'the first click closed the panel').to.equal(null);
    expect(Math.round(stepNode(element, 'b').getBoundingClientRect().left), 'and the timeline moved').to.not.equal(
      Math.round(b.left),
    );
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(element);
    const added = element.getPlan().items.filter((item) => !['a', 'b'].includes(item.id));
    expect(added).to.have.length(1);
    expect(added[0]).to.include({ partyId: 'seller', start: '2026-06-22' });
  });

  it('a step added and named with the pointer leaves the view where it is while its bar shows; the keyboard brings its label into view', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], far: ['2026-06-01', '2026-06-03'] }), {
      zoom: 'week',
    });
    const scroller = shadow(element).querySelector('.scroller')!;
    const left = scroller.scrollLeft;
    const width = scroller.clientWidth;
    const view = scroller.getBoundingClientRect();
    const lane = shadow(element).querySelector('[part~="lane"][data-party-id="seller"]')!.getBoundingClientRect();
    // Near the right edge: the bar (a working week, with its weekend) fits, a long title's label does not.
    const x = Math.round(view.left + width - 9 * DAY - 30);
    const y = Math.round(lane.bottom - 8);
    await sendMouse({ type: 'click', position: [x, y] });
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(element);
    const added = element.getPlan().items.find((item) => !['a', 'far'].includes(item.id))!;
    expect(element.selectedIds, 'the new step is selected').to.deep.equal([added.id]);
    expect(shadow(element).querySelector('.inspector'), 'with no panel opened by itself').to.equal(null);
    expect(scroller.clientWidth, 'so the timeline keeps its width').to.equal(width);
    expect(scroller.scrollLeft, 'and the view stays when the step is added').to.equal(left);
    await sendKeys({ type: 'Security review with the customer’s CISO' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === added.id)!.title).to.equal(
      'Security review with the customer’s CISO',
    );
    expect(stepNode(element, added.id).getBoundingClientRect().right, 'its bar shows').to.be.below(view.left + width);
    expect(scroller.scrollLeft, 'the view stays when it is named').to.equal(left);
    // The control: the same step reached with the keyboard is brought into view with its label.
    await sendKeys({ press: 'ArrowLeft' });
    await settle(element);
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(shadow(element).activeElement?.getAttribute('data-item-id')).to.equal(added.id);
    expect(scroller.scrollLeft, 'scrolled to show the label').to.be.above(left);
  });

  it('a scripted double-click (one press counted as the second click) adds a step to an empty lane too', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const lane = shadow(element).querySelector('[part~="lane"][data-party-id="buyer"]')!.getBoundingClientRect();
    const a = stepNode(element, 'a').getBoundingClientRect();
    const x = Math.round(a.left + 14 * DAY + DAY / 2); // 16 Mar
    const y = Math.round(lane.bottom - 8);
    await executeServerCommand('double-press', { x, y });
    await settle(element);
    const added = element.getPlan().items.filter((item) => !['a', 'b', 'c'].includes(item.id));
    expect(added).to.have.length(1);
    expect(added[0]).to.include({ partyId: 'buyer', start: '2026-03-16', title: 'New step' });
    expect(shadow(element).querySelector('.inline-editor')).to.exist;
  });

  it('moves a step by touch after a short hold', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const node = stepNode(element, 'c');
    const [x, y] = center(node);
    const touch = (type: string, clientX: number, target: EventTarget = window) =>
      target.dispatchEvent(
        new PointerEvent(type, {
          pointerId: 7,
          pointerType: 'touch',
          isPrimary: true,
          button: 0,
          clientX,
          clientY: y,
          bubbles: true,
          composed: true,
        }),
      );
    touch('pointerdown', x, node);
    await new Promise((resolve) => setTimeout(resolve, 350)); // a finger held down: longer than the 280 ms hold
    for (let i = 1; i <= 4; i += 1) {
      touch('pointermove', x + i * DAY);
      await frame();
    }
    touch('pointerup', x + 4 * DAY);
    await settle(element);
    expect(dates(element.getPlan())['c']).to.equal('2026-03-20..2026-03-24');
  });

  it('readonly allows selection but blocks every edit', async () => {
    const element = await timelineWith(plan(), { zoom: 'week', readonly: true });
    const changes = record<MapChangeEvent>(element, 'map-change');
    const [x, y] = center(stepNode(element, 'c'));
    await drag(element, [x, y], [x + 3 * DAY, y]);
    await click(element, stepNode(element, 'c'));
    expect(element.selectedIds).to.deep.equal(['c']);
    await sendKeys({ press: 'Delete' });
    await chord(['Alt'], 'ArrowRight');
    await settle(element);
    expect(dates(element.getPlan())).to.deep.equal(dates(plan()));
    expect(changes.length).to.equal(0);
    expect(shadow(element).querySelector('[data-handle]')).to.equal(null);
  });
});
