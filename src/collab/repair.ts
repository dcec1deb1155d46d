import { findCycle } from '../model/graph.js';
import type { Item, Plan } from '../model/types.js';
import { linkKey } from './schema.js';

/** How a repair is written back, so the documents end up holding the plan every client already shows. */
export type RepairWrite =
  | { kind: 'unlink'; from: string; to: string }
  | { kind: 'step'; id: string; fields: Partial<Item> }
  | { kind: 'plan'; field: 'targetItemId' };

export interface Repair {
  /** One line for people, naming steps by their titles. */
  message: string;
  /** The same repair has the same key on every client (reported once, written idempotently). */
  key: string;
  /** Undefined when the repair only leaves out a reference to a deleted step or lane (see `leftOut`). */
  write?: RepairWrite;
  /** The step whose reference was left out, and the deleted step or lane it names: its return ends the repair. */
  leftOut?: { stepId: string; deletedId: string };
}

export interface Repaired {
  plan: Plan;
  repairs: Repair[];
  /** The steps the repairs changed (reported or not), by id: the repaired step, or undefined when it was left out. */
  changed: Map<string, Item | undefined>;
}

export interface RepairOptions {
  /** The plan's steps by id, when the caller keeps that map already. */
  byId?: ReadonlyMap<string, Item>;
  /** False when no link was added since the last repaired projection, so no loop can have appeared. */
  checkLoops?: boolean;
}

const quote = (item: Item | undefined, id: string): string => `"${item?.title ?? id}"`;

/**
 * Makes a merged plan valid again, the same way on every client. Each side's edits were valid, but together they can
 * break the rules: two links that close a loop, a link to or a decision that was deleted, a step whose lane was
 * removed, a decision turned into a task while another step assumed it, a milestone given a length. Every rule
 * depends only on the merged plan (loops lose the link with the greatest key), so every client shows the same plan.
 *
 * `fullView` is false for a buyer: there, a reference to a step it cannot see may be to a seller's internal step,
 * not a deleted one, so it is left out of the projection silently and never reported or written back.
 */
export function repairPlan(plan: Plan, fullView: boolean, options: RepairOptions = {}): Repaired {
  const repairs: Repair[] = [];
  const changed = new Map<string, Item | undefined>();
  const byId = options.byId ?? new Map(plan.items.map((item) => [item.id, item]));
  const partyIds = new Set(plan.parties.map((party) => party.id));
  let items: Item[] | undefined;

  plan.items.forEach((item, index) => {
    if (!needsRepair(item, byId, partyIds)) return;
    items ??= plan.items.slice();
    const repaired = repairStep(item, plan, byId, partyIds, fullView, repairs);
    changed.set(item.id, repaired);
    // Undefined (no lane left to move the step to) leaves it out.
    items[index] = repaired as Item;
  });

  let repaired: Plan = items ? { ...plan, items: items.filter((item) => item !== undefined) } : plan;
  if (options.checkLoops !== false) repaired = breakLoops(repaired, repairs, changed);
  if (repaired.targetItemId !== undefined && !byId.has(repaired.targetItemId)) {
    repaired = { ...repaired };
    delete repaired.targetItemId;
    if (fullView)
      repairs.push({
        message: 'The plan no longer targets a step that was deleted',
        key: 'target',
        write: { kind: 'plan', field: 'targetItemId' },
      });
  }
  return { plan: repaired, repairs, changed };
}

/** The quick test every step of every projection goes through; most steps pass it. */
function needsRepair(item: Item, byId: ReadonlyMap<string, Item>, partyIds: ReadonlySet<string>): boolean {
  if (!partyIds.has(item.partyId)) return true;
  if (item.end < item.start || (item.kind !== 'task' && item.end !== item.start)) return true;
  if (item.ifYes !== undefined && byId.get(item.ifYes)?.kind !== 'decision') return true;
  if (item.withPartyIds?.some((id) => !partyIds.has(id))) return true;
  return item.dependsOn?.some((id) => id === item.id || !byId.has(id)) ?? false;
}

/** The step made valid, or undefined when it has no lane to move to (no lane is left at all). */
function repairStep(
  original: Item,
  plan: Plan,
  byId: ReadonlyMap<string, Item>,
  partyIds: ReadonlySet<string>,
  fullView: boolean,
  repairs: Repair[],
): Item | undefined {
  let item = original;
  /**
   * Sets `fields` on the step shown and reports it. With `deletedId` (the deleted step or lane the field named), the
   * room keeps its value instead of being written: an undo of the deletion (perhaps by a buyer, who never saw a
   * seller's internal step tied to it) brings it back.
   */
  const fix = (fields: Partial<Item>, message: string | undefined, key: string, deletedId?: string): void => {
    item = { ...item, ...fields };
    for (const field of Object.keys(fields)) if (fields[field] === undefined) delete item[field];
    if (message === undefined) return;
    if (deletedId === undefined) repairs.push({ message, key, write: { kind: 'step', id: item.id, fields } });
    else repairs.push({ message, key, leftOut: { stepId: item.id, deletedId } });
  };
  if (!partyIds.has(item.partyId)) {
    const firstParty = plan.parties[0];
    if (!firstParty) return undefined;
    fix(
      { partyId: firstParty.id },
      `${quote(item, item.id)} moved to ${firstParty.name}: its lane was removed`,
      `lane ${item.id}`,
      item.partyId,
    );
  }
  const joint = item.withPartyIds;
  const removedLane = joint?.find((id) => !partyIds.has(id));
  if (joint && removedLane !== undefined) {
    const kept = joint.filter((id) => partyIds.has(id));
    fix(
      { withPartyIds: kept.length > 0 ? kept : undefined },
      `${quote(item, item.id)} no longer lists a lane that was removed`,
      `joint ${item.id}`,
      removedLane,
    );
  }
  if (item.end < item.start || (item.kind !== 'task' && item.end !== item.start))
    fix(
      { end: item.start },
      `${quote(item, item.id)} now ends on its start day: the dates merged out of order`,
      `span ${item.id}`,
    );
  const missing = item.dependsOn?.filter((id) => !byId.has(id) || id === item.id) ?? [];
  if (missing.length > 0) {
    const dependsOn = item.dependsOn!.filter((id) => !missing.includes(id));
    item = { ...item };
    if (dependsOn.length > 0) item.dependsOn = dependsOn;
    else delete item.dependsOn;
    if (fullView)
      for (const from of missing)
        repairs.push({
          message: `${quote(item, item.id)} no longer waits for a step that was deleted`,
          key: `unlink ${linkKey(from, item.id)}`,
          ...(from === item.id
            ? { write: { kind: 'unlink', from, to: item.id } }
            : { leftOut: { stepId: item.id, deletedId: from } }),
        });
  }
  if (item.ifYes !== undefined) {
    const decision = byId.get(item.ifYes);
    if (!decision)
      fix(
        { ifYes: undefined },
        fullView ? `${quote(item, item.id)} no longer assumes a decision that was deleted` : undefined,
        `ifYes ${item.id}`,
        item.ifYes,
      );
    else if (decision.kind !== 'decision')
      fix(
        { ifYes: undefined },
        `${quote(item, item.id)} no longer assumes ${quote(decision, decision.id)}, which is not a decision any more`,
        `ifYes ${item.id}`,
      );
  }
  return item;
}

/** Drops, while a loop of dependencies remains, the link of that loop with the greatest key. */
function breakLoops(plan: Plan, repairs: Repair[], changed: Map<string, Item | undefined>): Plan {
  let items = plan.items;
  for (let cycle = findCycle(items); cycle; cycle = findCycle(items)) {
    // cycle = [a, b, …, a]: each step depends on the next one.
    let worst = { from: cycle[1]!, to: cycle[0]! };
    for (let index = 1; index < cycle.length - 1; index += 1) {
      const link = { from: cycle[index + 1]!, to: cycle[index]! };
      if (linkKey(link.from, link.to) > linkKey(worst.from, worst.to)) worst = link;
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    items = items.map((item) => {
      if (item.id !== worst.to) return item;
      const dependsOn = item.dependsOn!.filter((id) => id !== worst.from);
      const copy = { ...item };
      if (dependsOn.length > 0) copy.dependsOn = dependsOn;
      else delete copy.dependsOn;
      changed.set(copy.id, copy);
      return copy;
    });
    repairs.push({
      message: `${quote(byId.get(worst.to), worst.to)} no longer waits for ${quote(byId.get(worst.from), worst.from)}: links added at the same time made a loop`,
      key: `loop ${linkKey(worst.from, worst.to)}`,
      write: { kind: 'unlink', from: worst.from, to: worst.to },
    });
  }
  return items === plan.items ? plan : { ...plan, items };
}
