import { link } from './commands.js';
import { updateEntries, type Edit, type EditContext } from './edit.js';
import type { Item, Plan } from './types.js';

/**
 * The decision a step that waits for `predecessor` holds on: the predecessor itself when it is a decision not yet
 * taken, else the decision the predecessor holds on. A decision marked done was taken, and yes: nothing after it is
 * conditional any more.
 */
export function decisionAfter(predecessor: Item, stepById: (id: string) => Item | undefined): Item | undefined {
  const decision = predecessor.kind === 'decision' ? predecessor : stepById(predecessor.ifYes ?? '');
  return decision?.kind === 'decision' && decision.status !== 'done' ? decision : undefined;
}

/**
 * The first decision not yet taken that a step waits for (directly, or through a step that holds on it), while the
 * step itself is not marked as holding on one: "this step always happens" is then worth a second look.
 */
export function decisionWaitedFor(item: Item, stepById: (id: string) => Item | undefined): Item | undefined {
  if (item.ifYes !== undefined) return undefined;
  for (const id of item.dependsOn ?? []) {
    const predecessor = stepById(id);
    const decision = predecessor && decisionAfter(predecessor, stepById);
    if (decision) return decision;
  }
  return undefined;
}

/**
 * `link`, as a user makes it: a step that comes to wait for the buyer's decision (or for a step that holds only if
 * the answer is yes) holds only if the answer is yes too, unless it already holds on a decision. One entry per step.
 */
export function linkAfter(plan: Plan, fromId: string, toId: string, context: EditContext = {}): Edit {
  const edit = link(plan, fromId, toId, context);
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const from = byId.get(fromId);
  const to = edit.plan.items.find((item) => item.id === toId);
  const decision = from && decisionAfter(from, (id) => byId.get(id));
  if (!to || to.ifYes !== undefined || !decision || decision.id === toId || edit.changes.length === 0) return edit;
  const items = edit.plan.items.map((item) => (item === to ? { ...to, ifYes: decision.id } : item));
  const changes = updateEntries(plan.items, items, context, [toId]);
  return { plan: { ...edit.plan, items }, changes };
}
