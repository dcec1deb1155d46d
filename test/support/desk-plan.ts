import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import type { Item, Plan } from '../../src/model/types.js';

/** The enterprise deal plus a seller-side "Deal desk" lane in a colour of its own, with one step, "Margin check". */
export function planWithDeskLane(color: string, step: Partial<Item> = {}): Plan {
  const plan = enterprisePlan('2026-03-02');
  plan.parties.push({ id: 'desk', name: 'Deal desk', side: 'seller', color });
  plan.items.push({
    id: 'margin-check',
    title: 'Margin check',
    partyId: 'desk',
    kind: 'task',
    start: '2026-03-23',
    end: '2026-04-03',
    ...step,
  });
  return plan;
}
