import type { ISODate, Plan } from '../types.js';
import { addDays } from '../dates.js';
import { defaultCalendar } from '../calendar.js';

/**
 * Hiring plan: Talentbridge (staffing agency) fills a Senior Data Engineer role for Harbor Health.
 * Offsets assume `start` is a Monday. The first day lands on the target date.
 */
export function hiringPlan(start: ISODate): Plan {
  const d = (n: number): ISODate => addDays(start, n);
  return {
    version: 1,
    id: 'hiring',
    title: 'Harbor Health × Talentbridge — Senior Data Engineer',
    status: 'vague',
    targetDate: d(49),
    calendar: defaultCalendar(),
    targetItemId: 'first-day',
    parties: [
      { id: 'talentbridge', name: 'Talentbridge Staffing', side: 'seller' },
      { id: 'harbor', name: 'Harbor Health', side: 'buyer' },
      { id: 'candidate', name: 'Candidate — Jordan Reyes', side: 'partner' },
    ],
    items: [
      {
        id: 'intake', title: 'Intake call', partyId: 'talentbridge', kind: 'task', start: d(0), end: d(0),
        owner: 'Sofia Marquez', role: 'recruiter', status: 'done',
      },
      {
        id: 'job-brief', title: 'Approve job brief', partyId: 'harbor', kind: 'task', start: d(1), end: d(2),
        owner: 'Ben Carter', role: 'hiring manager', status: 'done', dependsOn: ['intake'],
      },
      {
        id: 'fee-check', title: 'Fee & margin check', partyId: 'talentbridge', kind: 'task', start: d(1), end: d(1),
        owner: 'Sofia Marquez', role: 'recruiter', status: 'done', dependsOn: ['intake'], internal: true,
        notes: 'Fee 20% of first-year base; 90-day guarantee.',
      },
      {
        id: 'sourcing', title: 'Sourcing', partyId: 'talentbridge', kind: 'task', start: d(3), end: d(9),
        owner: 'Sofia Marquez', role: 'recruiter', status: 'in-progress', dependsOn: ['job-brief'],
      },
      {
        id: 'pre-screens', title: 'Pre-screen calls', partyId: 'talentbridge', kind: 'task', start: d(10), end: d(11),
        owner: 'Sofia Marquez', role: 'recruiter', dependsOn: ['sourcing'],
      },
      {
        id: 'shortlist', title: 'Send shortlist', partyId: 'talentbridge', kind: 'task', start: d(14), end: d(14),
        owner: 'Sofia Marquez', role: 'recruiter', dependsOn: ['pre-screens'],
        notes: 'Aim for 4–5 profiles.',
      },
      {
        id: 'feedback', title: 'Shortlist feedback', partyId: 'harbor', kind: 'task', start: d(15), end: d(17),
        owner: 'Ben Carter', role: 'hiring manager', dependsOn: ['shortlist'],
      },
      {
        id: 'interview-prep', title: 'Candidate interview prep', partyId: 'talentbridge', kind: 'task', start: d(18),
        end: d(18), owner: 'Sofia Marquez', role: 'recruiter', dependsOn: ['feedback'], internal: true,
        notes: 'Brief candidates on Harbor’s system-design round.',
      },
      {
        id: 'interviews', title: 'Interview loop', partyId: 'harbor', kind: 'task', start: d(21), end: d(25),
        owner: 'Ben Carter', role: 'hiring manager', dependsOn: ['feedback'],
      },
      {
        id: 'hiring-decision', title: 'Hiring decision', partyId: 'harbor', kind: 'decision', start: d(28),
        end: d(28), owner: 'Aisha Khan', role: 'decision maker', dependsOn: ['interviews'],
      },
      {
        id: 'offer', title: 'Extend offer', partyId: 'talentbridge', kind: 'task', start: d(29), end: d(31),
        owner: 'Sofia Marquez', role: 'recruiter', dependsOn: ['hiring-decision'], ifYes: 'hiring-decision',
        notes: 'Band approved up to $165k base.',
      },
      {
        id: 'offer-accepted', title: 'Offer accepted', partyId: 'candidate', kind: 'milestone', start: d(32),
        end: d(32), owner: 'Jordan Reyes', role: 'candidate', dependsOn: ['offer'], ifYes: 'hiring-decision',
      },
      {
        id: 'checks', title: 'Background & references', partyId: 'talentbridge', kind: 'task', start: d(35),
        end: d(44), owner: 'Kai Thompson', role: 'compliance', dependsOn: ['offer-accepted'],
        ifYes: 'hiring-decision',
      },
      {
        id: 'notice-period', title: 'Notice period', partyId: 'candidate', kind: 'task', start: d(35), end: d(46),
        owner: 'Jordan Reyes', role: 'candidate', dependsOn: ['offer-accepted'], ifYes: 'hiring-decision',
        notes: 'Two weeks’ notice at current employer.',
      },
      {
        id: 'first-day', title: 'First day', partyId: 'harbor', kind: 'milestone', start: d(49), end: d(49),
        owner: 'Ben Carter', role: 'hiring manager', dependsOn: ['checks', 'notice-period'],
        ifYes: 'hiring-decision',
      },
    ],
  };
}
