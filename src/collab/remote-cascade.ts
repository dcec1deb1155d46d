import { cascade } from '../model/cascade.js';
import { formatShortDate } from '../model/dates.js';
import { topologicalRanks } from '../model/graph.js';
import type { Item, Plan } from '../model/types.js';

/**
 * The steps another person's change leaves waiting for a step that now ends later, pushed just late enough, as a
 * drag pushes what waits for the dragged step. Their page pushed what it shows; a buyer's page shows no internal
 * step of the seller's, so a page that sees every step pushes those (and whatever waits for them) after the fact.
 * `shown` holds the steps as this page showed them before the change, `touched` the steps the change may have moved
 * and `nowOf` what they are now.
 * Every such page works out the same pushes from the same merged plan, so their writes converge.
 */
export function pushedByRemoteMoves(
  shown: ReadonlyMap<string, Item>,
  plan: Plan,
  touched: Iterable<string>,
  nowOf: (id: string) => Item | undefined,
): Map<string, Item> {
  const pushed = new Map<string, Item>();
  const later = new Set<string>();
  for (const id of touched) {
    const was = shown.get(id);
    const now = nowOf(id);
    if (was && now && now.end > was.end) later.add(id);
  }
  // One look at each step finds whether anything waits for a step that ends later: most moves push nothing here.
  const waiting = plan.items.some((item) => item.dependsOn?.some((id) => later.has(id)));
  if (!waiting) return pushed;
  const items = cascade(plan.items, later, plan.items, plan.calendar);
  items.forEach((item, index) => {
    if (item !== plan.items[index]) pushed.set(item.id, item);
  });
  return pushed;
}

export const withPushed = (plan: Plan, pushed: ReadonlyMap<string, Item>): Plan =>
  pushed.size === 0 ? plan : { ...plan, items: plan.items.map((item) => pushed.get(item.id) ?? item) };

/**
 * One line for the person whose page pushed the steps: the step furthest upstream (the one that waits for what the
 * other person moved), where it went, and how many were pushed after it.
 */
export function pushedMessage(
  pushed: ReadonlyMap<string, Item>,
  items: readonly Item[],
  by: string | undefined,
): string {
  const ranks = topologicalRanks(items);
  const [first] = [...pushed.values()].sort((a, b) => (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0));
  const others = pushed.size - 1;
  const along = others > 0 ? ` (and ${others} ${others === 1 ? 'step' : 'steps'} after it)` : '';
  const who = by ?? 'someone else';
  return `"${first!.title}"${along} moved to ${formatShortDate(first!.start)}: it waits for a step ${who} moved.`;
}
