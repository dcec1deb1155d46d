import type { Item, Plan } from '../../src/model/types.js';

/** A two-party plan whose steps are given as `id: [start, end, ...dependsOn]` shorthand. */
export function planOf(steps: Record<string, [string, string, ...string[]]>, extra: Partial<Plan> = {}): Plan {
  const items: Item[] = Object.entries(steps).map(([id, [start, end, ...dependsOn]], index) => ({
    id,
    title: id.toUpperCase(),
    partyId: index % 2 === 0 ? 'seller' : 'buyer',
    kind: 'task',
    start,
    end,
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
  }));
  return {
    version: 1,
    id: 'test',
    title: 'Test plan',
    parties: [
      { id: 'seller', name: 'Seller Inc', side: 'seller' },
      { id: 'buyer', name: 'Buyer Ltd', side: 'buyer' },
    ],
    items,
    ...extra,
  };
}

export const dates = (plan: Plan): Record<string, string> =>
  Object.fromEntries(plan.items.map((item) => [item.id, `${item.start}..${item.end}`]));

/** a → b, and c alone: a and c in the seller's lane, b in the buyer's. */
export const linkedPair = (): Plan =>
  planOf({
    a: ['2026-03-02', '2026-03-04'],
    b: ['2026-03-09', '2026-03-11', 'a'],
    c: ['2026-03-16', '2026-03-20'],
  });
