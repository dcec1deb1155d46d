import { addDays } from '../model/dates.js';
import { awaitsDecision } from '../model/status.js';
import type { ISODate, Item, Plan } from '../model/types.js';
import { planForAudience, type ExportOptions } from '../model/audience.js';
import { escapeText, foldLine, icsDate, icsTimestamp } from './ics-text.js';

export interface ICSOptions extends ExportOptions {
  /** UTC timestamp written as every event's DTSTAMP; default the current time. */
  now?: string;
}

interface EventData {
  uid: string;
  date: ISODate;
  summary: string;
  description: string[];
  categories: string[];
  cancelled?: boolean;
}

/**
 * An iCalendar file with one all-day event per milestone and decision, plus the target date. UIDs derive from
 * the plan and step ids, so importing a newer export updates the events instead of duplicating them.
 */
export function planToICS(plan: Plan, options: ICSOptions = {}): string {
  const shown = planForAudience(plan, options.audience ?? 'seller');
  const stamp = icsTimestamp(options.now ?? new Date().toISOString());
  const events = shown.items
    .filter((item) => item.kind === 'milestone' || item.kind === 'decision')
    .map((item) => itemEvent(shown, item));
  const target = targetEvent(shown);
  if (target) events.push(target);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//map-timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(shown.title)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

const uid = (plan: Plan, id: string): string => `${id}@${plan.id}.map-timeline`;

function itemEvent(plan: Plan, item: Item): EventData {
  const party = plan.parties.find((candidate) => candidate.id === item.partyId);
  const decision = item.ifYes === undefined ? undefined : plan.items.find((other) => other.id === item.ifYes);
  const owner = [item.owner, item.role].filter(Boolean).join(', ');
  const description = [
    `Party: ${party?.name ?? item.partyId}`,
    ...(owner ? [`Owner: ${owner}`] : []),
    ...(item.status ? [`Status: ${item.status}`] : []),
    ...(decision && awaitsDecision(item, () => decision) ? [`Assumes ${decision.title} is yes`] : []),
    ...(item.notes ? [item.notes] : []),
  ];
  return {
    uid: uid(plan, item.id),
    date: item.start,
    // "Decision: Go / no-go decision" would say it twice.
    summary: item.kind === 'decision' && !/\bdecision\b/i.test(item.title) ? `Decision: ${item.title}` : item.title,
    description,
    categories: item.internal ? [item.kind, 'internal'] : [item.kind],
    cancelled: item.status === 'cancelled',
  };
}

function targetEvent(plan: Plan): EventData | undefined {
  if (plan.targetDate === undefined) return undefined;
  const step = plan.items.find((item) => item.id === plan.targetItemId);
  return {
    uid: uid(plan, 'target'),
    date: plan.targetDate,
    summary: `Target: ${plan.title}`,
    description: step ? [`${step.title} is due by this date`] : [],
    categories: ['target'],
  };
}

function eventLines(event: EventData, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description.length > 0 ? [`DESCRIPTION:${escapeText(event.description.join('\n'))}`] : []),
    `CATEGORIES:${event.categories.map(escapeText).join(',')}`,
    // A deadline marker, not a meeting: it must not make anyone look busy.
    'TRANSP:TRANSPARENT',
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}
