// One measured visit of one library's page: first render, one committed edit, a 200 px drag of a step with dependents.
import { breakdown, busy, mark, parseTrace } from './trace.mjs';

export const DRAG_PX = 200;
export const MOVES = 20;
// v8.execute adds the microtask checkpoints, where Lit renders; without it that time has no name in the trace.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const bench = (page, method, ...args) => page.evaluate((name, values) => window.bench[name](...values), method, args);

export async function openPage(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  return { page, errors };
}

export async function visit(browser, url, steps) {
  const { page, errors } = await openPage(browser, url);
  const cdp = await page.createCDPSession();
  try {
    const plan = await bench(page, 'prepare', steps);
    const heapBefore = await usedHeap(cdp);
    await page.tracing.start({ categories: CATEGORIES });
    const renderWall = await bench(page, 'render');
    const { elements: nodes, stepsInDom, stepsVisible } = await bench(page, 'nodes');
    const heapAfter = await usedHeap(cdp);
    const editWall = await bench(page, 'edit');

    const point = await bench(page, 'dragPoint');
    await page.mouse.move(point.x, point.y);
    await bench(page, 'mark', 'bench:hover');
    await page.mouse.down();
    await bench(page, 'mark', 'bench:move:0');
    await bench(page, 'takeMoveLatencies');
    for (let move = 1; move <= MOVES; move += 1) {
      await page.mouse.move(point.x + Math.round((DRAG_PX * move) / MOVES), point.y);
      await bench(page, 'mark', `bench:move:${move}`);
    }
    const latencies = await bench(page, 'takeMoveLatencies');
    await page.mouse.up();
    await bench(page, 'mark', 'bench:drop');
    const eventTiming = await bench(page, 'eventTiming');
    const crossLane = await crossLaneDrag(page);
    const pointing = await hoverAndSelect(page);
    const wheel = await wheelScroll(page);
    const trace = parseTrace(await page.tracing.stop());

    const span = (label) => [mark(trace, `bench:${label}:start`), mark(trace, `bench:${label}:end`)];
    const moves = [];
    for (let move = 1; move <= MOVES; move += 1)
      moves.push(busy(trace, mark(trace, `bench:move:${move - 1}`), mark(trace, `bench:move:${move}`)));
    const dragWindow = [mark(trace, 'bench:move:0'), mark(trace, `bench:move:${MOVES}`)];
    const dragKinds = breakdown(trace, ...dragWindow);
    const between = (labels) =>
      labels.slice(1).map((label, index) => busy(trace, mark(trace, labels[index]), mark(trace, label)));
    const pointerUp = eventTiming.filter((entry) => entry.name === 'pointerup').map((entry) => entry.duration);
    if (errors.length > 0) throw new Error(errors.join('\n'));
    return {
      plan,
      renderWall,
      renderBusy: busy(trace, ...span('render')),
      renderKinds: breakdown(trace, ...span('render')),
      editWall,
      editBusy: busy(trace, ...span('edit')),
      editKinds: breakdown(trace, ...span('edit')),
      moves,
      moveKinds: Object.fromEntries(Object.entries(dragKinds).map(([kind, ms]) => [kind, ms / MOVES])),
      latencies,
      laneMoves: crossLane ? between(crossLane.labels) : undefined,
      laneLatencies: crossLane?.latencies,
      hovers: pointing.hovers.map((label, index) => between([pointing.before[index], label])[0]),
      selects: pointing.selects.map((label, index) => between([pointing.hovers[index], label])[0]),
      scrolls: wheel ? between(wheel) : undefined,
      // Event Timing reports interactions of 16 ms or more: none means the drop painted within 16 ms.
      dropToPaint: pointerUp.length > 0 ? Math.max(...pointerUp) : 0,
      nodes,
      stepsInDom,
      stepsVisible,
      heapAfter,
      heapDelta: heapAfter - heapBefore,
    };
  } finally {
    await page.close();
  }
}

/**
 * A drag of a step into the next lane, when the library has lanes: down into the lane below in the first quarter of
 * the moves, then sideways like the same-lane drag. Returns the mark labels around each move.
 */
async function crossLaneDrag(page) {
  const point = await bench(page, 'crossLanePoint');
  if (!point) return undefined;
  const down = Math.ceil(MOVES / 4);
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  await bench(page, 'mark', 'bench:lane:0');
  await bench(page, 'takeMoveLatencies');
  const labels = ['bench:lane:0'];
  for (let move = 1; move <= MOVES; move += 1) {
    const y = point.y + Math.round((point.dy * Math.min(move, down)) / down);
    await page.mouse.move(point.x + Math.round((DRAG_PX * move) / MOVES), y);
    labels.push(`bench:lane:${move}`);
    await bench(page, 'mark', labels.at(-1));
  }
  const latencies = await bench(page, 'takeMoveLatencies');
  await page.mouse.up();
  await bench(page, 'mark', 'bench:lane:drop');
  return { labels, latencies, id: point.id };
}

/** A wheel's sideways step, in pixels, and how many the bench scrolls: far enough to bring new steps into view. */
export const WHEEL_PX = 40;
export const WHEEL_STEPS = 20;

/** Scrolls the plan sideways by wheel, step by step, when the chart scrolls so: the mark labels around each step. */
async function wheelScroll(page) {
  const point = await bench(page, 'wheelPoint');
  if (!point) return undefined;
  await page.mouse.move(point.x, point.y);
  const labels = ['bench:wheel:0'];
  await bench(page, 'mark', labels[0]);
  for (let step = 1; step <= WHEEL_STEPS; step += 1) {
    await page.mouse.wheel({ deltaX: WHEEL_PX });
    labels.push(`bench:wheel:${step}`);
    await bench(page, 'mark', labels.at(-1));
  }
  return labels;
}

export const POINTED = 6;

/** Hovers and clicks a few steps in view, one after the other: marks after each hover and after each click. */
async function hoverAndSelect(page) {
  const points = await bench(page, 'hoverPoints', POINTED);
  const before = [];
  const hovers = [];
  const selects = [];
  let previous = 'bench:pointing:0';
  await bench(page, 'mark', previous);
  for (const [index, point] of points.entries()) {
    before.push(previous);
    await page.mouse.move(point.x, point.y);
    hovers.push(`bench:hover:${index}`);
    await bench(page, 'mark', hovers.at(-1));
    await page.mouse.click(point.x, point.y);
    selects.push(`bench:select:${index}`);
    await bench(page, 'mark', selects.at(-1));
    previous = selects.at(-1);
  }
  return { before, hovers, selects };
}

/**
 * First render only, of a plan too large for the full visit, in a context of its own so a library that hangs can be
 * left behind: the time, or why there is none (`failed`, or over `limitMs`).
 */
export async function renderOnly(browser, url, steps, limitMs) {
  const context = await browser.createBrowserContext();
  let timer;
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    await bench(page, 'prepare', steps);
    const limit = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), limitMs)));
    const result = await Promise.race([bench(page, 'render').catch((error) => ({ error })), limit]);
    if (result === 'timeout') return { failed: `> ${Math.round(limitMs / 1000)} s` };
    if (typeof result !== 'number' || errors.length > 0)
      return { failed: `failed: ${(errors[0] ?? result.error?.message ?? 'no time').split('\n')[0]}` };
    return { renderWall: result };
  } catch (error) {
    return { failed: `failed: ${error.message.split('\n')[0]}` };
  } finally {
    clearTimeout(timer);
    // A page still busy drawing may not answer a close: do not wait for it long.
    await Promise.race([context.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
}

/**
 * PNG export of a rendered plan, when the element has `exportPNG`: the first export, which also fetches html2canvas,
 * and `repeats` exports after it.
 */
export async function exportTimes(browser, url, steps, repeats) {
  const { page, errors } = await openPage(browser, url);
  try {
    await bench(page, 'prepare', steps);
    await bench(page, 'render');
    if (!(await bench(page, 'hasExport'))) return undefined;
    const first = await bench(page, 'exportPNG');
    const times = [];
    for (let run = 0; run < repeats; run += 1) times.push(await bench(page, 'exportPNG'));
    if (errors.length > 0) throw new Error(errors.join('\n'));
    return { first, times };
  } finally {
    await page.close();
  }
}
