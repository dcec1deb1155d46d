import type { ISODate, Plan } from '../types.js';
import { addDays } from '../dates.js';
import { defaultCalendar } from '../calendar.js';
import { fleetAnalyticsParties } from './parties.js';

/**
 * Enterprise software deal: Northwind sells Fleet Analytics to Acme Logistics, with Brightpath as the
 * implementation partner. Offsets assume `start` is a Monday (then no step starts or ends on a weekend).
 * The projected go-live lands 5 days after the target date, so the demo shows a late verdict.
 */
export function enterprisePlan(start: ISODate): Plan {
  const d = (n: number): ISODate => addDays(start, n);
  return {
    version: 1,
    id: 'enterprise',
    title: 'Acme Logistics × Northwind — Fleet Analytics rollout',
    status: 'verbal',
    targetDate: d(81),
    calendar: defaultCalendar(),
    targetItemId: 'go-live',
    parties: fleetAnalyticsParties(),
    items: [
      {
        id: 'discovery', title: 'Discovery workshops', partyId: 'northwind', kind: 'task', start: d(0), end: d(4),
        owner: 'Maya Chen', role: 'account executive', status: 'done',
      },
      {
        id: 'tailored-demo', title: 'Tailored demo', partyId: 'northwind', kind: 'task', start: d(7), end: d(11),
        owner: 'Luis Ortega', role: 'solutions engineer', status: 'done', dependsOn: ['discovery'],
        notes: 'Demo on Acme’s own telematics sample (3 depots).',
      },
      {
        id: 'tech-validation', title: 'Technical validation', partyId: 'acme', kind: 'task', start: d(14), end: d(25),
        owner: 'Priya Nair', role: 'champion', status: 'in-progress', dependsOn: ['tailored-demo'],
      },
      {
        id: 'security-review', title: 'Security review', partyId: 'acme', kind: 'task', start: d(14), end: d(30),
        owner: 'Tom Becker', role: 'security', status: 'blocked', dependsOn: ['tailored-demo'],
        baseline: { start: d(14), end: d(25) },
        notes: 'Blocked on Northwind’s SOC 2 bridge letter.',
      },
      {
        id: 'reference-call', title: 'Reference call', partyId: 'northwind', kind: 'task', start: d(16), end: d(16),
        owner: 'Maya Chen', role: 'account executive', status: 'done', dependsOn: ['tailored-demo'],
      },
      {
        id: 'sow-draft', title: 'Implementation SOW draft', partyId: 'brightpath', kind: 'task', start: d(21),
        end: d(25), owner: 'Rachel Kim', role: 'implementation lead', dependsOn: ['tailored-demo'],
      },
      {
        id: 'discount-approval', title: 'Discount approval', partyId: 'northwind', kind: 'task', start: d(28),
        end: d(29), owner: 'Maya Chen', role: 'account executive', dependsOn: ['reference-call'], internal: true,
        notes: 'Deal desk: 18% discount needs VP Sales sign-off.',
      },
      {
        id: 'business-case', title: 'Business case', partyId: 'acme', kind: 'task', start: d(31), end: d(37),
        owner: 'Priya Nair', role: 'champion', dependsOn: ['tech-validation', 'security-review', 'reference-call'],
        baseline: { start: d(28), end: d(32) },
        notes: 'ROI model: 14-month payback on fuel and idle time.',
      },
      {
        id: 'eb-prep', title: 'EB meeting prep', partyId: 'northwind', kind: 'task', start: d(38), end: d(38),
        owner: 'Maya Chen', role: 'account executive', dependsOn: ['business-case', 'discount-approval'],
        internal: true,
      },
      {
        id: 'eb-meeting', title: 'Economic-buyer meeting', partyId: 'acme', kind: 'task', start: d(42), end: d(42),
        owner: 'Karen Holt', role: 'decision maker', dependsOn: ['business-case'],
        baseline: { start: d(37), end: d(37) },
      },
      {
        id: 'decision', title: 'Go / no-go decision', partyId: 'acme', kind: 'decision', start: d(44), end: d(44),
        owner: 'Karen Holt', role: 'decision maker', dependsOn: ['eb-meeting'],
      },
      {
        id: 'procurement', title: 'Procurement review', partyId: 'acme', kind: 'task', start: d(45), end: d(53),
        owner: 'Greg Walsh', role: 'procurement', dependsOn: ['decision'], ifYes: 'decision',
      },
      {
        id: 'budget-signoff', title: 'Budget sign-off', partyId: 'acme', kind: 'task', start: d(45), end: d(50),
        owner: 'Karen Holt', role: 'decision maker', dependsOn: ['decision'], ifYes: 'decision',
      },
      {
        id: 'msa', title: 'MSA redlines', partyId: 'acme', kind: 'task', start: d(56), end: d(60),
        owner: 'Elena Ruiz', role: 'legal', dependsOn: ['procurement', 'budget-signoff', 'sow-draft'],
        ifYes: 'decision',
      },
      {
        id: 'signature', title: 'Contract signature', partyId: 'acme', kind: 'milestone', start: d(63), end: d(63),
        owner: 'Robert Chu', role: 'signer', dependsOn: ['msa'], ifYes: 'decision',
      },
      {
        id: 'cs-handoff', title: 'Sales → CS handoff', partyId: 'northwind', kind: 'task', start: d(64), end: d(64),
        owner: 'Maya Chen', role: 'account executive', dependsOn: ['signature'], ifYes: 'decision', internal: true,
      },
      {
        id: 'kickoff', title: 'Implementation kickoff', partyId: 'brightpath', kind: 'task', start: d(65),
        end: d(65), owner: 'Rachel Kim', role: 'implementation lead', dependsOn: ['signature'], ifYes: 'decision',
      },
      {
        id: 'pilot-rollout', title: 'Pilot rollout', partyId: 'brightpath', kind: 'task', start: d(66), end: d(85),
        owner: 'Rachel Kim', role: 'implementation lead', dependsOn: ['kickoff'], ifYes: 'decision',
        notes: 'Pilot: 3 depots, about 420 vehicles.',
      },
      {
        id: 'go-live', title: 'Go-live', partyId: 'acme', kind: 'milestone', start: d(86), end: d(86),
        owner: 'Priya Nair', role: 'champion', dependsOn: ['pilot-rollout'], ifYes: 'decision',
      },
    ],
  };
}
