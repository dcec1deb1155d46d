import { cascade } from './cascade.js';
import { planDateProblem } from './dates.js';
import { checked, editDescribedLater, updateEntries, type Edit, type EditContext } from './edit.js';
import { PlanError } from './errors.js';
import { placeIn } from './graph.js';
import type { Item, Plan } from './types.js';

/**
 * Replaces steps, pushes dependents of the `moved` ones later, and logs what changed. Moves and resizes shift valid
 * dates by whole days and touch no reference, so only edits from arbitrary input (`validate`) are checked: in full,
 * or, for an edit of plain fields of some steps, just those steps. This keeps a drag or an edit of one step cheap
 * however many steps the plan has.
 */
export function withItems(
  plan: Plan,
  items: Item[],
  moved: readonly string[],
  context: EditContext,
  validate: false | 'plan' | ReadonlySet<string> = false,
): Edit {
  // Steps keep their links unless the edit is checked in full, so the dependency graph of the plan still holds.
  // Nothing moved (a lane, a title): nothing to push, and no need to index the dependencies of the whole plan.
  const cascaded =
    moved.length === 0 ? items : cascade(items, moved, validate === 'plan' ? items : plan.items, plan.calendar);
  if (validate !== 'plan') checkPushedDates(plan.items, cascaded);
  const edit = editDescribedLater({ ...plan, items: cascaded }, () =>
    updateEntries(plan.items, cascaded, context, moved),
  );
  return validate === false ? edit : checked(edit, validate === 'plan' ? undefined : validate, plan.items);
}

/** A move or cascade that would carry a step outside the years a plan may use is refused, naming the step. */
export function checkPushedDates(before: readonly Item[], after: readonly Item[]): void {
  after.forEach((item, index) => {
    if (item === before[index]) return;
    const problem = planDateProblem(item.start) ?? planDateProblem(item.end);
    if (problem)
      throw new PlanError(
        'invalid-value',
        `"${item.title}" would move to ${item.start} – ${item.end}, ${problem.replace(/^"[^"]*" (is )?/, '')}`,
      );
  });
}

/** The plan's steps with some replaced, each in its place. */
export function replace(plan: Plan, changed: ReadonlyMap<string, Item>): Item[] {
  const items = plan.items.slice();
  const placeOf = placeIn(items, plan.items);
  for (const [id, item] of changed) {
    const place = placeOf(id);
    if (place !== undefined) items[place] = item;
  }
  return items;
}
