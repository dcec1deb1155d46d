import type { Plan } from '../../src/model/types.js';
import { benchPlan, dragStep, shiftDays } from './plans.js';

/** What each library's page provides: drawing a plan, committing one edit, and finding a step's node. */
export interface Chart {
  /** Draws the plan into the box; resolves when the library says the first drawing is done. */
  render(): Promise<void> | void;
  /** Commits one edit: the step moves to new dates (through the library's own editing API). */
  edit(id: string, start: string, end: string): Promise<void> | void;
  /** The node a user presses to drag the step. */
  stepNode(id: string): Element | null;
  /** Matches one node per drawn step, to compare what is in the DOM with what is in view. */
  stepSelector: string;
  /** Scrolls the step into view when plain `scrollIntoView` cannot (a library that only draws what is visible). */
  reveal?(id: string): Promise<void> | void;
  exportPNG?(): Promise<Blob>;
  /**
   * Brings a step that sits just above another lane into view, ready for a drag into that lane: the point to press
   * and how far down the other lane's first row is. Undefined for a library without lanes (or without such a step).
   */
  crossLane?(): Promise<CrossLane | undefined> | CrossLane | undefined;
  /**
   * The box scrolls its plan sideways under a horizontal wheel, as a page does (ours and the static page). The peers
   * zoom or pan under a wheel, each its own way, so their wheel is not measured against ours.
   */
  scrollsByWheel?: boolean;
}

/** Where a cross-lane drag presses (client px) and how far it moves down to land in the next lane. */
export interface CrossLane {
  x: number;
  y: number;
  dy: number;
  id: string;
}

export type ChartFactory = (box: HTMLElement, plan: Plan) => Chart;

/** Resolves after the next frame has been rendered (style, layout and paint of everything done so far). */
export function painted(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

/** Elements inside the box, shadow trees included. */
function countElements(root: Element | ShadowRoot): number {
  let count = 0;
  for (const child of Array.from(root.children)) {
    count += 1 + countElements(child);
    if (child.shadowRoot) count += countElements(child.shadowRoot);
  }
  return count;
}

/**
 * Input-to-paint of every pointer move: from the event's timestamp (when the input arrived) to the end of the
 * frame that handled it. Event Timing does not report pointermove, so this is measured the same way for all.
 */
function recordMoveLatency(into: number[]): void {
  window.addEventListener('pointermove', (event) => {
    const arrived = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => into.push(performance.now() - arrived);
      channel.port2.postMessage(undefined);
    });
  }, { capture: true });
}

/** Event Timing entries (pointerdown / pointerup / click) with their input-to-paint durations; returns a flush. */
function recordEventTiming(into: { name: string; duration: number }[]): () => void {
  const keep = (entries: PerformanceEntryList) => entries.forEach((entry) => into.push({ name: entry.name, duration: entry.duration }));
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  return () => keep(observer.takeRecords());
}

export function installBench(name: string, factory: ChartFactory): void {
  const box = document.getElementById('box')!;
  const moveLatencies: number[] = [];
  const eventTiming: { name: string; duration: number }[] = [];
  recordMoveLatency(moveLatencies);
  const flushEventTiming = recordEventTiming(eventTiming);
  let chart: Chart | undefined;
  let plan: Plan | undefined;
  let target = { id: '', dependents: 0 };

  // Started from a message task rather than inside the DevTools evaluation, so the trace names it as script.
  const timed = (label: string, run: () => Promise<void> | void): Promise<number> => new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = async () => {
      try {
        performance.mark(`bench:${label}:start`);
        const started = performance.now();
        await run();
        await painted();
        const elapsed = performance.now() - started;
        performance.mark(`bench:${label}:end`);
        resolve(elapsed);
      } catch (error) {
        reject(error);
      }
    };
    channel.port2.postMessage(undefined);
  });

  const api = {
    name,
    /** Generates the plan and converts it to the library's format: not timed. */
    prepare(steps: number) {
      plan = benchPlan(steps);
      target = dragStep(plan);
      chart = factory(box, plan);
      return { ...target, steps: plan.items.length, links: plan.items.reduce((sum, item) => sum + (item.dependsOn?.length ?? 0), 0) };
    },
    render: () => timed('render', () => chart!.render()),
    /** Moves the drag step two days later (once per page). */
    edit() {
      const item = plan!.items.find((candidate) => candidate.id === target.id)!;
      return timed('edit', () => chart!.edit(item.id, shiftDays(item.start, 2), shiftDays(item.end, 2)));
    },
    /** Moves the drag step a day further each time, after `edit` (for the profile of warmed-up edits). */
    async editAgain(times: number) {
      const item = plan!.items.find((candidate) => candidate.id === target.id)!;
      for (let day = 3; day < 3 + times; day += 1) {
        await chart!.edit(item.id, shiftDays(item.start, day), shiftDays(item.end, day));
        await painted();
      }
    },
    /** Elements in the box, and how many steps are in the DOM against how many can be seen in the box. */
    /** Counted two frames after the first render, once what a library draws after its first frame is there too. */
    async nodes() {
      await painted();
      await painted();
      const inBox = box.getBoundingClientRect();
      const root = (box.firstElementChild?.shadowRoot ?? box) as ParentNode;
      const steps = Array.from(root.querySelectorAll(chart!.stepSelector));
      const visible = steps.filter((node) => {
        const rect = node.getBoundingClientRect();
        return rect.width > 0 && rect.right > inBox.left && rect.left < inBox.right && rect.bottom > inBox.top && rect.top < inBox.bottom;
      });
      return { elements: countElements(box), stepsInDom: steps.length, stepsVisible: visible.length };
    },
    /** Brings the step to drag into view and returns the point to press on it. */
    async dragPoint() {
      if (chart!.reveal) await chart!.reveal(target.id);
      else chart!.stepNode(target.id)?.scrollIntoView({ block: 'center', inline: 'nearest' });
      // Some libraries draw what scrolled into view a few frames (or a timer) later, and vis scrolls vertically to a
      // focused item over several frames: wait until the step is drawn where a 200 px drag fits in the box.
      const inBox = box.getBoundingClientRect();
      const pointOn = (node: Element) => {
        const rect = node.getBoundingClientRect();
        return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
      };
      const fits = (point: { x: number; y: number }) =>
        point.x >= inBox.left && point.x + 200 <= inBox.right && point.y >= inBox.top && point.y <= inBox.bottom;
      let node: Element | null = null;
      for (const waitUntil = performance.now() + 3000; performance.now() < waitUntil;) {
        await painted();
        node = chart!.stepNode(target.id);
        if (node && fits(pointOn(node))) break;
      }
      await painted();
      node = chart!.stepNode(target.id) ?? node;
      if (!node) throw new Error(`${name}: no node for step ${target.id}`);
      const point = pointOn(node);
      if (!fits(point)) {
        throw new Error(`${name}: step ${target.id} at ${point.x},${point.y} leaves no room for a 200 px drag in the box`);
      }
      return point;
    },
    /** Waits for the frame after an input, then marks its end in the trace. */
    async mark(label: string) {
      await painted();
      performance.mark(label);
    },
    /** The press point and vertical distance of a drag into the next lane, or undefined (no lanes). */
    async crossLanePoint() {
      if (!chart!.crossLane) return undefined;
      const found = await chart!.crossLane();
      await painted();
      if (!found) return undefined;
      const inBox = box.getBoundingClientRect();
      if (found.x < inBox.left || found.x + 200 > inBox.right || found.y + found.dy > inBox.bottom || found.y < inBox.top)
        throw new Error(`${name}: cross-lane step ${found.id} at ${found.x},${found.y} (+${found.dy}) leaves no room in the box`);
      return found;
    },
    /** Where a wheel scrolls the plan (the middle of the box), when the chart scrolls by wheel. */
    wheelPoint() {
      if (!chart!.scrollsByWheel) return undefined;
      const inBox = box.getBoundingClientRect();
      return { x: Math.round(inBox.left + inBox.width / 2), y: Math.round(inBox.top + inBox.height / 2) };
    },
    /** Centres of up to `count` steps drawn whole inside the box, spread over it: where to hover and click. */
    hoverPoints(count: number) {
      const inBox = box.getBoundingClientRect();
      const root = (box.firstElementChild?.shadowRoot ?? box) as ParentNode;
      const hits = (root as Document | ShadowRoot).elementFromPoint ? (root as Document | ShadowRoot) : document;
      // Steps drawn whole and on top at both ends (not under a sticky column or header), so a click only selects.
      const onTop = (node: Element, x: number, y: number) => {
        const hit = hits.elementFromPoint(x, y);
        return hit !== null && (hit === node || node.contains(hit) || hit.contains(node));
      };
      const points = Array.from(root.querySelectorAll(chart!.stepSelector))
        .map((node) => ({ node, rect: node.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width >= 8 && rect.height >= 8 && rect.left > inBox.left && rect.right < inBox.right - 20 && rect.top > inBox.top + 60 && rect.bottom < inBox.bottom - 20)
        .filter(({ node, rect }) => onTop(node, rect.left + 2, rect.top + rect.height / 2) && onTop(node, rect.right - 2, rect.top + rect.height / 2))
        .map(({ rect }) => ({ x: Math.round(rect.left + Math.min(rect.width / 2, 20)), y: Math.round(rect.top + rect.height / 2) }));
      const step = Math.max(1, Math.floor(points.length / count));
      return points.filter((_, index) => index % step === 0).slice(0, count);
    },
    takeMoveLatencies: () => moveLatencies.splice(0),
    /** Entries reach observers some time after their paint: give them that time. */
    async eventTiming() {
      await painted();
      await new Promise((resolve) => setTimeout(resolve, 250));
      flushEventTiming();
      return eventTiming.slice();
    },
    hasExport: () => typeof chart?.exportPNG === 'function',
    exportPNG: () => timed('export', async () => {
      const blob = await chart!.exportPNG!();
      if (!(blob instanceof Blob) || blob.size === 0) throw new Error('exportPNG gave no image');
    }),
  };
  (window as unknown as { bench: typeof api }).bench = api;
}
