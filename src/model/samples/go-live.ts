import type { ISODate, Plan } from '../types.js';
import { addDays } from '../dates.js';
import { defaultCalendar } from '../calendar.js';
import { fleetAnalyticsParties } from './parties.js';

/**
 * Post-signature go-live: Northwind (CSM), Acme Logistics (IT and operations) and Brightpath (integrator).
 * Offsets assume `start` is a Monday. The final sign-off lands two days before the target date.
 */
export function goLivePlan(start: ISODate): Plan {
  const d = (n: number): ISODate => addDays(start, n);
  return withBaselines({
    version: 1,
    id: 'go-live',
    title: 'Acme Logistics — Fleet Analytics go-live',
    status: 'written',
    targetDate: d(58),
    calendar: defaultCalendar(),
    targetItemId: 'go-live',
    parties: fleetAnalyticsParties(),
    items: [
      {
        id: 'kickoff', title: 'Project kickoff', partyId: 'northwind', kind: 'task', start: d(0), end: d(0),
        owner: 'Jess Morgan', role: 'customer success manager', status: 'done',
      },
      {
        id: 'success-plan', title: 'Success plan draft', partyId: 'northwind', kind: 'task', start: d(1), end: d(3),
        owner: 'Jess Morgan', role: 'customer success manager', status: 'done', dependsOn: ['kickoff'],
        internal: true,
      },
      {
        id: 'env-setup', title: 'Environment setup', partyId: 'brightpath', kind: 'task', start: d(1), end: d(4),
        owner: 'Rachel Kim', role: 'implementation lead', status: 'done', dependsOn: ['kickoff'],
      },
      {
        id: 'data-mapping', title: 'Data mapping', partyId: 'brightpath', kind: 'task', start: d(7), end: d(11),
        owner: 'Omar Haddad', role: 'integration engineer', status: 'in-progress', dependsOn: ['env-setup'],
      },
      {
        id: 'sso', title: 'SSO integration', partyId: 'acme', kind: 'task', start: d(7), end: d(16),
        owner: 'Kevin Osei', role: 'IT lead', dependsOn: ['env-setup'],
        notes: 'Azure AD SAML; test tenant first.',
      },
      {
        id: 'data-migration', title: 'Data migration', partyId: 'brightpath', kind: 'task', start: d(14), end: d(25),
        owner: 'Omar Haddad', role: 'integration engineer', dependsOn: ['data-mapping'],
        notes: 'Two years of telematics history.',
      },
      {
        id: 'admin-training', title: 'Admin training', partyId: 'northwind', kind: 'task', start: d(17), end: d(18),
        owner: 'Jess Morgan', role: 'customer success manager', dependsOn: ['sso'],
      },
      {
        id: 'user-training', title: 'End-user training', partyId: 'northwind', kind: 'task', start: d(21), end: d(25),
        owner: 'Jess Morgan', role: 'customer success manager', dependsOn: ['admin-training'],
      },
      {
        id: 'uat', title: 'User acceptance testing', partyId: 'acme', kind: 'task', start: d(28), end: d(32),
        owner: 'Priya Nair', role: 'champion', dependsOn: ['data-migration', 'user-training'],
      },
      {
        id: 'readiness-review', title: 'Cutover readiness review', partyId: 'northwind', kind: 'task', start: d(35),
        end: d(35), owner: 'Jess Morgan', role: 'customer success manager', dependsOn: ['uat'], internal: true,
      },
      {
        id: 'go-no-go', title: 'Go / no-go', partyId: 'acme', kind: 'decision', start: d(36), end: d(36),
        owner: 'Marcus Bell', role: 'decision maker', dependsOn: ['uat'],
      },
      {
        id: 'cutover-comms', title: 'Cutover comms to depots', partyId: 'acme', kind: 'task', start: d(37),
        end: d(37), owner: 'Dana Lee', role: 'operations manager', dependsOn: ['go-no-go'], ifYes: 'go-no-go',
      },
      {
        id: 'cutover', title: 'Production cutover', partyId: 'brightpath', kind: 'task', start: d(38), end: d(39),
        owner: 'Rachel Kim', role: 'implementation lead', dependsOn: ['go-no-go'], ifYes: 'go-no-go',
        notes: 'Freeze legacy dashboards at 18:00 Thursday.',
      },
      {
        id: 'hypercare', title: 'Hypercare', partyId: 'brightpath', kind: 'task', start: d(42), end: d(53),
        owner: 'Omar Haddad', role: 'integration engineer', dependsOn: ['cutover', 'cutover-comms'],
        ifYes: 'go-no-go',
      },
      {
        id: 'support-handover', title: 'Support handover', partyId: 'northwind', kind: 'task', start: d(42),
        end: d(44), owner: 'Jess Morgan', role: 'customer success manager', dependsOn: ['cutover'],
        ifYes: 'go-no-go',
      },
      {
        id: 'go-live', title: 'Go-live sign-off', partyId: 'acme', kind: 'milestone', start: d(56), end: d(56),
        owner: 'Marcus Bell', role: 'signer', dependsOn: ['hypercare', 'support-handover'], ifYes: 'go-no-go',
      },
    ],
  });
}

/** The plan was agreed in writing as it stands: every step's baseline is its current dates. */
function withBaselines(plan: Plan): Plan {
  return { ...plan, items: plan.items.map((item) => ({ ...item, baseline: item.baseline ?? { start: item.start, end: item.end } })) };
}
