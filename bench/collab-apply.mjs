// Live plans: the time one remote change takes to reach the plan document of a 5,000-step plan (a Yjs update applied
// to the receiver's document, read back for the steps it touched, repaired, and handed to the plan document). Runs
// in Node on the sources: `node --import tsx bench/collab-apply.mjs` (`--json` for the figures as JSON); `npm run
// bench` runs it too. The goal is one frame (16.7 ms).
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { PlanBinding } from '../src/collab/index.ts';
import { PlanDocument } from '../src/document/plan-document.ts';
import { moveItem, updateItem } from '../src/model/commands.ts';
import { randomPlan, seededRandom } from '../test/support/random-plan.ts';

const STEPS = 5000;
const RUNS = 100;

/** A seller's documents seeded with the plan, and a second seller who joined them. */
function room() {
  const sender = new PlanDocument();
  sender.load(randomPlan(seededRandom(7), { steps: STEPS, parties: 10 }), 'property');
  const senderDocs = { shared: new Y.Doc(), internal: new Y.Doc() };
  new PlanBinding(sender, senderDocs);
  const receiverDocs = { shared: new Y.Doc(), internal: new Y.Doc() };
  Y.applyUpdate(receiverDocs.shared, Y.encodeStateAsUpdate(senderDocs.shared));
  Y.applyUpdate(receiverDocs.internal, Y.encodeStateAsUpdate(senderDocs.internal));
  const receiver = new PlanDocument();
  const joined = performance.now();
  new PlanBinding(receiver, receiverDocs);
  return { sender, senderDocs, receiver, receiverDocs, join: performance.now() - joined };
}

/** Milliseconds to apply each of `RUNS` remote changes made by `edit`, sorted. */
function timeRemote({ sender, senderDocs, receiverDocs }, edit) {
  const updates = [];
  senderDocs.shared.on('update', (update) => updates.push(update));
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const item = sender.plan.items[(run * 97) % STEPS];
    sender.apply((plan) => edit(plan, item, run), 'user');
    const update = updates.splice(0).at(-1);
    const started = performance.now();
    Y.applyUpdate(receiverDocs.shared, update);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const show = (sorted) =>
  `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;

const setup = room();
const renamed = timeRemote(setup, (plan, item, run) => updateItem(plan, item.id, { title: `Renamed ${run}` }));
const moved = timeRemote(setup, (plan, item) => moveItem(plan, item.id, 1));
if (process.argv.includes('--json')) {
  const figures = (sorted) => ({ p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) });
  const json = { steps: STEPS, runs: RUNS, joinMs: setup.join, rename: figures(renamed), drag: figures(moved) };
  console.log(JSON.stringify(json));
} else {
  console.log(`Live plan, ${STEPS.toLocaleString('en-US')} steps (goal: one frame, 16.7 ms)`);
  console.log(`  join the room (full read of the plan): ${setup.join.toFixed(0)} ms`);
  console.log(`  apply one remote change (a rename): ${show(renamed)}`);
  console.log(`  apply one remote drag with its cascade: ${show(moved)}`);
}
