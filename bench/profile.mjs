// `npm run bench -- --profile`: where map-timeline spends its time at 5,000 steps, by function and source line
// (CPU profile of an unminified build, mapped back through its source maps), and by kind of work (trace).
import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { DRAG_PX, MOVES, POINTED, openPage } from './measure.mjs';
import { KINDS, breakdown, mark, parseTrace, selfByName } from './trace.mjs';

const TOP = Number(process.env.TOP ?? 18);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

const bench = (page, method, ...args) => page.evaluate((name, values) => window.bench[name](...values), method, args);

async function sourceMaps(outDir) {
  const cache = new Map();
  return async (url) => {
    if (!url.startsWith('http')) return undefined;
    const file = join(outDir, new URL(url).pathname);
    if (!cache.has(file))
      cache.set(
        file,
        readFile(`${file}.map`, 'utf8')
          .then((text) => new SourceMap(JSON.parse(text)))
          .catch(() => undefined),
      );
    return cache.get(file);
  };
}

/** Self and total (inclusive) milliseconds per function, located in the original sources. */
async function attribute(profile, mapFor) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const hits = new Map();
  profile.samples.forEach((id, index) => hits.set(id, (hits.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0)));
  const where = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const map = await mapFor(url);
    const entry = map?.findEntry(lineNumber, columnNumber);
    const source = entry?.originalSource
      ? entry.originalSource.replace(/^.*?(src\/|node_modules\/|bench\/)/, '$1')
      : url
        ? url.split('/').at(-1)
        : '';
    const line = entry?.originalSource ? entry.originalLine + 1 : lineNumber + 1;
    where.set(node.id, { name: functionName || '(anonymous)', at: source ? `${source}:${line}` : '' });
  }
  const self = new Map();
  const total = new Map();
  for (const [id, micros] of hits) {
    const key = (nodeId) => `${where.get(nodeId).name}  ${where.get(nodeId).at}`;
    self.set(key(id), (self.get(key(id)) ?? 0) + micros);
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const name = key(node);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + micros);
    }
  }
  const top = (map, filter = () => true) =>
    [...map]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, micros]) => `    ${(micros / 1000).toFixed(1).padStart(8)} ms  ${name}`)
      .join('\n');
  return { self: top(self), total: top(total, (name) => name.includes('src/')) };
}

export async function profile(browser, base, outDir, STEPS = 5000) {
  const mapFor = await sourceMaps(outDir);
  const { page, errors } = await openPage(browser, `${base}ours.html`);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const out = [];
  const phase = async (label, run) => {
    await cdp.send('Profiler.start');
    await run();
    const { profile: result } = await cdp.send('Profiler.stop');
    const found = await attribute(result, mapFor);
    out.push(
      `\n${label}\n  self time (ms):\n${found.self}\n  total time of our functions (ms, callees included):\n${found.total}`,
    );
  };
  try {
    const plan = await bench(page, 'prepare', STEPS);
    await page.tracing.start({ categories: CATEGORIES });
    await phase(`first render, ${STEPS.toLocaleString('en-US')} steps`, () => bench(page, 'render'));
    // Work the element leaves for a moment of rest after a plan's first frames (indexing its layout) belongs to
    // neither phase: a user's first edit comes after such a moment.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const wait = () => requestIdleCallback((idle) => (idle.timeRemaining() >= 40 ? resolve() : wait()));
          wait();
        }),
    );
    await phase('re-render after one edit', () => bench(page, 'edit'));
    const point = await bench(page, 'dragPoint');
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await bench(page, 'mark', 'bench:move:0');
    const moveTo = async (move) => {
      await page.mouse.move(point.x + Math.round((DRAG_PX * move) / MOVES), point.y);
      await bench(page, 'mark', `bench:move:${move}`);
    };
    // The first move starts the drag: what it costs apart is what a drag's first frame waits for.
    await phase(`first move of the drag, which starts it (step ${plan.id})`, () => moveTo(1));
    await phase(
      `drag ${DRAG_PX} px in ${MOVES - 1} more moves (step ${plan.id}, ${plan.dependents} transitive dependents)`,
      async () => {
        for (let move = 2; move <= MOVES; move += 1) await moveTo(move);
      },
    );
    await phase('drop (the drag committed, with its cascade)', async () => {
      await page.mouse.up();
      await bench(page, 'mark', 'bench:drop');
    });
    const lane = await bench(page, 'crossLanePoint');
    if (lane) {
      await page.mouse.move(lane.x, lane.y);
      await page.mouse.down();
      await bench(page, 'mark', 'bench:lane:0');
      const down = Math.ceil(MOVES / 4);
      await phase(`cross-lane drag (step ${lane.id}), ${MOVES} moves`, async () => {
        for (let move = 1; move <= MOVES; move += 1) {
          const y = lane.y + Math.round((lane.dy * Math.min(move, down)) / down);
          await page.mouse.move(lane.x + Math.round((DRAG_PX * move) / MOVES), y);
          await bench(page, 'mark', `bench:lane:${move}`);
        }
      });
      await page.mouse.up();
    }
    const points = await bench(page, 'hoverPoints', POINTED);
    await bench(page, 'mark', 'bench:pointing:start');
    await phase(`hover and click ${points.length} steps, one after the other`, async () => {
      for (const [index, point] of points.entries()) {
        await bench(page, 'mark', `bench:hover:${index}`);
        await page.mouse.move(point.x, point.y);
        await bench(page, 'mark', `bench:hovered:${index}`);
        await page.mouse.click(point.x, point.y);
        await bench(page, 'mark', `bench:clicked:${index}`);
      }
    });
    await bench(page, 'mark', 'bench:pointing:end');
    await phase('five more edits of the same step, the code warmed up', () => bench(page, 'editAgain', 5));
    const trace = parseTrace(await page.tracing.stop());
    if (errors.length > 0) throw new Error(errors.join('\n'));
    /** Self time per trace event name, summed over every point's hover (or click) and divided by the points. */
    const pointing = (from, to) => {
      const totals = new Map();
      for (const index of points.keys())
        for (const { name, ms } of selfByName(
          trace,
          mark(trace, `bench:${from}:${index}`),
          mark(trace, `bench:${to}:${index}`),
        ))
          totals.set(name, (totals.get(name) ?? 0) + ms);
      return [...totals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([name, ms]) => `${name} ${(ms / Math.max(1, points.length)).toFixed(1)}`)
        .join(' · ');
    };
    const kinds = (from, to, divide = 1) => {
      const found = breakdown(trace, from, to);
      return KINDS.map((kind) => `${kind} ${(found[kind] / divide).toFixed(1)}`).join(' · ');
    };
    out.unshift(
      [
        `map-timeline profile at ${STEPS.toLocaleString('en-US')} steps (unminified build; times include profiler overhead)`,
        `  first render (ms):        ${kinds(mark(trace, 'bench:render:start'), mark(trace, 'bench:render:end'))}`,
        `  re-render after edit (ms): ${kinds(mark(trace, 'bench:edit:start'), mark(trace, 'bench:edit:end'))}`,
        `  per drag move (ms):        ${kinds(mark(trace, 'bench:move:0'), mark(trace, `bench:move:${MOVES}`), MOVES)}`,
        ...(lane
          ? [
              `  per cross-lane drag move (ms): ${kinds(mark(trace, 'bench:lane:0'), mark(trace, `bench:lane:${MOVES}`), MOVES)}`,
            ]
          : []),
        `  per hover + click (ms):     ${kinds(mark(trace, 'bench:pointing:start'), mark(trace, 'bench:pointing:end'), Math.max(1, points.length))}`,
        `  per hover, by trace event (ms): ${pointing('hover', 'hovered')}`,
        `  per click, by trace event (ms): ${pointing('hovered', 'clicked')}`,
        `  per drag move, by trace event (ms): ${selfByName(
          trace,
          mark(trace, 'bench:move:0'),
          mark(trace, `bench:move:${MOVES}`),
        )
          .slice(0, 12)
          .map(({ name, ms }) => `${name} ${(ms / MOVES).toFixed(1)}`)
          .join(' · ')}`,
        `  first render, by trace event (ms): ${selfByName(
          trace,
          mark(trace, 'bench:render:start'),
          mark(trace, 'bench:render:end'),
        )
          .slice(0, 12)
          .map(({ name, ms }) => `${name} ${ms.toFixed(1)}`)
          .join(' · ')}`,
      ].join('\n'),
    );
    return out.join('\n');
  } finally {
    await page.close();
  }
}
