import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addItem,
  changeLane,
  link,
  moveItems,
  removeItem,
  resizeItem,
  unlink,
  updateItem,
} from '../../src/model/commands.js';
import type { Edit } from '../../src/model/edit.js';
import { addDays } from '../../src/model/dates.js';
import { PlanError } from '../../src/model/errors.js';
import { History } from '../../src/model/history.js';
import { agree, setAgreement } from '../../src/model/plan-commands.js';
import type { Plan } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import { between, pick, randomPlan, seededRandom } from '../support/random-plan.js';

type Command = (plan: Plan, random: () => number, serial: number) => Edit;

const someItem = (plan: Plan, random: () => number) => pick(random, plan.items);

const COMMANDS: Command[] = [
  (plan, random, serial) => {
    const start = someItem(plan, random).start;
    return addItem(plan, {
      id: `new${serial}`,
      title: `New ${serial}`,
      partyId: pick(random, plan.parties).id,
      kind: 'task',
      start,
      end: addDays(start, between(random, 0, 6)),
    });
  },
  (plan, random) =>
    updateItem(plan, someItem(plan, random).id, {
      title: `Renamed ${between(random, 1, 99)}`,
      status: pick(random, ['todo', 'in-progress', 'done', 'blocked'] as const),
    }),
  (plan, random) => removeItem(plan, someItem(plan, random).id),
  (plan, random) => moveItems(plan, [someItem(plan, random).id, someItem(plan, random).id], between(random, -10, 14)),
  (plan, random) => {
    const task =
      plan.items.find((item) => item.kind === 'task' && random() < 0.3) ??
      plan.items.find((item) => item.kind === 'task')!;
    return resizeItem(plan, task.id, pick(random, ['start', 'end'] as const), between(random, -5, 5));
  },
  (plan, random) => changeLane(plan, someItem(plan, random).id, pick(random, plan.parties).id),
  (plan, random) => link(plan, someItem(plan, random).id, someItem(plan, random).id),
  (plan, random) => {
    const linked = plan.items.filter((item) => item.dependsOn?.length);
    const to = linked.length > 0 ? pick(random, linked) : someItem(plan, random);
    return unlink(plan, to.dependsOn?.[0] ?? 'none', to.id);
  },
  (plan, random) => setAgreement(plan, pick(random, ['vague', 'verbal', 'written'] as const)),
  (plan) => agree(plan, { by: 'Random' }),
];

describe('randomized command sequences (seeded, reproducible)', () => {
  for (const seed of [1, 7, 42, 2026]) {
    it(`seed ${seed}: every command leaves a valid plan, and undoing everything restores the original exactly`, () => {
      const random = seededRandom(seed);
      const original = randomPlan(random, { steps: 30, parties: 3, milestones: 0.1, days: 90 });
      validatePlan(original);
      const history = new History(10_000);
      let plan = original;
      let applied = 0;
      for (let serial = 0; serial < 250; serial += 1) {
        if (random() < 0.1 && history.canUndo) plan = history.undo()!.plan;
        else if (random() < 0.05 && history.canRedo) plan = history.redo()!.plan;
        else {
          if (plan.items.length < 3) break;
          let edit: Edit;
          try {
            edit = pick(random, COMMANDS)(plan, random, serial);
          } catch (error) {
            assert.ok(error instanceof PlanError, `seed ${seed} step ${serial}: ${String(error)}`);
            continue; // a refused command (cycle, unknown link, milestone resize) must leave nothing behind
          }
          history.record(plan, edit);
          plan = edit.plan;
          applied += 1;
        }
        assert.doesNotThrow(() => validatePlan(plan), `seed ${seed} step ${serial}`);
      }
      assert.ok(applied > 100, `only ${applied} commands applied`);
      while (history.canUndo) plan = history.undo()!.plan;
      assert.deepEqual(plan, original);
    });
  }
});
