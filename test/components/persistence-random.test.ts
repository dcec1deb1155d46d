import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { moveItem, removeItem, updateItem, link } from '../../src/model/commands.js';
import { appendLog, type Edit } from '../../src/model/edit.js';
import { History } from '../../src/model/history.js';
import type { Plan } from '../../src/model/types.js';
import { cleanUp, uniqueId } from '../io/storage-fixtures.js';
import { between, pick, randomPlan, seededRandom } from '../support/random-plan.js';

async function mount(id: string, plan?: Plan): Promise<MapTimeline> {
  const element = document.createElement('map-timeline');
  element.planId = id;
  if (plan) element.plan = plan;
  const loaded = plan ? Promise.resolve() : oneEvent(element, 'map-load');
  await fixture(html`<div style="width:900px">${element}</div>`);
  await loaded;
  return element;
}

/** The plan without log timestamps, which differ between the element and the replay. */
const comparable = (plan: Plan) => ({ ...plan, log: (plan.log ?? []).map(({ at: _at, ...rest }) => rest) });

describe('<map-timeline> randomized edits, undo, redo and reloads (seeded)', () => {
  it('matches an independent replay on the model after every reload', async function () {
    this.timeout(60_000);
    const id = uniqueId('random');
    const random = seededRandom(20261125);
    let expected = randomPlan(random, { steps: 24, parties: 3, days: 120 });
    let history = new History();
    let element = await mount(id, expected);
    let reloads = 0;
    // 200 random steps: edits through the element's methods, undo, redo, and reloads from IndexedDB.
    try {
      for (let step = 0; step < 200; step += 1) {
        const roll = random();
        if (roll < 0.1) {
          await element.flush();
          element.parentElement!.remove();
          element = await mount(id);
          history = new History();
          reloads += 1;
          expect(comparable(element.getPlan()), `after reload at step ${step}`).to.deep.equal(comparable(expected));
          continue;
        }
        if (roll < 0.22) {
          const move = history.undo();
          expect(element.undo(), `undo at step ${step}`).to.equal(move !== undefined);
          if (move) expected = move.plan;
          continue;
        }
        if (roll < 0.3) {
          const move = history.redo();
          expect(element.redo(), `redo at step ${step}`).to.equal(move !== undefined);
          if (move) expected = move.plan;
          continue;
        }
        const target = pick(random, expected.items).id;
        const other = pick(random, expected.items).id;
        const kind = pick(random, [0, 0, 0, 0, 1, 1, 1, 3, 3, 2]); // removals rarer, so the plan lasts 200 steps
        const days = between(random, -5, 9);
        const title = `T${step}`;
        const run: [(plan: Plan) => Edit, () => void][] = [
          [(plan) => moveItem(plan, target, days), () => element.updateItem(target, shifted(element, target, days))],
          [(plan) => updateItem(plan, target, { title }), () => element.updateItem(target, { title })],
          [(plan) => removeItem(plan, target), () => element.removeItem(target)],
          [(plan) => link(plan, other, target), () => element.link(other, target)],
        ];
        const [command, gesture] = run[kind]!;
        let edit: Edit;
        try {
          edit = command(expected);
        } catch {
          expect(gesture, `step ${step} refused by both`).to.throw();
          continue;
        }
        gesture();
        if (edit.changes.length === 0) continue;
        // Stamped as the element stamps them, so both logs compact repeated moves alike.
        const at = new Date().toISOString();
        const next = appendLog(
          edit.plan,
          edit.changes.map((change) => ({ ...change, at })),
        );
        history.record(expected, { plan: next, changes: edit.changes });
        expected = next;
        expect(
          comparable(element.getPlan()),
          `after step ${step} (command ${kind} on ${target}, ${other}, ${days})`,
        ).to.deep.equal(comparable(expected));
      }
      expect(reloads).to.be.greaterThan(10);
      expect(expected.items.length).to.be.greaterThan(3);
    } finally {
      await element.flush();
      await cleanUp(id);
    }
  });
});

/** The element's equivalent of moveItem: new dates through updateItem (cascade included). */
function shifted(element: MapTimeline, id: string, days: number) {
  const item = element.getPlan().items.find((candidate) => candidate.id === id)!;
  const add = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  };
  return { start: add(item.start), end: add(item.end) };
}
