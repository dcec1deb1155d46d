import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { defineMapTimeline } from '../../src/define.js';
import type { Plan } from '../../src/model/types.js';
import { framesUntil } from '../support/frames.js';

// Files of the checkout as a plain static web server sends them: the test server resolves no import there and
// compiles nothing (web-test-runner.config.mjs), so these pages run the way a host page without a bundler runs them.
const STATIC = '/static/';
const PLAN = `${STATIC}examples/acme-plan.json`;

interface PageWindow extends Window {
  pageErrors: string[];
  fromPage?: { MapTimeline: CustomElementConstructor; validatePlan: (value: unknown) => Plan };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page in an iframe, once its load event has fired (its module scripts have run by then). */
async function openPage(load: (frame: HTMLIFrameElement) => void): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** The page's <map-timeline>, once it shows every step of the plan it was given. */
async function shownPlan(page: PageWindow, plan: Plan): Promise<MapTimeline> {
  expect(page.pageErrors, 'errors in the page').to.deep.equal([]);
  const MapTimelineClass = page.customElements.get('map-timeline');
  expect(MapTimelineClass, '<map-timeline> registered').to.be.a('function');
  const element = page.document.querySelector('map-timeline') as MapTimeline;
  expect(element).to.be.instanceOf(MapTimelineClass!);
  const steps = () => [...element.shadowRoot!.querySelectorAll('[data-item-id]')];
  await framesUntil(() => steps().length === plan.items.length, 'every step of the plan drawn');

  expect(
    steps()
      .map((node) => node.getAttribute('data-item-id'))
      .sort(),
  ).to.deep.equal(plan.items.map((item) => item.id).sort());
  const part = (id: string) =>
    element.shadowRoot!.querySelector(`[data-item-id="${id}"]`)!.getAttribute('part')!.split(' ');
  expect(part('demo')).to.include('bar');
  expect(part('go-no-go')).to.include('decision');
  expect(part('contract-signed')).to.include.members(['milestone', 'conditional']);
  expect(
    element.shadowRoot!.querySelector('[part~="link"][data-from="discovery"][data-to="demo"]'),
    'the discovery → demo arrow',
  ).to.exist;
  expect(element.shadowRoot!.querySelector('[part~="header"]')!.textContent).to.include(plan.title);
  return element;
}

const scriptsLoaded = (page: PageWindow): string[] =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\.m?js$/.test(path));

/** The step panel's code, which an editable timeline fetches by itself once the page is idle (see panel-preload). */
const PANEL = `${STATIC}dist/map-timeline.bundle.inspector.js`;

/** The scripts loaded since `before`, but for the step panel's, whose fetch ahead may fall in any moment of rest. */
const loadedSince = (page: PageWindow, before: Set<string>): string[] =>
  scriptsLoaded(page).filter((path) => !before.has(path) && path !== PANEL);

/** Exports a PNG and checks it is the whole plan at slide width; says which scripts the export had to load. */
async function exportLoads(page: PageWindow, element: MapTimeline): Promise<string[]> {
  const before = new Set(scriptsLoaded(page));
  const blob = await element.exportPNG({ scale: 1 });
  expect(blob.type).to.equal('image/png');
  expect((await createImageBitmap(blob)).width).to.equal(1920);
  return loadedSince(page, before);
}

describe('a static page without a bundler', () => {
  let plan: Plan;
  before(async () => {
    plan = await (await fetch(PLAN)).json();
  });

  it('runs the one-file bundle from a script tag: the element registers, draws the plan and exports a PNG', async () => {
    const page = await openPage((frame) => (frame.src = `${STATIC}test/components/fixtures/bundle-page.html`));
    const element = await shownPlan(page, plan);
    expect(scriptsLoaded(page), 'one file before any export').to.deep.equal([`${STATIC}dist/map-timeline.bundle.js`]);
    expect(
      await exportLoads(page, element),
      'the PNG export and html2canvas, next to the bundle, on the first export',
    ).to.deep.equal([
      `${STATIC}dist/map-timeline.bundle.export-png.js`,
      `${STATIC}dist/map-timeline.bundle.html2canvas.js`,
    ]);
  });

  it('asks the browser to compile the bundle while it loads, and only the bundle', async () => {
    const first = async (name: string) => (await (await fetch(`${STATIC}dist/${name}`)).text()).split('\n', 1)[0];
    expect(await first('map-timeline.bundle.js')).to.equal('//# allFunctionsCalledOnLoad');
    expect(await first('map-timeline.bundle.inspector.js'), 'a part loaded when used').not.to.include('allFunctions');
  });

  it('fetches the import code, next to the bundle, on the first import only', async () => {
    const page = await openPage((frame) => (frame.src = `${STATIC}test/components/fixtures/bundle-page.html`));
    const element = await shownPlan(page, plan);
    const bundle = await (await fetch(`${STATIC}dist/map-timeline.bundle.js`)).text();
    expect(bundle, 'no import code in the bundle').not.to.include('looks like the header of a step table');
    const before = new Set(scriptsLoaded(page));
    const csv = await (await fetch(`${STATIC}test/import/fixtures/helios-map.csv`)).text();
    const result = await element.importFile(new File([csv], 'helios-map.csv'));
    expect(result.plan!.items).to.have.length(8);
    expect(loadedSince(page, before)).to.deep.equal([`${STATIC}dist/map-timeline.bundle.import.js`]);
    expect(element.getPlan().title, 'the plan shown is unchanged').to.equal(plan.title);
  });

  it('has the step panel with its styles, from next to the bundle, when a step is first selected', async () => {
    const page = await openPage((frame) => (frame.src = `${STATIC}test/components/fixtures/bundle-page.html`));
    const element = await shownPlan(page, plan);
    const root = element.shadowRoot!;
    const before = new Set(scriptsLoaded(page));
    expect(root.querySelector('.inspector'), 'no panel before a selection').to.equal(null);
    const timelineWidth = root.querySelector<HTMLElement>('.scroller')!.getBoundingClientRect().width;
    element.selectedIds = ['demo'];
    await element.updateComplete;
    const panel = root.querySelector<HTMLElement>('.inspector');
    expect(panel, 'the panel, once updateComplete resolves').to.exist;
    expect(panel!.querySelector<HTMLInputElement>('[name="title"]')!.value).to.equal(
      plan.items.find((item) => item.id === 'demo')!.title,
    );
    // Styled from its first frame: beside the timeline, which gives it room, not below it.
    const box = panel!.getBoundingClientRect();
    const scroller = root.querySelector<HTMLElement>('.scroller')!.getBoundingClientRect();
    expect(box.left, 'the panel is right of the timeline').to.be.closeTo(scroller.right, 2);
    expect(scroller.width, 'the timeline is narrower').to.be.below(timelineWidth - 200);
    expect(scriptsLoaded(page), 'the panel’s code, fetched ahead or now').to.include(PANEL);
    expect(loadedSince(page, before), 'nothing else').to.deep.equal([]);
  });

  it('fetches the collaboration code, next to the bundle, only when the plan is shared live', async () => {
    const page = await openPage((frame) => (frame.src = `${STATIC}test/components/fixtures/bundle-page.html`));
    const element = await shownPlan(page, plan);
    const bundle = await (await fetch(`${STATIC}dist/map-timeline.bundle.js`)).text();
    expect(bundle, 'no Yjs in the bundle').not.to.include('Unexpected content type');
    const before = new Set(scriptsLoaded(page));
    const { url } = await executeServerCommand<{ url: string }, undefined>('collab-server');
    const room = `bundle-${crypto.randomUUID()}`; // a room of its own, whatever ran before
    element.collab = url;
    element.planId = room;
    element.collabToken = await executeServerCommand<string, object>('collab-token', {
      room,
      side: 'seller',
      name: 'S',
    });
    const connection = () => element.shadowRoot!.querySelector('.presence .connection')?.textContent;
    await framesUntil(() => connection() === 'Live', 'the bundled page joins the room');
    expect(loadedSince(page, before)).to.deep.equal([`${STATIC}dist/map-timeline.bundle.collab.js`]);
    expect(element.getPlan().title, 'the seller seeded the room with its plan').to.equal(plan.title);
  });

  it('carries the same stylesheet as the sources, minified', async () => {
    const page = await openPage((frame) => (frame.src = `${STATIC}test/components/fixtures/bundle-page.html`));
    const element = await shownPlan(page, plan);
    const bundled = page.customElements.get('map-timeline') as unknown as typeof MapTimeline;
    defineMapTimeline(); // the sources' element, in this window: defining it gathers its styles
    const source = customElements.get('map-timeline') as unknown as typeof MapTimeline;
    const sheets = (element: typeof MapTimeline) => element.elementStyles as CSSResult[];
    // Rules as the browser reads them; custom properties keep their text as written, so spaces after commas and
    // around brackets are set aside.
    const rules = (element: typeof MapTimeline) =>
      sheets(element).flatMap((sheet) =>
        [...sheet.styleSheet!.cssRules].map((rule) => rule.cssText.replace(/\s*([,()])\s*/g, '$1')),
      );
    expect(rules(bundled)).to.have.length.above(100);
    expect(rules(bundled)).to.deep.equal(rules(source));
    const length = (element: typeof MapTimeline) =>
      sheets(element).reduce((sum, sheet) => sum + sheet.cssText.length, 0);
    expect(length(bundled)).to.be.below(0.9 * length(source));
    expect(page.getComputedStyle(element).borderTopLeftRadius).to.equal('10px');
  });

  it("exports the element's class and the model from the bundle to the page's own modules", async () => {
    const page = await openPage((frame) => (frame.src = `${STATIC}test/components/fixtures/bundle-page.html`));
    await shownPlan(page, plan);
    const exports = page.fromPage!;
    expect(exports.MapTimeline).to.equal(page.customElements.get('map-timeline'));
    expect(exports.validatePlan(plan).items).to.have.length(plan.items.length);
    expect(() => exports.validatePlan({ ...plan, version: 2 })).to.throw();
  });

  it("runs dist/index.js with the README's import map", async () => {
    const readme = await (await fetch(`${STATIC}README.md`)).text();
    const mapText = /<script type="importmap">([\s\S]*?)<\/script>/.exec(readme)?.[1];
    expect(mapText, 'an import map in the README').to.be.a('string');
    const { imports } = JSON.parse(mapText!) as { imports: Record<string, string> };
    // The README serves node_modules/ at the site root with the package in it; here the package is this checkout.
    const here = Object.fromEntries(
      Object.entries(imports).map(([name, url]) => [
        name,
        url.replace('/node_modules/map-timeline/', STATIC).replace('/node_modules/', `${STATIC}node_modules/`),
      ]),
    );
    const page = await openPage(
      (frame) =>
        (frame.srcdoc = `<!doctype html>
      <script type="importmap">${JSON.stringify({ imports: here })}</script>
      <script>
        window.pageErrors = [];
        addEventListener('error', (event) => pageErrors.push(String(event.message)));
      </script>
      <script type="module">
        import { MapTimeline } from 'map-timeline';
        import { validatePlan } from 'map-timeline/model';
        window.fromPage = { MapTimeline, validatePlan };
      </script>
      <map-timeline src="${PLAN}" today="2026-04-01" zoom="month" style="display: block; height: 600px"></map-timeline>`),
    );
    const element = await shownPlan(page, plan);
    expect(page.fromPage!.MapTimeline).to.equal(page.customElements.get('map-timeline'));
    expect(page.fromPage!.validatePlan(plan).title).to.equal(plan.title);

    const scripts = scriptsLoaded(page);
    expect(scripts).to.include.members([
      `${STATIC}dist/index.js`,
      `${STATIC}node_modules/lit/index.js`,
      `${STATIC}node_modules/idb-keyval/dist/index.js`,
    ]);
    expect(
      scripts.filter((path) => !path.startsWith(STATIC)),
      'scripts from the test server',
    ).to.deep.equal([]);
    expect(await exportLoads(page, element)).to.include(`${STATIC}node_modules/html2canvas/dist/html2canvas.esm.js`);
  });
});
