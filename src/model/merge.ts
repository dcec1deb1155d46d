import type { Item, Plan } from './types.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const PLAN_FIELDS = ['title', 'status', 'targetDate', 'targetItemId'] as const;

/**
 * Merges a remote plan into a local one by step id, relative to the last plan both had (`base`): steps the local
 * side added, changed or removed since `base` keep the local version; every other step takes the remote version.
 * Plan-level fields work the same way; parties and the log come from the remote side (the log gets local entries
 * appended). The result may need validation: two sides can make edits that only conflict together.
 */
export function mergeByStep(base: Plan, local: Plan, remote: Plan): Plan {
  const baseItems = new Map(base.items.map((item) => [item.id, item]));
  const localItems = new Map(local.items.map((item) => [item.id, item]));
  const localChanged = (id: string): boolean => !same(baseItems.get(id), localItems.get(id));

  const items: Item[] = [];
  for (const item of remote.items) {
    if (!localChanged(item.id)) items.push(item);
    else if (localItems.has(item.id)) items.push(localItems.get(item.id)!);
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
