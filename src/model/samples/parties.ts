import type { Party } from '../types.js';

/** The three companies of the Fleet Analytics deal, shared by its sales plan and its go-live plan. */
export function fleetAnalyticsParties(): Party[] {
  return [
    { id: 'northwind', name: 'Northwind Software', side: 'seller' },
    { id: 'acme', name: 'Acme Logistics', side: 'buyer' },
    { id: 'brightpath', name: 'Brightpath Consulting', side: 'partner' },
  ];
}
