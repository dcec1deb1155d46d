import { addDays, type ISODate, type Plan } from '../src/index.js';

/**
 * A short plan whose three lanes hold one row each: the smallest lanes the timeline draws, so their heads (name,
 * side, open steps, "Next move") are at their tightest. `plan=small` in the address bar opens it.
 */
export function smallPlan(today: ISODate): Plan {
  const d = (n: number): ISODate => addDays(today, n);
  return {
    version: 1,
    id: 'small',
    title: 'Northwind × Acme Logistics — pilot extension',
    status: 'verbal',
    targetDate: d(24),
    parties: [
      { id: 'northwind', name: 'Northwind Software', side: 'seller' },
      { id: 'acme', name: 'Acme Logistics Procurement', side: 'buyer' },
      { id: 'brightpath', name: 'Brightpath Consulting Partners', side: 'partner', color: '#0e7490' },
    ],
    items: [
      {
        id: 'scope',
        title: 'Pilot scope',
        partyId: 'northwind',
        kind: 'task',
        start: d(-6),
        end: d(-2),
        status: 'done',
      },
      {
        id: 'quote',
        title: 'Extension quote',
        partyId: 'northwind',
        kind: 'task',
        start: d(9),
        end: d(11),
        dependsOn: ['review'],
      },
      {
        id: 'review',
        title: 'Budget review',
        partyId: 'acme',
        kind: 'task',
        start: d(0),
        end: d(6),
        owner: 'Dana Lee',
        role: 'champion',
        dependsOn: ['scope'],
      },
      {
        id: 'sign',
        title: 'Sign extension',
        partyId: 'acme',
        kind: 'milestone',
        start: d(20),
        end: d(20),
        dependsOn: ['plan'],
      },
      {
        id: 'plan',
        title: 'Rollout plan',
        partyId: 'brightpath',
        kind: 'task',
        start: d(13),
        end: d(17),
        dependsOn: ['quote'],
      },
    ],
  };
}
