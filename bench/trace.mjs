// Reading a Chrome trace: main-thread busy time between two `performance.mark`s, and what it was spent on.

const KIND_BY_EVENT = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.run': 'script',
  'V8.Execute': 'script',
  FireIdleCallback: 'script',
  ResizeObserverCallback: 'script',
  'v8.callFunction': 'script',
  'V8.BytecodeBudgetInterrupt': 'script',
  'V8.HandleInterrupts': 'script',
  'V8.DeoptimizeCode': 'script',
  'V8.CompileLazy': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  HitTest: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  'V8.GCIncrementalMarking': 'gc',
};
export const KINDS = ['script', 'style', 'layout', 'paint', 'gc', 'other'];

export function parseTrace(bytes) {
  const { traceEvents } = JSON.parse(Buffer.from(bytes).toString('utf8'));
  const marks = new Map();
  let thread;
  for (const event of traceEvents) {
    if (event.cat === 'blink.user_timing' && event.name.startsWith('bench:')) {
      marks.set(event.name, event.ts);
      thread ??= { pid: event.pid, tid: event.tid };
    }
  }
  if (!thread) throw new Error('the trace has no bench marks');
  const tasks = [];
  const slices = [];
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.pid !== thread.pid || event.tid !== thread.tid || !(event.dur > 0)) continue;
    if (event.name === 'RunTask') tasks.push(event);
    else slices.push(event);
  }
  tasks.sort((a, b) => a.ts - b.ts);
  slices.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return { marks, tasks, slices };
}

export function mark(trace, name) {
  const ts = trace.marks.get(name);
  if (ts === undefined) throw new Error(`no mark ${name} in the trace`);
  return ts;
}

/** Milliseconds the main thread spent running tasks between two marks (idle time, e.g. waiting for vsync, excluded). */
export function busy(trace, from, to) {
  let total = 0;
  let reached = from;
  for (const task of trace.tasks) {
    const start = Math.max(task.ts, reached);
    const end = Math.min(task.ts + task.dur, to);
    if (end > start) {
      total += end - start;
      reached = end;
    }
  }
  return total / 1000;
}

/** Self time between two marks by kind of work: script, style, layout, paint, gc, other (ms). */
export function breakdown(trace, from, to) {
  const totals = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  const stack = [];
  for (const slice of trace.slices) {
    if (slice.ts + slice.dur < from || slice.ts > to) continue;
    while (stack.length > 0 && stack.at(-1).end <= slice.ts) stack.pop();
    const parent = stack.at(-1);
    const kind =
      KIND_BY_EVENT[slice.name] ?? (slice.name.startsWith('V8.GC') ? 'gc' : undefined) ?? parent?.kind ?? 'other';
    const end = slice.ts + slice.dur;
    const self = Math.max(0, Math.min(end, to) - Math.max(slice.ts, from));
    if (parent) totals[parent.kind] -= self;
    totals[kind] += self;
    stack.push({ end, kind });
  }
  const inTasks = busy(trace, from, to);
  const counted = Object.values(totals).reduce((sum, value) => sum + value, 0) / 1000;
  const result = Object.fromEntries(KINDS.map((kind) => [kind, totals[kind] / 1000]));
  result.other += Math.max(0, inTasks - counted);
  return result;
}

/** Self time between two marks per trace event name, largest first (ms). */
export function selfByName(trace, from, to) {
  const totals = new Map();
  const stack = [];
  for (const slice of trace.slices) {
    if (slice.ts + slice.dur < from || slice.ts > to) continue;
    while (stack.length > 0 && stack.at(-1).end <= slice.ts) stack.pop();
    const self = Math.max(0, Math.min(slice.ts + slice.dur, to) - Math.max(slice.ts, from));
    const parent = stack.at(-1);
    if (parent) totals.set(parent.name, totals.get(parent.name) - self);
    totals.set(slice.name, (totals.get(slice.name) ?? 0) + self);
    stack.push({ end: slice.ts + slice.dur, name: slice.name });
  }
  return [...totals].map(([name, micros]) => ({ name, ms: micros / 1000 })).sort((a, b) => b.ms - a.ms);
}
