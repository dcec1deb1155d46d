import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { framesUntil } from '../support/frames.js';

// A real page (the one-file bundle, as a host without a bundler uses it) in an iframe, reloaded the way a user does.
const PAGE = '/static/test/components/fixtures/stored-plan-page.html';

interface PageWindow extends Window {
  pageErrors: string[];
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

const loaded = (target: HTMLIFrameElement) =>
  new Promise((resolve) => target.addEventListener('load', resolve, { once: true }));

async function openPage(id: string): Promise<PageWindow> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 700px; border: 0';
  frame.src = `${PAGE}?id=${encodeURIComponent(id)}`;
  const done = loaded(frame);
  document.body.append(frame);
  await done;
  return frame.contentWindow as PageWindow;
}

/** The page's element, once it shows a plan that has the step `id`. */
async function elementOf(page: PageWindow): Promise<MapTimeline> {
  await framesUntil(() => page.customElements.get('map-timeline') !== undefined, 'the element registered');
  const element = page.document.querySelector('map-timeline') as MapTimeline;
  await framesUntil(() => element.shadowRoot?.querySelector('[data-item-id="demo"]') != null, 'the plan drawn');
  expect(page.pageErrors, 'errors in the page').to.deep.equal([]);
  return element;
}

async function reload(page: PageWindow): Promise<PageWindow> {
  const done = loaded(frame!);
  page.location.reload();
  await done;
  return frame!.contentWindow as PageWindow;
}

const ownerOf = (element: MapTimeline, id: string) => element.getPlan().items.find((item) => item.id === id)?.owner;

describe('<map-timeline> in a page that is reloaded', () => {
  it('keeps an edit made just before the reload', async () => {
    const page = await openPage(`reload-${crypto.randomUUID()}`);
    const element = await elementOf(page);
    await element.flush();
    element.updateItem('demo', { owner: 'Typed just before the reload' });
    const reloaded = await reload(page);
    const again = await elementOf(reloaded);
    expect(again, 'a new element in a new page').not.to.equal(element);
    expect(ownerOf(again, 'demo')).to.equal('Typed just before the reload');
  });

  it('keeps notes typed into the step panel, the field not left, when the page is reloaded', async () => {
    const page = await openPage(`reload-${crypto.randomUUID()}`);
    const element = await elementOf(page);
    await element.flush();
    const inPage = frame!.getBoundingClientRect();
    const step = element.shadowRoot!.querySelector('[data-item-id="demo"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(inPage.x + step.x + step.width / 2), Math.round(inPage.y + step.y + step.height / 2)],
    });
    await framesUntil(() => element.shadowRoot!.querySelector('.inspector [name="notes"]') != null, 'the panel');
    const notes = element.shadowRoot!.querySelector<HTMLTextAreaElement>('.inspector [name="notes"]')!;
    notes.focus();
    await sendKeys({ type: 'Typed in the meeting' });
    expect(notes.value).to.contain('Typed in the meeting');
    expect(element.getPlan().items.find((item) => item.id === 'demo')?.notes ?? '', 'not committed yet').not.to.contain(
      'Typed in the meeting',
    );
    const again = await elementOf(await reload(page));
    expect(again.getPlan().items.find((item) => item.id === 'demo')?.notes).to.contain('Typed in the meeting');
  });

  it('keeps an edit that had time to be saved (the control)', async () => {
    const page = await openPage(`reload-${crypto.randomUUID()}`);
    const element = await elementOf(page);
    element.updateItem('demo', { owner: 'Saved before the reload' });
    await element.flush();
    const again = await elementOf(await reload(page));
    expect(ownerOf(again, 'demo')).to.equal('Saved before the reload');
  });
});
