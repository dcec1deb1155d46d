// The live figure: a seller's page drags a step, a buyer's page (its own browser context: its own storage and
// connection) shows it; both on one collaboration server on localhost. Measured from the drag's commit on the
// seller's page (its `map-change`) to the end of the frame that paints the change on the buyer's page.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.mjs';
import { createCollabServer } from '../server/create-server.mjs';
import { mintToken } from '../server/token.mjs';

export const LIVE_STEPS = 200;
export const LIVE_DRAGS = 30;
const DAYS = 3;
const DAY_PX = 16; // zoom="week"
const MOVES = 6;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function openLivePage(context, url) {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => 'live' in window);
  return { page, errors };
}

const call = (page, method, ...args) => page.evaluate((name, values) => window.live[name](...values), method, args);

/**
 * Over `drags` drags (alternately later and back), sorted times in ms from the commit on the seller's page: until the
 * buyer's page painted the change (`toPaint`), and until its plan held it (`toArrival`, the network part).
 */
export async function dragToPaint(browser, base, { steps = LIVE_STEPS, drags = LIVE_DRAGS } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'map-timeline-bench-collab-'));
  const secret = randomBytes(32).toString('hex');
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', AUTH_SECRET: secret, DATA_DIR: dataDir });
  const server = await createCollabServer(config, { warn() {}, error: console.error, log() {} });
  await server.listen();
  const buyerContext = await browser.createBrowserContext();
  try {
    const url = `ws://127.0.0.1:${server.port}`;
    const room = `bench-${Date.now().toString(36)}`;
    const seller = await openLivePage(browser, `${base}live.html`);
    const buyer = await openLivePage(buyerContext, `${base}live.html`);
    const joinAs = async ({ page }, side, name) =>
      call(page, 'join', {
        ...{ url, room, name, steps, seed: side === 'seller' },
        token: await mintToken({ room, side, name }, secret),
      });
    await joinAs(seller, 'seller', 'Sam');
    await joinAs(buyer, 'buyer', 'Bea');

    const times = [];
    for (let drag = 0; drag < drags; drag += 1) {
      const before = await call(buyer.page, 'counts');
      const was = await call(seller.page, 'startOf');
      const point = await call(seller.page, 'dragPoint');
      const dx = (drag % 2 === 0 ? 1 : -1) * DAYS * DAY_PX;
      await seller.page.mouse.move(point.x, point.y);
      await seller.page.mouse.down();
      for (let move = 1; move <= MOVES; move += 1)
        await seller.page.mouse.move(point.x + Math.round((dx * move) / MOVES), point.y);
      await seller.page.mouse.up();
      await seller.page.waitForFunction((start) => window.live.startOf() !== start, {}, was);
      await buyer.page.waitForFunction((count) => window.live.counts().paints > count, {}, before.paints);
      const committed = await call(seller.page, 'lastCommit');
      const { arrived, painted } = await call(buyer.page, 'lastRemote');
      times.push({ total: painted - committed, arrival: arrived - committed });
    }
    const errors = [...seller.errors, ...buyer.errors];
    if (errors.length > 0) throw new Error(errors.join('\n'));
    const sorted = (field) => times.map((time) => time[field]).sort((a, b) => a - b);
    return { toPaint: sorted('total'), toArrival: sorted('arrival') };
  } finally {
    await buyerContext.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export const summary = (sorted) => ({
  p50: quantile(sorted, 0.5),
  p95: quantile(sorted, 0.95),
  max: sorted.at(-1),
  n: sorted.length,
});
