import { addWorkdays, nextWorkday } from './calendar.js';
import { addDays, planDateProblem } from './dates.js';
import { cascade, earliestStart, shiftTo } from './cascade.js';
import { PlanError } from './errors.js';
import { cycleText, findCycle, waitingFor } from './graph.js';
import { loopError, loopThrough } from './loop.js';
import { checked, entry, requireItem, requireParty, updateEntries, type Edit, type EditContext } from './edit.js';
import { firmedAfter } from './status.js';
import { checkPushedDates, replace, withItems } from './step-replacement.js';
import type { Item, Plan } from './types.js';

/** Fields whose change can make other steps invalid (a cycle, an `ifYes` to a step that is no longer a decision). */
const STRUCTURAL_FIELDS = ['dependsOn', 'ifYes', 'kind'];

/** Fields an edit may never change through `updateItem`. */
const LOCKED_FIELDS = ['id'];

export function addItem(plan: Plan, item: Item, context: EditContext = {}): Edit {
  if (plan.items.some((existing) => existing.id === item.id)) {
    throw new PlanError('invalid-value', `a step with id ${JSON.stringify(item.id)} already exists`);
  }
  requireParty(plan, item.partyId);
  const next = { ...plan, items: [...plan.items, item] };
  return checked({ plan: next, changes: [entry(context, { op: 'add', itemId: item.id, after: item })] });
}

/** Date problems named by step id, found before any cascade runs on them. */
function checkDates(item: Item): void {
  for (const field of ['start', 'end'] as const) {
    const problem = planDateProblem(item[field]);
    if (problem) throw new PlanError('invalid-value', `${item.id}.${field}: ${problem}`);
  }
  if (item.end < item.start)
    throw new PlanError('invalid-value', `${item.id}.end: ${item.end} is before start ${item.start}`);
}

/** Changes fields of a step (`undefined` removes one). Later dates push dependents; a decision made a task or a
 * milestone leaves the steps that held only on its yes firm. */
export function updateItem(plan: Plan, id: string, patch: Partial<Item>, context: EditContext = {}): Edit {
  const item = requireItem(plan, id);
  for (const field of LOCKED_FIELDS) {
    if (field in patch && patch[field] !== item[field])
      throw new PlanError('invalid-value', `${id}.${field} cannot be changed`);
  }
  if (patch.partyId !== undefined) requireParty(plan, patch.partyId);
  const updated: Item = { ...item };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete updated[key];
    else updated[key] = value;
  }
  if (
    (updated.kind === 'milestone' || updated.kind === 'decision') &&
    patch.kind !== undefined &&
    patch.end === undefined
  ) {
    updated.end = updated.start;
  }
  checkDates(updated);
  const datesChanged = updated.start !== item.start || updated.end !== item.end;
  const structural = STRUCTURAL_FIELDS.some((field) => field in patch);
  const validate = structural ? 'plan' : new Set([id]);
  const unmade = item.kind === 'decision' && updated.kind !== 'decision';
  const replaced = new Map([[id, updated], ...(unmade ? firmedAfter(plan.items, id) : [])]);
  return withItems(plan, replace(plan, replaced), datesChanged ? [id] : [], context, validate);
}

/** Removes steps and every reference to them (dependencies, `ifYes`, the plan's target step). */
export function removeItems(plan: Plan, ids: readonly string[], context: EditContext = {}): Edit {
  const removed = new Set(ids);
  const removedItems = ids.map((id) => requireItem(plan, id));
  const kept = plan.items.filter((item) => !removed.has(item.id)).map((item) => unreference(item, removed));
  const next: Plan = { ...plan, items: kept };
  if (next.targetItemId !== undefined && removed.has(next.targetItemId)) delete next.targetItemId;
  const changes = [
    ...removedItems.map((item) => entry(context, { op: 'remove', itemId: item.id, before: item })),
    ...updateEntries(plan.items, kept, context),
  ];
  return checked({ plan: next, changes });
}

function unreference(item: Item, removed: ReadonlySet<string>): Item {
  const dependsOn = item.dependsOn?.filter((id) => !removed.has(id));
  const keepsIfYes = item.ifYes === undefined || !removed.has(item.ifYes);
  if (dependsOn?.length === item.dependsOn?.length && keepsIfYes) return item;
  const next: Item = { ...item };
  if (dependsOn && dependsOn.length > 0) next.dependsOn = dependsOn;
  else delete next.dependsOn;
  if (!keepsIfYes) delete next.ifYes;
  return next;
}

export const removeItem = (plan: Plan, id: string, context: EditContext = {}): Edit => removeItems(plan, [id], context);

/**
 * How a move counts: `days` are calendar days, and a start that lands on a non-working day snaps to the next
 * working day (a drag); `workdays` count working days (the keyboard). Without a calendar both are plain days.
 */
export type MoveUnit = 'days' | 'workdays';

/** Moves steps keeping their durations (in working days, with a calendar); dependents are pushed later as needed. */
export function moveItems(
  plan: Plan,
  ids: readonly string[],
  days: number,
  context: EditContext = {},
  unit: MoveUnit = 'days',
): Edit {
  const items = ids.map((id) => requireItem(plan, id));
  if (days === 0) return { plan, changes: [] };
  const { calendar } = plan;
  const changed = new Map<string, Item>();
  for (const item of items) {
    const start =
      unit === 'workdays' ? addWorkdays(item.start, days, calendar) : nextWorkday(safeAddDays(item, days), calendar);
    const moved = shiftTo(item, start, calendar);
    if (moved !== item) changed.set(item.id, moved);
  }
  if (changed.size === 0) return { plan, changes: [] };
  return withItems(plan, replace(plan, changed), [...changed.keys()], context);
}

/** Moves one step so it starts on `start` (snapped to a working day), keeping its duration, as a drag does. */
export function moveItemTo(plan: Plan, id: string, start: string, context: EditContext = {}): Edit {
  const problem = planDateProblem(start);
  if (problem) throw new PlanError('invalid-value', `${id}.start: ${problem}`);
  const item = requireItem(plan, id);
  const moved = shiftTo(item, nextWorkday(start, plan.calendar), plan.calendar);
  if (moved === item) return { plan, changes: [] };
  return withItems(plan, replace(plan, new Map([[id, moved]])), [id], context);
}

/** Day arithmetic that refuses, naming the step, to leave the years a plan may use (instead of writing year 12026). */
function safeAddDays(item: Item, days: number): string {
  const date = addDays(item.start, Math.max(-1_000_000, Math.min(1_000_000, days)));
  const problem = planDateProblem(date);
  if (problem)
    throw new PlanError(
      'invalid-value',
      `"${item.title}" would start on ${date}, ${problem.replace(/^"[^"]*" (is )?/, '')}`,
    );
  return date;
}

export const moveItem = (plan: Plan, id: string, days: number, context: EditContext = {}): Edit =>
  moveItems(plan, [id], days, context);

export type Edge = 'start' | 'end';

/** Moves one edge of a task by whole days; a task never becomes shorter than one day. */
export function resizeItem(plan: Plan, id: string, edge: Edge, days: number, context: EditContext = {}): Edit {
  const item = requireItem(plan, id);
  if (item.kind !== 'task')
    throw new PlanError('invalid-value', `${id} is a ${item.kind}: it can move but not be resized`);
  const resized = { ...item };
  const { calendar } = plan;
  if (edge === 'start') {
    const start = nextWorkday(addDays(item.start, days), calendar);
    resized.start = start > item.end ? item.end : start;
  } else {
    const end = nextWorkday(addDays(item.end, days), calendar);
    resized.end = end < item.start ? item.start : end;
  }
  if (resized.start === item.start && resized.end === item.end) return { plan, changes: [] };
  return withItems(plan, replace(plan, new Map([[id, resized]])), [id], context);
}

/** Sets both dates of a step at once (e.g. from a form); dependents are pushed later as needed. */
export function setDates(plan: Plan, id: string, start: string, end: string, context: EditContext = {}): Edit {
  return updateItem(plan, id, { start, end }, context);
}

/**
 * Moves a step to another party's lane. The party is a plain field, so `updateItem` checks the moved step alone, not
 * the whole plan: a drag across lanes calls this on every frame.
 */
export function changeLane(plan: Plan, id: string, partyId: string, context: EditContext = {}): Edit {
  requireParty(plan, partyId);
  return updateItem(plan, id, { partyId }, context);
}

/**
 * Adds the dependency "`toId` starts after `fromId` ends"; refuses a link that would close a loop with a LoopError
 * naming the steps by title in the direction the arrows point (the ids are in its `loop`).
 */
export function link(plan: Plan, fromId: string, toId: string, context: EditContext = {}): Edit {
  requireItem(plan, fromId);
  const to = requireItem(plan, toId);
  if (to.dependsOn?.includes(fromId)) return { plan, changes: [] };
  const loop = loopThrough(plan.items, fromId, toId);
  if (loop) throw loopError(plan.items, loop, toId);
  const linked = { ...to, dependsOn: [...(to.dependsOn ?? []), fromId] };
  const items = replace(plan, new Map([[toId, linked]]));
  const cycle = findCycle(items);
  if (cycle) throw new PlanError('cycle', `linking ${fromId} → ${toId} would create a cycle: ${cycleText(cycle)}`);
  // The step now waits for `fromId`: pushed later (with its own dependents) when it starts too early, as a date
  // change pushes dependents. Both ends exist and no cycle was made, so only the pushed dates need checking.
  const cascaded = afterPredecessors(plan, items, toId);
  return { plan: { ...plan, items: cascaded }, changes: updateEntries(plan.items, cascaded, context) };
}

/** `items` with step `id` moved later, and what waits for it pushed, when it starts before its predecessors end. */
function afterPredecessors(plan: Plan, items: Item[], id: string): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const step = byId.get(id)!;
  const earliest = step.status === 'done' ? undefined : earliestStart(step, byId, plan.calendar);
  if (earliest === undefined || step.start >= earliest) return items;
  const moved = shiftTo(step, earliest, plan.calendar);
  const cascaded = cascade(
    items.map((item) => (item.id === id ? moved : item)),
    [id],
    items,
    plan.calendar,
  );
  checkPushedDates(plan.items, cascaded);
  return cascaded;
}

export function unlink(plan: Plan, fromId: string, toId: string, context: EditContext = {}): Edit {
  requireItem(plan, fromId);
  const to = requireItem(plan, toId);
  if (!to.dependsOn?.includes(fromId)) throw new PlanError('unknown-id', `${toId} does not depend on ${fromId}`);
  const dependsOn = to.dependsOn.filter((id) => id !== fromId);
  return updateItem(plan, toId, { dependsOn: dependsOn.length > 0 ? dependsOn : undefined }, context);
}

/**
 * Makes a step hold only if the buyer says yes to `decisionId` (undefined: always). A step that waits on the answer
 * cannot start before it: it is linked after the decision too, and moved later when it started too early.
 */
export function setIfYes(plan: Plan, id: string, decisionId: string | undefined, context: EditContext = {}): Edit {
  const assumed = updateItem(plan, id, { ifYes: decisionId }, context);
  if (decisionId === undefined) return assumed;
  let after: Plan;
  if (requireItem(assumed.plan, id).dependsOn?.includes(decisionId)) {
    // Already linked to the decision, and maybe dragged before it: moved after it if so, with no second arrow.
    const items = afterPredecessors(plan, assumed.plan.items, id);
    if (items === assumed.plan.items) return assumed;
    after = { ...assumed.plan, items };
  } else if (alreadyAfter(assumed.plan, id, decisionId)) return assumed;
  else after = link(assumed.plan, decisionId, id, context).plan;
  return { plan: after, changes: updateEntries(plan.items, after.items, context, [id]) };
}

/**
 * Whether a step already waits for the decision, directly or through the steps before it, and starts after it: a
 * link of its own would add an arrow beside the chain that already says so.
 */
function alreadyAfter(plan: Plan, id: string, decisionId: string): boolean {
  const step = requireItem(plan, id);
  const decision = plan.items.find((item) => item.id === decisionId);
  return decision !== undefined && step.start > decision.end && waitingFor(plan.items, decisionId).has(id);
}
