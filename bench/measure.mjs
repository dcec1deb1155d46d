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
    const trace = parseTrace(await page.tracing.stop());

    const span = (label) => [mark(trace, `bench:${label}:start`), mark(trace, `bench:${label}:end`)];
    const moves = [];
    for (let move = 1; move <= MOVES; move += 1)
      moves.push(busy(trace, mark(trace, `bench:move:${move - 1}`), mark(trace, `bench:move:${move}`)));
    const dragWindow = [mark(trace, 'bench:move:0'), mark(trace, `bench:move:${MOVES}`)];
    const dragKinds = breakdown(trace, ...dragWindow);
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
