// Regenerates the README screenshots in docs/: builds the demo, serves it with `vite preview` and has a headless
// Chrome/Chromium capture each view. `today` is pinned, so the samples are laid out the same way every time.
//
//   npm run screenshot                 all shots
//   npm run screenshot -- seller dark  only those
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build, preview } from 'vite';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './find-chrome.mjs';

const TODAY = '2026-11-25';
const OUT_DIR = resolve('docs');
const IMPORT_FILE = resolve('test/import/fixtures/helios-map.csv');

/** name → query string and extra browser flags */
const SHOTS = {
  // The enterprise plan fitted to the screen (Fit: the whole plan both ways), seller and buyer.
  seller: { query: { plan: 'enterprise', audience: 'seller' } },
  buyer: { query: { plan: 'enterprise', audience: 'buyer' } },
  presentation: { query: { plan: 'enterprise', audience: 'seller', present: '1' } },
  // Dark comes from the OS preference (prefers-color-scheme), not from a demo switch.
  dark: {
    query: { plan: 'enterprise', audience: 'seller' },
    flags: ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'],
  },
  // Three lanes of one row each: lane heads at their tightest.
  'one-row-lanes': { query: { plan: 'small', audience: 'seller' } },
  // A template-style spreadsheet through the Import button: the preview, then the plan it gives once confirmed.
  'import-preview': { query: { plan: 'enterprise' }, file: 'import-preview.png', importing: IMPORT_FILE },
  'import-result': { query: { plan: 'enterprise' }, file: 'import-result.png', importing: IMPORT_FILE, confirm: true },
  // "New plan", then a title, three named lanes and three steps, with one step selected and its details open.
  'new-plan': { query: { plan: 'enterprise' }, building: true },
};
// Each sample at the two zooms a meeting uses most.
for (const plan of ['enterprise', 'hiring', 'go-live'])
  for (const zoom of ['week', 'month']) SHOTS[`${plan}-${zoom}`] = { query: { plan, audience: 'seller', zoom } };

const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(SHOTS);
const unknown = names.filter((name) => !(name in SHOTS));
if (unknown.length > 0) {
  console.error(`Unknown shot(s): ${unknown.join(', ')}. Known: ${Object.keys(SHOTS).join(', ')}`);
  process.exit(1);
}

await build({ logLevel: 'warn' });
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', open: false } });
const base = server.resolvedUrls?.local[0];
try {
  if (!base) throw new Error('vite preview did not report a URL');
  for (const name of names) {
    const shot = SHOTS[name];
    const url = `${base}?${new URLSearchParams({ today: TODAY, ...shot.query })}`;
    const file = join(OUT_DIR, shot.file ?? `demo-${name}.png`);
    await capture(url, file, shot);
    console.log(`${file}  ${Math.round((await stat(file)).size / 1024)} KB  ← ${url}`);
  }
} finally {
  await server.close();
}

async function capture(url, file, { flags = [], importing, confirm = false, building = false }) {
  // A fresh profile each time (nothing stored in IndexedDB), and real time: storage answers as it would for a user.
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: [...CHROME_ARGS, '--hide-scrollbars', ...flags],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
    if (flags.includes('--force-dark-mode'))
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      document.querySelector('map-timeline')?.shadowRoot?.querySelector('[data-item-id]'),
    );
    await page.evaluate(() => document.fonts.ready);
    await new Promise((resolve) => setTimeout(resolve, 600)); // the fit after the stored plan's load, and its paint
    if (importing) await importThroughPreview(page, importing, confirm);
    if (building) await buildNewPlan(page);
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}

/** Picks the file with the demo's Import button, waits for the preview, and confirms it when asked. */
async function importThroughPreview(page, path, confirm) {
  const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#import-plan')]);
  await chooser.accept([path]);
  const shadow = (selector) =>
    `document.querySelector('map-timeline').shadowRoot.querySelector(${JSON.stringify(selector)})`;
  // The preview's own timeline once it draws the plan, or the findings of a file that gave none.
  await page.waitForFunction(
    `${shadow('dialog.import-dialog[open] .import-timeline')}?.shadowRoot?.querySelector('[data-item-id]') ?? ${shadow('dialog.import-dialog[open] .import-nothing')}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 600)); // the preview's fit and paint
  if (!confirm) return;
  await page.evaluate(`${shadow('dialog.import-dialog .import-button.primary')}.click()`);
  await page.waitForFunction(`!${shadow('dialog.import-dialog')}`);
  await new Promise((resolve) => setTimeout(resolve, 600)); // the fit to the imported plan, and its paint
}

/**
 * The demo's "New plan" button, then what a rep sets up first, through the element's API (the same commands its
 * panels run): the plan's title, the two lanes named, a partner lane, a step in each lane; then a real click selects
 * the buyer's step and opens its details.
 */
async function buildNewPlan(page) {
  await page.click('#new-plan');
  await page.waitForFunction(() => document.querySelector('map-timeline')?.getPlan().items.length === 0);
  await page.evaluate(async () => {
    const element = document.querySelector('map-timeline');
    element.updatePlan({ title: 'Acme Logistics × Northwind — Fleet Analytics' });
    element.updateParty('seller', { name: 'Northwind Software' });
    element.updateParty('buyer', { name: 'Acme Logistics' });
    const partner = element.addParty({ name: 'Brightpath Consulting', side: 'partner' });
    const workshop = element.addItem({
      partyId: 'seller',
      title: 'Discovery workshop',
      start: '2026-11-30',
      end: '2026-12-04',
    });
    const review = element.addItem({
      partyId: 'buyer',
      title: 'Security review',
      start: '2026-12-07',
      end: '2026-12-11',
    });
    element.addItem({ partyId: partner.id, title: 'Implementation SOW', start: '2026-12-14', end: '2026-12-18' });
    element.link(workshop.id, review.id);
    element.fit();
    await element.updateComplete;
  });
  await new Promise((resolve) => setTimeout(resolve, 600)); // the fit and its paint
  const point = await page.evaluate(() => {
    const step = document.querySelector('map-timeline').shadowRoot.querySelector('[aria-label^="Security review"]');
    const box = step.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() =>
    document.querySelector('map-timeline').shadowRoot.querySelector('.inspector [name="title"]'),
  );
  // The whole plan in the narrower timeline beside the details; no hover highlight, and the demo's hint gone.
  await page.evaluate(() => document.querySelector('map-timeline').fit());
  await page.mouse.move(5, 890);
  await page.waitForFunction(() => !document.querySelector('#toasts .toast'), { timeout: 10000 });
  await new Promise((resolve) => setTimeout(resolve, 600));
}
