// One person's page in a shared plan, for the live figure: the seller's page drags, the buyer's page paints. Each page
// records wall-clock times (`performance.timeOrigin + now`, comparable across the two pages of one machine): when a
// drag of its own committed, when someone else's change reached its plan, and when the frame showing it was painted.
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapChangeEvent } from '../../src/events.js';
import { painted } from './harness.js';
import { benchPlan, dragStep, planDays, shiftDays } from './plans.js';

const now = (): number => performance.timeOrigin + performance.now();
const box = document.getElementById('box')!;
const element = document.createElement('map-timeline') as MapTimeline;
const commits: number[] = [];
const paints: number[] = [];
const arrivals: number[] = [];
let target = '';

element.addEventListener('map-change', (event) => {
  const { source } = (event as MapChangeEvent).detail;
  if (source === 'user') commits.push(now());
  else if (source === 'remote') {
    arrivals.push(now());
    void element.updateComplete.then(painted).then(() => paints.push(now()));
  }
});

const connection = (): string =>
  element.shadowRoot?.querySelector('.presence .connection')?.textContent ?? '';

async function until(test: () => boolean, what: string): Promise<void> {
  for (const end = performance.now() + 15000; !test(); await painted())
    if (performance.now() > end) throw new Error(`live bench: timed out waiting until ${what}`);
}

const live = {
  /** Joins the room; the seller brings the plan of `steps` steps, the buyer waits until it has arrived. */
  async join(options: { url: string; room: string; token: string; name: string; steps: number; seed: boolean }) {
    const plan = benchPlan(options.steps);
    target = dragStep(plan).id;
    element.style.cssText = 'width:100%;height:100%';
    element.today = shiftDays(planDays(plan).first, 30);
    element.zoom = 'week';
    element.collab = options.url;
    element.planId = options.room;
    element.collabToken = options.token;
    element.user = { name: options.name, color: options.seed ? '#2563eb' : '#db2777' };
    box.append(element);
    if (options.seed) element.plan = plan;
    await until(() => connection() === 'Live', 'the page is live');
    await until(() => element.plan.items.length === plan.items.length, 'the page has the plan');
    return target;
  },
  /** The point to press on the dragged step, brought into view. */
  async dragPoint() {
    const node = () => element.shadowRoot!.querySelector(`[data-item-id="${CSS.escape(target)}"]`);
    const step = element.plan.items.find((item) => item.id === target)!;
    element.scrollToDate(step.start);
    await until(() => node() !== null, 'the dragged step is drawn');
    node()!.scrollIntoView({ block: 'center', inline: 'center' });
    await painted();
    const rect = node()!.getBoundingClientRect();
    return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };
  },
  startOf: () => element.plan.items.find((item) => item.id === target)!.start,
  counts: () => ({ commits: commits.length, paints: paints.length }),
  lastCommit: () => commits.at(-1),
  /** When the last change from someone else reached the plan, and when the frame showing it was painted. */
  lastRemote: () => ({ arrived: arrivals.at(-1)!, painted: paints.at(-1)! }),
};

Object.assign(window, { live });
