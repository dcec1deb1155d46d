import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { buildPages } from './build.mjs';
import { serve } from './serve.mjs';
const outDir = await mkdtemp(join(tmpdir(), 'dbg-bench-'));
await buildPages(outDir, { minify: false });
const server = await serve(outDir);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROME_ARGS, '--window-size=1280,800'] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 800 });
await page.goto(server.url + 'ours.html');
await page.waitForFunction(() => 'bench' in window);
const steps = Number(process.argv[2] ?? 100);
await page.evaluate((n) => window.bench.prepare(n), steps);
await page.evaluate(() => window.bench.render());
const point = await page.evaluate(() => window.bench.dragPoint());
await page.evaluate(() => {
  window.__imports = new Map();
  const orig = Document.prototype.importNode;
  Document.prototype.importNode = function (node, deep) {
    const first = node.firstElementChild ?? node.firstChild;
    const text = (node.firstElementChild?.outerHTML ?? node.textContent ?? '').slice(0, 90).replace(/\s+/g, ' ');
    window.__imports.set(text, (window.__imports.get(text) ?? 0) + 1);
    return orig.call(this, node, deep);
  };
});
await page.mouse.move(point.x, point.y);
await page.mouse.down();
for (let m = 1; m <= 20; m++) { await page.mouse.move(point.x + m * 10, point.y); await page.evaluate(() => new Promise(r => requestAnimationFrame(() => r()))); }
const counts = await page.evaluate(() => [...window.__imports].sort((a, b) => b[1] - a[1]).slice(0, 15));
console.log(counts);
await page.mouse.up();
await browser.close(); await server.close();
