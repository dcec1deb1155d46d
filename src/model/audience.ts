import { deepFreeze, freezePlan, isFrozenPlan } from './freeze.js';
import { AGREED_BASELINES } from './plan-commands.js';
import type { Item, LogEntry, Plan } from './types.js';

/** Who an export is for: the seller sees everything, the buyer never sees `internal` steps. */
export type Audience = 'seller' | 'buyer';

export interface ExportOptions {
  /** Default `'seller'` (the plan as it is). */
  audience?: Audience;
}

/** The steps an audience may see; the seller gets the plan's own (immutable) list, so derived values can be cached by it. */
export function visibleItems(plan: Plan, audience: Audience): Item[] {
  return audience === 'seller' ? plan.items : plan.items.filter((item) => !item.internal);
}

/**
 * The plan as the audience may see it. For the buyer, internal steps are dropped and every reference to them
 * removed, so the result still passes `validatePlan`. A dependency on a hidden step is replaced by that step's own
 * (visible) predecessors, so the buyer's plan keeps the ordering the hidden step implied.
 * The seller gets the plan itself, unchanged.
 */
export function planForAudience(plan: Plan, audience: Audience): Plan {
  if (audience === 'seller') return plan;
  if (!isFrozenPlan(plan)) return buyersPlan(plan);
  let shown = buyersPlans.get(plan);
  if (!shown) {
    shown = buyersPlan(plan);
    shown.log?.forEach((entry) => deepFreeze(entry)); // scrubbed copies among frozen originals: freeze them all
    buyersPlans.set(plan, (shown = freezePlan(shown)));
  }
  return shown;
}

/** The buyer's view of each committed (frozen) plan, made once: frozen too, so what is derived from it is cached. */
const buyersPlans = new WeakMap<Plan, Plan>();

function buyersPlan(plan: Plan): Plan {
  const hidden = new Set(plan.items.filter((item) => item.internal).map((item) => item.id));
  if (hidden.size === 0 && !plan.log?.some((entry) => mentionsInternal(entry, hidden))) return plan;

  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const behind = new Map<string, string[]>();
  const items = plan.items
    .filter((item) => !hidden.has(item.id))
    .map((item) => withoutHidden(item, byId, hidden, behind));
  const result: Plan = { ...plan, items };
  if (plan.targetItemId !== undefined && hidden.has(plan.targetItemId)) delete result.targetItemId;
  if (plan.log) {
    result.log = plan.log
      .filter((entry) => !mentionsInternal(entry, hidden))
      .map((entry) => scrubEntry(entry, hidden))
      .filter((entry): entry is LogEntry => entry !== undefined);
  }
  return result;
}

function withoutHidden(item: Item, byId: Map<string, Item>, hidden: Set<string>, behind: Map<string, string[]>): Item {
  const hiddenDecision = item.ifYes !== undefined && hidden.has(item.ifYes);
  if (!hiddenDecision && !item.dependsOn?.some((id) => hidden.has(id))) return item;
  const copy: Item = { ...item };
  if (item.dependsOn) {
    const dependsOn = visiblePredecessors(item.dependsOn, byId, hidden, behind);
    if (dependsOn.length > 0) copy.dependsOn = dependsOn;
    else delete copy.dependsOn;
  }
  if (hiddenDecision) delete copy.ifYes;
  return copy;
}

/** Visible ids among `ids`, looking through hidden steps to their own predecessors; first occurrence wins. */
function visiblePredecessors(
  ids: readonly string[],
  byId: Map<string, Item>,
  hidden: Set<string>,
  behind: Map<string, string[]>,
): string[] {
  const result = new Set<string>();
  for (const id of ids) {
    if (!hidden.has(id)) result.add(id);
    else for (const visible of visibleBehind(id, byId, hidden, behind)) result.add(visible);
  }
  return [...result];
}

/**
 * The visible steps a hidden step waits for, looking through other hidden steps, in depth-first order. Each hidden
 * step's answer is worked out once (`behind` keeps them) with an explicit stack, so a chain of any length of
 * internal steps costs one pass.
 */
function visibleBehind(
  start: string,
  byId: Map<string, Item>,
  hidden: Set<string>,
  behind: Map<string, string[]>,
): string[] {
  const known = behind.get(start);
  if (known) return known;
  const onPath = new Set<string>([start]);
  const stack = [{ id: start, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const dependsOn = byId.get(frame.id)?.dependsOn ?? [];
    if (frame.next < dependsOn.length) {
      const predecessor = dependsOn[frame.next++]!;
      if (hidden.has(predecessor) && !behind.has(predecessor) && !onPath.has(predecessor)) {
        onPath.add(predecessor);
        stack.push({ id: predecessor, next: 0 });
      }
      continue;
    }
    const found = new Set<string>();
    for (const predecessor of dependsOn) {
      if (!hidden.has(predecessor)) found.add(predecessor);
      else for (const visible of behind.get(predecessor) ?? []) found.add(visible);
    }
    behind.set(frame.id, [...found]);
    onPath.delete(frame.id);
    stack.pop();
  }
  return behind.get(start) ?? [];
}

/** Log entries about internal steps (including ones since removed or made public) are seller-only. */
function mentionsInternal(entry: LogEntry, hidden: Set<string>): boolean {
  if (entry.itemId !== undefined && hidden.has(entry.itemId)) return true;
  return entry.before?.internal === true || entry.after?.internal === true;
}

/** An agreement logged by an earlier release counted its steps, internal ones too: the buyer is not told how many. */
const COUNTED_BASELINES = /\b\d+ steps? baselined$/;

/**
 * The entry with internal steps left out of its dependency lists; undefined when that leaves nothing changed (a
 * link to an internal step added or removed): an entry saying "after A → after A" would tell that something hidden
 * changed, and when. An agreement's note loses its count of steps.
 */
function scrubEntry(entry: LogEntry, hidden: Set<string>): LogEntry | undefined {
  if (entry.op === 'agree' && entry.note !== undefined && COUNTED_BASELINES.test(entry.note))
    return { ...entry, note: entry.note.replace(COUNTED_BASELINES, AGREED_BASELINES) };
  const scrub = (part: Partial<Item> | undefined): Partial<Item> | undefined => {
    if (!part?.dependsOn?.some((id) => hidden.has(id))) return part;
    return { ...part, dependsOn: part.dependsOn.filter((id) => !hidden.has(id)) };
  };
  let before = scrub(entry.before);
  let after = scrub(entry.after);
  if (before === entry.before && after === entry.after) return entry;
  if (String(before?.dependsOn ?? []) === String(after?.dependsOn ?? [])) {
    const { dependsOn: _before, ...restBefore } = before ?? {};
    const { dependsOn: _after, ...restAfter } = after ?? {};
    if (entry.op === 'update' && Object.keys(restBefore).length === 0 && Object.keys(restAfter).length === 0)
      return undefined;
    before = restBefore;
    after = restAfter;
  }
  return { ...entry, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}
