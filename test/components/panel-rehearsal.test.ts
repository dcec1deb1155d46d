import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode } from '../support/element.js';
import { atRest, framesUntil, restsUntil } from '../support/frames.js';

/** A step panel drawn into `element`'s shadow root, as the page saw it once the drawing was over. */
interface Sighting {
  readonly inert: boolean;
  readonly hidden: string | null;
  readonly title: string | undefined;
  /** Whether what it was drawn into is still in the page. */
  readonly staying: boolean;
}

/**
 * Records each step panel drawn into `element`'s shadow root. A rehearsal draws and takes its stage away within one
 * task, before an observer hears of it: what it drew is read from the records, which keep the nodes.
 */
function watchPanels(element: MapTimeline) {
  const sightings: Sighting[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const stage = record.target;
      if (!(stage instanceof HTMLElement)) continue;
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement) || !node.classList.contains('inspector')) continue;
        sightings.push({
          inert: stage.inert,
          hidden: stage.getAttribute('aria-hidden'),
          title: node.querySelector<HTMLInputElement>('[name="title"]')?.value,
          staying: stage.isConnected,
        });
      }
    }
  });
  observer.observe(shadow(element), { childList: true, subtree: true });
  return { sightings, stop: () => observer.disconnect() };
}

/** An editable timeline, still without a plan: nothing is rehearsed before there is a step to edit. */
const emptyTimeline = () =>
  fixture<MapTimeline>(
    html`<map-timeline today="2026-03-10" zoom="week" style="width:700px;height:500px"></map-timeline>`,
  );

const plan = () => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-13'] });

type PanelWatch = ReturnType<typeof watchPanels>;

/** Gives the rehearsal eight moments of rest, time to fetch, warm and draw the panel, and expects none. */
async function expectNoRehearsal(watch: PanelWatch, why: string): Promise<void> {
  for (let rests = 0; rests < 8; rests += 1) await atRest();
  expect(watch.sightings, why).to.have.length(0);
}

/** Waits for the rehearsal of the first step's panel, and expects it taken away once drawn. */
async function expectRehearsal(watch: PanelWatch, what: string): Promise<void> {
  await restsUntil(() => watch.sightings.length > 0, what);
  watch.stop();
  expect(watch.sightings[0]).to.include({ title: 'A', staying: false });
}

const liveText = (element: MapTimeline) =>
  [...shadow(element).querySelectorAll('[aria-live]')].map((region) => region.textContent).join('|');

describe('the step panel’s first drawing, rehearsed while the page is idle', () => {
  it('draws it unseen and leaves nothing behind: no node, no focus, no event, no announcement', async () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const element = await emptyTimeline();
    const watch = watchPanels(element);
    element.plan = plan();
    await settle(element);
    const events: string[] = [];
    for (const type of ['map-change', 'map-preview', 'map-select', 'map-load', 'map-error'])
      element.addEventListener(type, () => events.push(type));
    // What a field does inside the shadow root stays there: listened for on the way down.
    for (const type of ['input', 'change', 'focusin', 'focusout'])
      shadow(element).addEventListener(type, () => events.push(type), { capture: true });
    const children = shadow(element).childElementCount;
    const heard = liveText(element);

    await restsUntil(() => watch.sightings.length > 0, 'a rehearsal');
    await atRest();
    watch.stop();
    expect(watch.sightings[0], 'the first step’s panel, inert and hidden from assistive technology').to.deep.equal({
      inert: true,
      hidden: 'true',
      title: 'A',
      staying: false,
    });
    expect(watch.sightings, 'once').to.have.length(1);
    expect(shadow(element).childElementCount).to.equal(children);
    expect(shadow(element).querySelector('.inspector'), 'no panel shows').to.equal(null);
    expect(document.activeElement, 'focus stays where it was').to.equal(outside);
    expect(events, 'no event').to.deep.equal([]);
    expect(liveText(element), 'nothing announced').to.equal(heard);
    outside.remove();

    // The real panel still opens on the first click, for the step clicked, and what it does is heard (the control).
    const box = stepNode(element, 'b').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await framesUntil(() => shadow(element).querySelector('.inspector') !== null, 'the panel after a click');
    expect(shadow(element).querySelector('.inspector [name="title"]')).to.have.property('value', 'B');
    expect(events).to.include('map-select');
  });

  it('waits while the timeline is hidden, and rehearses once it is shown', async () => {
    const element = await emptyTimeline();
    const watch = watchPanels(element);
    element.style.display = 'none';
    element.plan = plan();
    await expectNoRehearsal(watch, 'nothing rehearsed while hidden');

    element.style.display = '';
    await expectRehearsal(watch, 'a rehearsal once shown');
  });

  it('waits for a step to draw it with: a plan that comes late is rehearsed once it is there', async () => {
    const element = await emptyTimeline();
    const watch = watchPanels(element);
    // The panel's code is fetched and warmed meanwhile: an empty plan asks for it already.
    await expectNoRehearsal(watch, 'nothing to rehearse without a step');

    element.plan = plan();
    await expectRehearsal(watch, 'a rehearsal once the plan is there');
  });

  it('waits while a button is held down on the timeline, and rehearses once it is let go', async () => {
    const element = await emptyTimeline();
    const watch = watchPanels(element);
    const box = element.getBoundingClientRect();
    // Pressed on the timeline's empty ground, below its steps: the start of a gesture that is not over yet.
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width - 20), Math.round(box.y + box.height - 20)],
    });
    await sendMouse({ type: 'down' });
    expect(element.matches(':active'), 'the press is seen by the element').to.equal(true);
    element.plan = plan();
    await settle(element);
    await import('../../src/components/parts/inspector.js');
    await expectNoRehearsal(watch, 'nothing rehearsed while held');

    // The control: let go, and the rehearsal comes in a later moment of rest.
    await sendMouse({ type: 'up' });
    await expectRehearsal(watch, 'a rehearsal after the button is let go');
  });
});
