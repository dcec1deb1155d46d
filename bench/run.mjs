// `npm run bench`: our element against frappe-gantt, vis-timeline and dhtmlx-gantt in one headless Chromium run.
//   --quick        100 and 1,000 steps, two runs each (a smoke test)
//   --runs N       runs per library and plan size (default 5; 3 at 5,000 steps)
//   --only a,b     only these libraries (ours, frappe, vis, dhtmlx)
//   --profile      instead of the comparison: where our element spends its time at 5,000 steps (CPU profile);
//   --steps N      with --profile: a plan of N steps instead
//   --sizes        instead of the comparison: our bundle's size, every module of the main chunk, the lazy chunks
//   --live         only the live figures: a drag on one page painted on another through a real server, and one
//                  remote change applied to a 5,000-step plan
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from '../scripts/find-chrome.mjs';
import { FLOOR, LIVE_PAGE, SYSTEMS, buildPages, ourBundleSizes, peerBundleSizes } from './build.mjs';
import { LIVE_DRAGS, LIVE_STEPS, dragToPaint, summary } from './live.mjs';
import { DRAG_PX, MOVES, WHEEL_PX, WHEEL_STEPS, exportTimes, renderOnly, visit } from './measure.mjs';
import { profile } from './profile.mjs';
import { NAMES, goalLines, goals, ourBreakdown, sizeReport, summarize, table } from './report.mjs';
import { serve } from './serve.mjs';
import { median } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    runs: { type: 'string' },
    only: { type: 'string' },
    profile: { type: 'boolean' },
    steps: { type: 'string' },
    sizes: { type: 'boolean' },
    live: { type: 'boolean' },
  },
});
if (args.sizes) {
  console.log(sizeReport(await ourBundleSizes()));
  process.exit(0);
}
const SIZES = args.quick ? [100, 1000] : [100, 1000, 5000];
const runsFor = (steps) => Number(args.runs ?? 0) || (args.quick ? 2 : steps >= 5000 ? 3 : 5);
const PNG_STEPS = 200;
/** The largest plan: first render only, in full runs; a library that takes longer than the limit is reported so. */
const HUGE_STEPS = 20000;
const HUGE_LIMIT_MS = 60000;
const HUGE_RUNS = 2;
const systems = args.only ? args.only.split(',').filter((name) => SYSTEMS.includes(name)) : SYSTEMS;

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const started = Date.now();
const outDir = await mkdtemp(join(tmpdir(), 'map-timeline-bench-'));
const log = (text) => process.stderr.write(`${text}\n`);
let server;
let browser;
try {
  log('building the pages…');
  await buildPages(outDir, { minify: !args.profile, ...(args.live ? { pages: [LIVE_PAGE] } : {}) });
  server = await serve(outDir);
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, '--window-size=1280,800'],
  });
  if (args.profile) {
    console.log(await profile(browser, server.url, outDir, Number(args.steps) || 5000));
  } else {
    const json = args.live ? undefined : await compare(browser, server.url);
    const live = await liveFigures(browser, server.url);
    console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (json && !args.quick && !args.only)
      await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify({ ...json, live }, null, 2)}\n`);
  }
} finally {
  await browser?.close();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
}

/**
 * Live plans: a drag on the seller's page until the buyer's page painted it (two pages, one server on localhost), and
 * one remote change applied to a 5,000-step plan, measured in Node (bench/collab-apply.mjs).
 */
async function liveFigures(browser, base) {
  log(`measuring live plans: ${LIVE_DRAGS} drags from one page to another…`);
  const { toPaint, toArrival } = await dragToPaint(browser, base);
  const dragged = summary(toPaint);
  const arrived = summary(toArrival);
  log('measuring live plans: remote changes to a 5,000-step plan…');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/collab-apply.mjs', '--json'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bench/collab-apply.mjs failed:\n${run.stderr}`);
  const applied = JSON.parse(run.stdout);
  const ms = ({ p50, p95, max }) => `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
  console.log(`\nLive plans (goal for one remote change: one frame, 16.7 ms)`);
  console.log(
    `  drag committed on one page to painted on another, ${LIVE_STEPS} steps, one server on localhost, ${dragged.n} drags: ${ms(dragged)}`,
  );
  console.log(`    of which until the other page's plan held it (server and network): ${ms(arrived)}`);
  console.log(`  ${applied.steps.toLocaleString('en-US')} steps, ${applied.runs} changes each:`);
  console.log(`    join the room (full read of the plan): ${applied.joinMs.toFixed(0)} ms`);
  console.log(`    apply one remote change (a rename): ${ms(applied.rename)}`);
  console.log(`    apply one remote drag with its cascade: ${ms(applied.drag)}`);
  return { dragToPaint: { steps: LIVE_STEPS, ...dragged, arrival: arrived }, remoteChange: applied };
}

/** First render of the largest plan, interleaved like the rest; a library that failed once is not tried again. */
async function hugeRenders(browser, base) {
  const times = {};
  const failed = {};
  // The floor draws a window of the plan whatever its size: a first render of it says nothing about large plans.
  const drawing = systems.filter((system) => system !== FLOOR);
  for (let run = 0; run < HUGE_RUNS; run += 1) {
    for (const system of drawing) {
      if (failed[system]) continue;
      const result = await renderOnly(browser, `${base}${system}.html`, HUGE_STEPS, HUGE_LIMIT_MS);
      if (result.failed) failed[system] = result.failed;
      else (times[system] ??= []).push(result.renderWall);
      log(
        `${NAMES[system].padEnd(13)} ${String(HUGE_STEPS).padStart(5)} steps  run ${run + 1}: render ${result.failed ?? `${result.renderWall.toFixed(0)} ms`}`,
      );
    }
  }
  const results = Object.fromEntries(
    drawing.map((system) => [
      system,
      {
        [HUGE_STEPS]: failed[system]
          ? { failed: failed[system] }
          : { renderWall: median(times[system]), runs: times[system] },
      },
    ]),
  );
  return { steps: HUGE_STEPS, limitMs: HUGE_LIMIT_MS, results };
}

async function compare(browser, base) {
  const runs = {};
  for (const steps of SIZES) {
    for (let run = 0; run < runsFor(steps); run += 1) {
      // Libraries take turns within each round, so a noisy moment on the machine does not land on one of them.
      for (const system of systems) {
        const result = await visit(browser, `${base}${system}.html`, steps);
        ((runs[system] ??= {})[steps] ??= []).push(result);
        log(
          `${NAMES[system].padEnd(13)} ${String(steps).padStart(5)} steps  run ${run + 1}: render ${result.renderWall.toFixed(0)} ms, move ${Math.max(...result.moves).toFixed(1)} ms max`,
        );
      }
    }
  }
  const results = Object.fromEntries(
    Object.entries(runs).map(([system, bySize]) => [
      system,
      Object.fromEntries(Object.entries(bySize).map(([steps, list]) => [steps, summarize(list)])),
    ]),
  );
  const huge = args.quick ? undefined : await hugeRenders(browser, base);
  const png = systems.includes('ours') ? await exportTimes(browser, `${base}ours.html`, PNG_STEPS, 3) : undefined;
  if (png)
    log(
      `PNG export, ${PNG_STEPS} steps: ${png.times.map((ms) => ms.toFixed(0)).join(' / ')} ms (first export, fetching html2canvas too: ${png.first.toFixed(0)} ms)`,
    );
  log('measuring bundles…');
  const bundles = { ours: await ourBundleSizes(), peers: await peerBundleSizes() };
  const version = await browser.version();
  const goalList = systems.includes('ours') ? goals(results, bundles, huge) : [];

  const heading =
    `map-timeline bench · ${version} (headless) · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · box 1200×700 · ` +
    `medians of ${SIZES.map((steps) => `${runsFor(steps)} runs at ${steps.toLocaleString('en-US')}`).join(', ')} · drag ${DRAG_PX} px in ${MOVES} moves`;
  console.log(`\n${heading}\n`);
  console.log(table(results, SIZES, bundles, png?.times, huge));
  const anyRun = Object.values(results)[0];
  console.log(
    `\nEdited and dragged: ${SIZES.map((steps) => `${anyRun[steps].plan.id} at ${steps.toLocaleString('en-US')} steps (${anyRun[steps].plan.dependents.toLocaleString('en-US')} transitive dependents)`).join(', ')}`,
  );
  if (goalList.length > 0) {
    console.log(`\nGoals (ratios to the fastest peer in this run)\n${goalLines(goalList)}`);
    console.log(
      `\nWhere map-timeline's main-thread time goes at ${SIZES.at(-1).toLocaleString('en-US')} steps (ms, trace self time)\n${ourBreakdown(results, SIZES.at(-1))}`,
    );
  }
  console.log(`\n${sizeReport(bundles.ours, 25)}`);

  const json = {
    date: new Date().toISOString(),
    browser: version,
    machine: { cpus: cpus().length, model: cpus()[0]?.model },
    setup: {
      box: [1200, 700],
      sizes: SIZES,
      runs: Object.fromEntries(SIZES.map((steps) => [steps, runsFor(steps)])),
      dragPx: DRAG_PX,
      moves: MOVES,
      wheel: { px: WHEEL_PX, steps: WHEEL_STEPS },
      parties: 10,
      dependencies: 1.2,
      milestones: 0.05,
      days: 365,
    },
    results,
    ...(huge ? { huge } : {}),
    bundles,
    pngExport: png
      ? { steps: PNG_STEPS, times: png.times, firstWithLoad: png.first }
      : 'n/a: the element has no exportPNG() yet',
    goals: goalList,
  };
  return json;
}
