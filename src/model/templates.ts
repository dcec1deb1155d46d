import { defaultCalendar } from './calendar.js';
import type { Plan } from './types.js';

/** A fresh id for a new plan, never the same twice (so no two new plans share a storage slot). */
export function newPlanId(): string {
  return `plan-${globalThis.crypto.randomUUID().slice(0, 13)}`;
}

export interface NewPlanOptions {
  id?: string;
  title?: string;
  /** The selling side's name (default "Our team"). */
  seller?: string;
  /** The buying side's name (default "Customer"). */
  buyer?: string;
}

/** The empty plan a new deal starts from: a seller and a buyer lane, no steps, working days Monday–Friday. */
export function newPlan(options: NewPlanOptions = {}): Plan {
  return {
    version: 1,
    id: options.id ?? newPlanId(),
    title: options.title ?? 'Untitled plan',
    status: 'vague',
    calendar: defaultCalendar(),
    parties: [
      { id: 'seller', name: options.seller ?? 'Our team', side: 'seller' },
      { id: 'buyer', name: options.buyer ?? 'Customer', side: 'buyer' },
    ],
    items: [],
  };
}
