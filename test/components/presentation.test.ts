import { expect, waitUntil } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { closeDemos, openDemo } from '../support/demo-frame.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from '../../src/render/geometry.js';

// The demo itself, in a 1400×900 frame: presentation mode is the demo's (its Present button and `?present=1`).
afterEach(closeDemos);

const presentation = (query: string, size?: [number, number]) => demo(`present=1&${query}`, size);

const demo = (query: string, size: [number, number] = [1400, 900]) =>
  openDemo(`/demo/index.html?today=2026-11-25&${query}`, size);

/** What of the plan lies outside the part of the scroller that is not covered by the sticky lane heads and axis. */
function outsideView(element: MapTimeline): string[] {
  const root = element.shadowRoot!;
  const scroller = root.querySelector('.scroller')!.getBoundingClientRect();
  const view = {
    left: scroller.left + HEAD_WIDTH,
    right: scroller.right,
    top: scroller.top + AXIS_HEIGHT,
    bottom: scroller.bottom,
  };
  const drawn = [
    ...root.querySelectorAll('[data-item-id], .steps text, .steps .chip, .steps .slip rect'),
    ...root.querySelectorAll('.axis .pill rect'),
  ];
  const pills = new Set(root.querySelectorAll('.axis .pill rect'));
  return drawn
    .filter((node) => {
      const box = node.getBoundingClientRect();
      const top = pills.has(node) ? scroller.top : view.top; // pills live in the sticky axis
      return (
        box.left < view.left - 0.5 ||
        box.right > view.right + 0.5 ||
        box.top < top - 0.5 ||
        box.bottom > view.bottom + 0.5
      );
    })
    .map((node) => node.getAttribute('data-item-id') ?? node.textContent ?? node.outerHTML.slice(0, 60));
}

/** Waits until all `steps` are drawn and every step, label and marker pill is inside the view. */
const everyStepInView = (element: MapTimeline, steps: number) =>
  waitUntil(
    () => element.shadowRoot!.querySelectorAll('[data-item-id]').length === steps && outsideView(element).length === 0,
    `every step, label and marker pill in view (outside: ${outsideView(element).join(', ')})`,
    { timeout: 8000 },
  );

describe('presentation mode (the demo, 1400×900 unless said)', () => {
  it('fits the whole enterprise plan on a 720p projector (1280×720), its type still larger than at the desk', async () => {
    const { page, element } = await presentation('plan=enterprise&audience=buyer', [1280, 720]);
    const steps = element.getPlan().items.filter((item) => !item.internal).length;
    await everyStepInView(element, steps);
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight, 'no vertical scrolling inside the timeline').to.be.at.most(scroller.clientHeight);
    const scale = Number(page.getComputedStyle(element).getPropertyValue('--mt-font-scale'));
    expect(scale, 'larger type than at the desk').to.be.above(1);
  });

  for (const audience of ['seller', 'buyer']) {
    it(`${audience} view: the whole enterprise plan is on screen, and its title and party names are whole`, async () => {
      const { page, element } = await presentation(`plan=enterprise&audience=${audience}`);
      expect(page.document.body.classList.contains('presenting')).to.equal(true);
      const steps = element.getPlan().items.filter((item) => audience === 'seller' || !item.internal).length;
      await everyStepInView(element, steps);
      const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollHeight, 'no vertical scrolling inside the timeline').to.be.at.most(scroller.clientHeight);
      expect(page.document.documentElement.scrollHeight, 'nor of the page').to.be.at.most(page.innerHeight);
      // Nor empty future: the plan's last label or pill ends in the last tenth of the timeline's width.
      const box = scroller.getBoundingClientRect();
      const right = Math.max(
        ...[...element.shadowRoot!.querySelectorAll('.steps text, .axis .pill rect')].map(
          (node) => node.getBoundingClientRect().right,
        ),
      );
      expect(right, 'the plan reaches the right of the view').to.be.at.least(
        box.right - 0.1 * (box.width - HEAD_WIDTH),
      );

      const whole = (node: HTMLElement, what: string) => {
        expect(node.scrollWidth, `${what}: not cut horizontally`).to.be.at.most(node.clientWidth);
        expect(node.scrollHeight, `${what}: not cut vertically`).to.be.at.most(node.clientHeight + 1);
        expect(page.getComputedStyle(node).textOverflow, `${what}: no ellipsis`).to.not.equal('ellipsis');
        const head = node.closest('.lane-head');
        if (head)
          expect(node.getBoundingClientRect().bottom, `${what}: inside its lane head`).to.be.at.most(
            head.getBoundingClientRect().bottom,
          );
      };
      const title = element.shadowRoot!.querySelector<HTMLElement>('.plan-title')!;
      expect(title.textContent!.trim()).to.equal(element.getPlan().title);
      whole(title, 'the title');
      title.querySelectorAll<HTMLElement>('*').forEach((node) => whole(node, 'the title button'));
      const names = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.party-name')];
      expect(names.map((node) => node.textContent!.trim())).to.deep.equal(
        element.getPlan().parties.map((party) => party.name),
      );
      for (const name of names) whole(name, name.textContent!.trim());
    });
  }

  it('spreads a short plan’s rows over the screen, its bars as tall as before, instead of leaving the bottom empty', async () => {
    const { page, element } = await presentation('plan=go-live&audience=buyer', [1920, 1080]);
    const steps = element.getPlan().items.filter((item) => !item.internal).length;
    await everyStepInView(element, steps);
    const root = element.shadowRoot!;
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    const stage = page.document.getElementById('stage')!.getBoundingClientRect();
    const lanesBottom = () =>
      Math.max(...[...root.querySelectorAll('[part~="lane"]')].map((lane) => lane.getBoundingClientRect().bottom));
    await waitUntil(
      () => stage.bottom - lanesBottom() < 60,
      `the lanes reach the bottom of the stage (${Math.round(lanesBottom())} of ${Math.round(stage.bottom)})`,
      { timeout: 8000 },
    );
    expect(element.getBoundingClientRect().bottom, 'the timeline takes the stage').to.be.closeTo(stage.bottom, 30);
    expect(scroller.scrollHeight, 'no vertical scrolling inside the timeline').to.be.at.most(scroller.clientHeight);
    const bar = root.querySelector('.step.kind-task .shape')!.getBoundingClientRect();
    const scale = Number(page.getComputedStyle(element).getPropertyValue('--mt-font-scale'));
    expect(bar.height, 'a bar as at this type scale').to.be.closeTo(Math.round(38 * scale) - 12, 1);
  });

  it('keeps the tools for building a plan out of the picture', async () => {
    const { page, element } = await presentation('plan=enterprise&audience=buyer');
    const root = element.shadowRoot!;
    const shown = (node: Element | null) => node !== null && page.getComputedStyle(node).display !== 'none';
    const tools = () => root.querySelector('[part~="tools"]');
    const addLane = () => root.querySelector('[part~="add-lane"]');
    expect(shown(tools()), 'Table and shortcut buttons').to.equal(false);
    expect(shown(addLane()), '+ Lane').to.equal(false);
    page.document.body.classList.remove('presenting');
    expect(shown(tools()), 'Table and shortcut buttons, not presenting').to.equal(true);
    expect(shown(addLane()), '+ Lane, not presenting').to.equal(true);
  });

  it('goes back to the zoom chosen before when the presentation ends', async () => {
    const { page, element } = await demo('plan=enterprise&zoom=week');
    const button = (selector: string) => page.document.querySelector<HTMLButtonElement>(selector)!;
    const pressedZoom = () => page.document.querySelector('#zoom [aria-pressed="true"]')?.getAttribute('data-zoom');
    const scroller = () => element.shadowRoot!.querySelector('.scroller')!;
    const wholePlanInView = async () => {
      await element.updateComplete;
      return scroller().scrollWidth <= scroller().clientWidth + 1;
    };
    expect(pressedZoom()).to.equal('week');
    expect(await wholePlanInView(), 'a week zoom shows part of the plan').to.equal(false);
    button('#present').click();
    await waitUntil(wholePlanInView, 'the presentation fits the whole plan');
    expect(pressedZoom()).to.equal(undefined);
    button('#exit-present').click();
    await waitUntil(() => pressedZoom() === 'week', 'the zoom bar shows the week zoom again');
    await new Promise((resolve) => page.requestAnimationFrame(resolve));
    expect(await wholePlanInView(), 'and so does the timeline').to.equal(false);
    expect(new URL(page.location.href).searchParams.get('zoom'), 'and so does the address').to.equal('week');
  });
});
