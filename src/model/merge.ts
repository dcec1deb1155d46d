import type { Item, Plan } from './types.js';
import { validatePlan } from './validate.js';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const PLAN_FIELDS = ['title', 'status', 'targetDate', 'targetItemId', 'calendar'] as const;

/** A step both sides changed: the remote version, with every field the local side changed since `base` set its way. */
function mergeStep(base: Item, local: Item, remote: Item): Item {
  const merged: Item = { ...remote };
  for (const key of new Set([...Object.keys(base), ...Object.keys(local)])) {
    if (same(base[key], local[key])) continue;
    if (local[key] === undefined) delete merged[key];
    else merged[key] = local[key];
  }
  return merged;
}

/**
 * Merges a remote plan into a local one, relative to the last plan both had (`base`): steps only the local side
 * added, changed or removed keep the local version; steps both sides changed merge field by field (the local side's
 * changed fields win); every other step takes the remote version. Plan-level fields work the same way; parties come
 * from the remote side, and the log gets the local entries appended. The result may need validation: two sides can
 * make edits that only conflict together.
 */
export function mergeByStep(base: Plan, local: Plan, remote: Plan): Plan {
  const baseItems = new Map(base.items.map((item) => [item.id, item]));
  const localItems = new Map(local.items.map((item) => [item.id, item]));
  const localChanged = (id: string): boolean => !same(baseItems.get(id), localItems.get(id));

  const items: Item[] = [];
  for (const item of remote.items) {
    const was = baseItems.get(item.id);
    const mine = localItems.get(item.id);
    if (!localChanged(item.id)) items.push(item);
    else if (mine && was && !same(was, item)) items.push(mergeStep(was, mine, item));
    else if (mine) items.push(mine);
  }
  const present = new Set(items.map((item) => item.id));
  for (const item of local.items) if (!present.has(item.id) && localChanged(item.id)) items.push(item);

  const merged: Plan = { ...remote, items };
  for (const field of PLAN_FIELDS) {
    if (same(base[field], local[field])) continue;
    if (local[field] === undefined) delete merged[field];
    else (merged as Record<string, unknown>)[field] = local[field];
  }
  const localEntries = (local.log ?? []).slice(base.log?.length ?? 0);
  if (localEntries.length > 0) merged.log = [...(remote.log ?? []), ...localEntries];
  return merged;
}

/** This side's changes since `base` merged into `remote`; when they only conflict together, this side wins as a whole. */
export function mergeOrKeep(base: Plan, local: Plan, remote: Plan): Plan {
  try {
    return validatePlan(mergeByStep(base, local, remote));
  } catch {
    return local;
  }
}
