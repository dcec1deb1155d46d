// Medians per library and plan size, the table printed to stdout, and the goals as ratios to the fastest peer.
import { KINDS } from './trace.mjs';
import { median, quantile } from './stats.mjs';

export const FRAME_MS = 1000 / 60;
/** "A few milliseconds" of main thread for a hover or a click at 5,000 steps. */
export const POINTING_MS = 4;
export const NAMES = {
  ours: 'map-timeline',
  frappe: 'frappe-gantt',
  vis: 'vis-timeline',
  dhtmlx: 'dhtmlx-gantt',
  floor: 'static page',
};
/** The page with no script on input (bench/pages/floor.ts): shown as the floor of each figure, never as a peer. */
const FLOOR = 'floor';
const KB = 1024;
const MB = 1024 * 1024;

const medianKinds = (list) => Object.fromEntries(KINDS.map((kind) => [kind, median(list.map((kinds) => kinds[kind]))]));

export function summarize(runs) {
  const moves = runs.flatMap((run) => run.moves);
  const latencies = runs.flatMap((run) => run.latencies);
  const drop = median(runs.map((run) => run.dropToPaint));
  const laneMoves = runs.flatMap((run) => run.laneMoves ?? []);
  const laneLatencies = runs.flatMap((run) => run.laneLatencies ?? []);
  const hovers = runs.flatMap((run) => run.hovers ?? []);
  const selects = runs.flatMap((run) => run.selects ?? []);
  const scrolls = runs.flatMap((run) => run.scrolls ?? []);
  const orNone = (list, figure) => (list.length > 0 ? figure(list) : undefined);
  return {
    runs: runs.length,
    plan: runs[0].plan,
    renderWall: median(runs.map((run) => run.renderWall)),
    renderBusy: median(runs.map((run) => run.renderBusy)),
    renderKinds: medianKinds(runs.map((run) => run.renderKinds)),
    editWall: median(runs.map((run) => run.editWall)),
    editBusy: median(runs.map((run) => run.editBusy)),
    editKinds: medianKinds(runs.map((run) => run.editKinds)),
    moveBusy: median(moves),
    moveBusyP95: quantile(moves, 0.95),
    moveKinds: medianKinds(runs.map((run) => run.moveKinds)),
    laneMoveBusy: orNone(laneMoves, median),
    laneMoveBusyP95: orNone(laneMoves, (list) => quantile(list, 0.95)),
    laneInputToPaintP95: orNone(laneLatencies, (list) => quantile(list, 0.95)),
    hoverBusy: orNone(hovers, median),
    hoverBusyP95: orNone(hovers, (list) => quantile(list, 0.95)),
    selectBusy: orNone(selects, median),
    selectBusyP95: orNone(selects, (list) => quantile(list, 0.95)),
    scrollBusy: orNone(scrolls, median),
    scrollBusyP95: orNone(scrolls, (list) => quantile(list, 0.95)),
    inputToPaintP50: median(latencies),
    inputToPaintP95: quantile(latencies, 0.95),
    // Event Timing only reports interactions of 16 ms or more (0 here): shown as "<16", compared as 16.
    dropToPaint: drop < 16 ? '<16' : drop,
    nodes: median(runs.map((run) => run.nodes)),
    stepsInDom: median(runs.map((run) => run.stepsInDom)),
    stepsVisible: median(runs.map((run) => run.stepsVisible)),
    domPerVisible: median(runs.map((run) => run.stepsInDom / Math.max(1, run.stepsVisible))),
    heapMB: median(runs.map((run) => run.heapAfter)) / MB,
    heapDeltaMB: median(runs.map((run) => run.heapDelta)) / MB,
    raw: runs.map(({ plan, renderKinds, editKinds, moveKinds, ...rest }) => rest),
  };
}

const ROWS = [
  { key: 'renderWall', label: 'first render to painted', unit: 'ms' },
  { key: 'renderBusy', label: '  main-thread busy in it', unit: 'ms' },
  { key: 'editWall', label: 're-render after one edit', unit: 'ms' },
  { key: 'moveBusy', label: 'main thread per drag move (median)', unit: 'ms' },
  { key: 'moveBusyP95', label: 'main thread per drag move (p95)', unit: 'ms' },
  { key: 'inputToPaintP95', label: 'input-to-paint per move (p95)', unit: 'ms' },
  { key: 'laneMoveBusy', label: 'main thread per cross-lane drag move (median)', unit: 'ms' },
  { key: 'laneMoveBusyP95', label: 'main thread per cross-lane drag move (p95)', unit: 'ms' },
  { key: 'laneInputToPaintP95', label: 'input-to-paint per cross-lane move (p95)', unit: 'ms' },
  { key: 'hoverBusy', label: 'main thread per hover of a step (median)', unit: 'ms' },
  { key: 'hoverBusyP95', label: 'main thread per hover of a step (p95)', unit: 'ms' },
  { key: 'selectBusy', label: 'main thread per click selecting a step (median)', unit: 'ms' },
  { key: 'selectBusyP95', label: 'main thread per click selecting a step (p95)', unit: 'ms' },
  { key: 'scrollBusy', label: 'main thread per 40 px wheel scroll (median)', unit: 'ms' },
  { key: 'scrollBusyP95', label: 'main thread per 40 px wheel scroll (p95)', unit: 'ms' },
  { key: 'dropToPaint', label: 'drop to paint (Event Timing)', unit: 'ms' },
  { key: 'nodes', label: 'DOM elements', unit: '' },
  { key: 'domPerVisible', label: 'steps in DOM ÷ steps in view', unit: '' },
  { key: 'heapMB', label: 'JS heap after render', unit: 'MB' },
];

const format = (value, digits = 0) => {
  if (value === undefined) return 'n/a';
  if (typeof value === 'string') return value;
  return value >= 100 || digits === 0 ? Math.round(value).toLocaleString('en-US') : value.toFixed(digits);
};

const numeric = (value) => (value === '<16' ? 16 : value);

/** Ours divided by the best peer (the lowest figure among those measured). */
export function ratioToFastest(results, key, steps) {
  const ours = numeric(results.ours?.[steps]?.[key]);
  const peers = Object.entries(results)
    .filter(([system]) => system !== 'ours' && system !== FLOOR)
    .map(([system, bySize]) => ({ system, value: numeric(bySize[steps]?.[key]) }))
    .filter((peer) => typeof peer.value === 'number');
  if (typeof ours !== 'number' || peers.length === 0) return undefined;
  const fastest = peers.reduce((best, peer) => (peer.value < best.value ? peer : best));
  return { ratio: ours / fastest.value, ours, fastest };
}

function pad(cells, widths) {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
    .join('  ');
}

export function table(results, sizes, bundles, exportTimes, huge) {
  const systems = Object.keys(NAMES).filter((system) => results[system]);
  const header = [
    '',
    ...systems.map((system) => (system === FLOOR ? `${NAMES[system]} (floor)` : NAMES[system])),
    'ours ÷ fastest peer',
  ];
  const lines = [];
  for (const row of ROWS) {
    for (const steps of sizes) {
      const label = `${row.label}, ${steps.toLocaleString('en-US')} steps${row.unit ? ` (${row.unit})` : ''}`;
      const digits =
        row.unit === 'MB' || /^(move|lane|hover|select|scroll|input)/.test(row.key) || row.key === 'domPerVisible'
          ? 1
          : 0;
      const ratio = ratioToFastest(results, row.key, steps);
      // A "<16" on either side makes the ratio a bound rather than a figure.
      const bound =
        row.key !== 'dropToPaint'
          ? ''
          : results.ours[steps]?.[row.key] === '<16'
            ? '≤'
            : ratio?.fastest.value === 16
              ? '≥'
              : '';
      lines.push([
        label,
        ...systems.map((system) => format(results[system][steps]?.[row.key], digits)),
        ratio ? `${bound}${ratio.ratio.toFixed(2)}×` : '',
      ]);
    }
  }
  if (huge) {
    const ratio = ratioToFastest(huge.results, 'renderWall', huge.steps);
    lines.push([
      `first render to painted, ${huge.steps.toLocaleString('en-US')} steps (ms)`,
      ...systems.map((system) => {
        const found = huge.results[system]?.[huge.steps];
        return found?.failed ?? format(found?.renderWall);
      }),
      ratio ? `${ratio.ratio.toFixed(2)}×` : '',
    ]);
  }
  const peerSizes = Object.entries(bundles.peers);
  const fastestBundle = Math.min(...peerSizes.map(([, size]) => size));
  lines.push([
    'bundle, gzip (KB)',
    ...systems.map((system) =>
      system === FLOOR ? '' : format(system === 'ours' ? bundles.ours.mainGzip / KB : bundles.peers[system] / KB, 1),
    ),
    `${(bundles.ours.mainGzip / fastestBundle).toFixed(2)}×`,
  ]);
  lines.push([
    '  lazy chunks (export, import), gzip (KB)',
    ...systems.map((system) =>
      system === 'ours'
        ? bundles.ours.lazyGzip === undefined
          ? 'pending'
          : format(bundles.ours.lazyGzip / KB, 1)
        : '',
    ),
    '',
  ]);
  lines.push([
    'PNG export, 200 steps (ms)',
    ...systems.map((system) =>
      system === 'ours' ? (exportTimes === undefined ? 'n/a' : format(median(exportTimes))) : '',
    ),
    '',
  ]);
  const widths = header.map((cell, index) => Math.max(cell.length, ...lines.map((line) => line[index].length)));
  const rule = widths.map((width) => '─'.repeat(width)).join('──');
  return [pad(header, widths), rule, ...lines.map((line) => pad(line, widths))].join('\n');
}

export function goals(results, bundles, huge) {
  const check = (name, met, detail) => ({ name, met, detail });
  // What the same measure gives on a page that does nothing: the part of every figure that no library can remove.
  const floorOf = (key, steps) => {
    const ms = results[FLOOR]?.[steps]?.[key];
    return typeof ms === 'number' ? `; a static page ${format(ms, 1)} ms` : '';
  };
  const versus = (key, steps, limit) => {
    const found = ratioToFastest(results, key, steps);
    if (!found) return { met: false, detail: 'not measured' };
    return {
      met: found.ratio <= limit,
      detail: `${found.ratio.toFixed(2)}× (ours ${format(found.ours, 1)} ms, fastest peer ${NAMES[found.fastest.system]} ${format(found.fastest.value, 1)} ms${floorOf(key, steps)})`,
    };
  };
  const list = [];
  for (const steps of [1000, 5000]) {
    const { met, detail } = versus('renderWall', steps, 0.5);
    list.push(check(`first render ≤ 0.5× the fastest peer at ${steps.toLocaleString('en-US')} steps`, met, detail));
  }
  if (huge) {
    const found = ratioToFastest(huge.results, 'renderWall', huge.steps);
    const label = `first render ≤ 0.5× the fastest peer that draws it at ${huge.steps.toLocaleString('en-US')} steps`;
    list.push(
      found
        ? check(
            label,
            found.ratio <= 0.5,
            `${found.ratio.toFixed(2)}× (ours ${format(found.ours)} ms, fastest peer ${NAMES[found.fastest.system]} ${format(found.fastest.value)} ms)`,
          )
        : check(label, false, 'not measured'),
    );
  }
  const drag = versus('moveBusy', 5000, 0.5);
  list.push(check('main thread per drag move ≤ 0.5× the fastest peer at 5,000 steps', drag.met, drag.detail));
  const lane = versus('laneMoveBusy', 5000, 0.5);
  list.push(
    check(
      'main thread per cross-lane drag move ≤ 0.5× the fastest peer with lanes at 5,000 steps',
      lane.met,
      lane.detail,
    ),
  );
  for (const [key, what] of [
    ['hoverBusy', 'hover of a step'],
    ['selectBusy', 'click selecting a step'],
  ]) {
    const ms = results.ours?.[5000]?.[key];
    list.push(
      check(
        `main thread per ${what} at 5,000 steps within a few ms (≤ ${POINTING_MS} ms)`,
        ms !== undefined && ms <= POINTING_MS,
        `${format(ms, 1)} ms (p95 ${format(results.ours?.[5000]?.[`${key}P95`], 1)} ms${floorOf(key, 5000)})`,
      ),
    );
  }
  const p95 = results.ours?.[5000]?.inputToPaintP95;
  list.push(
    check(
      'input-to-paint p95 within one frame (16.7 ms) at 5,000 steps',
      p95 !== undefined && p95 <= FRAME_MS,
      `${format(p95, 1)} ms`,
    ),
  );
  const small = results.ours?.[1000]?.nodes;
  const large = results.ours?.[5000]?.nodes;
  const overscan = results.ours?.[5000]?.domPerVisible;
  list.push(
    check(
      'DOM nodes bounded by what is visible (5× the steps, at most 1.5× the nodes)',
      small !== undefined && large !== undefined && large <= 1.5 * small,
      `${format(small)} elements at 1,000 steps, ${format(large)} at 5,000 (${large && small ? (large / small).toFixed(2) : '?'}×); ` +
        `${format(results.ours?.[5000]?.stepsInDom)} steps in the DOM for ${format(results.ours?.[5000]?.stepsVisible)} in view (${format(overscan, 1)}×)`,
    ),
  );
  const main = bundles.ours.mainGzip / KB;
  list.push(
    check(
      'main bundle ≤ 40 KB gzip without html2canvas',
      main <= 40 && !bundles.ours.html2canvasInMain,
      `${main.toFixed(1)} KB${bundles.ours.html2canvasInMain ? ', html2canvas is in the main chunk' : ''}`,
    ),
  );
  return list;
}

export function goalLines(list) {
  return list.map((goal) => `  ${goal.met ? 'MET ' : 'MISS'}  ${goal.name}: ${goal.detail}`).join('\n');
}

/** Where our main-thread time goes, by kind of work, for the largest plan. */
export function ourBreakdown(results, steps) {
  const ours = results.ours?.[steps];
  if (!ours) return '';
  const line = (label, kinds) =>
    `  ${label.padEnd(22)}${KINDS.map((kind) => `${kind} ${format(kinds[kind], 1)}`).join(' · ')}`;
  return [
    line('first render', ours.renderKinds),
    line('re-render after edit', ours.editKinds),
    line('per drag move', ours.moveKinds),
  ].join('\n');
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Our bundle, part by part: the main chunk's modules (estimated gzip and minified size each, largest first; `limit`
 * of them, all without), the same summed by package or folder, and the chunks loaded on first use.
 */
export function sizeReport(ours, limit = Infinity) {
  const main = ours.modules.filter((module) => module.main);
  const width = Math.max(...main.map((module) => module.name.length), ...ours.byArea.map((area) => area.name.length));
  const row = (name, gzip, bytes, extra = '') =>
    `  ${name.padEnd(width)}  ${kb(gzip).padStart(8)}  ${kb(bytes).padStart(8)}${extra}`;
  const header = `  ${''.padEnd(width)}  ${'gzip'.padStart(8)}  ${'minified'.padStart(8)}`;
  const shown = main.slice(0, limit);
  const rest = main.slice(shown.length);
  const lines = [
    `Main bundle ${kb(ours.mainGzip)} gzip, by module (estimates: each module minified and compressed alone, scaled to the chunk's real gzip size)`,
    header,
    ...shown.map((module) => row(module.name, module.gzip, module.bytes)),
  ];
  if (rest.length > 0) {
    const sum = (key) => rest.reduce((total, module) => total + module[key], 0);
    lines.push(row(`${rest.length} more modules`, sum('gzip'), sum('bytes')));
  }
  lines.push(
    '',
    'Main bundle by package or folder',
    header,
    ...ours.byArea.map((area) => row(area.name, area.gzip, area.bytes, `  ${area.modules} modules`)),
    '',
    'Loaded on first use',
    ...ours.lazyChunks.map((chunk) => `  ${chunk.name}  ${kb(chunk.gzip)} gzip, ${chunk.modules} modules`),
  );
  return lines.join('\n');
}
