import { projectedFinish, verdictLabel } from '../model/analysis.js';
import { planForAudience, type Audience } from '../model/audience.js';
import { formatShortDate } from '../model/dates.js';
import { newViolations } from '../model/graph.js';
import { inReadingOrder } from '../model/log.js';
import type { ChangeSource } from '../events.js';
import type { ISODate, LogEntry, Plan } from '../model/types.js';
import { plural } from './describe.js';

function titleOf(id: string | undefined, ...plans: Plan[]): string {
  for (const plan of plans) {
    const found = plan.items.find((item) => item.id === id);
    if (found) return found.title;
  }
  return 'A step';
}

/**
 * What one committed change did, in words. An undo lists what it put back: "Undone: Security review added" would read
 * as the adding being undone, so a step an undo brings back "is back in the plan".
 */
function describeChange(change: LogEntry, before: Plan, after: Plan, source: ChangeSource): string {
  const title = titleOf(change.itemId, after, before);
  if (change.op === 'agree') return change.note ?? 'Plan agreed';
  if (change.op === 'add') return source === 'undo' ? `${title} is back in the plan` : `${title} added`;
  if (change.op === 'remove') return source === 'undo' ? `${title} is no longer in the plan` : `${title} removed`;
  if (!change.itemId) return change.note ?? 'Plan updated';
  const was = change.before ?? {};
  const now = change.after ?? {};
  const moved = now.start !== undefined && now.start !== was.start;
  if ('dependsOn' in now) {
    const waits = waitingText(was.dependsOn ?? [], now.dependsOn ?? [], after, before);
    // A step linked to one that ends later moves too: both are said.
    if (waits) return `${title} ${waits}${moved ? `, and moved to ${formatShortDate(now.start!)}` : ''}`;
  }
  if (moved) return `${title} moved to ${formatShortDate(now.start!)}`;
  if (now.end !== undefined) return `${title} now ends ${formatShortDate(now.end)}`;
  if (now.partyId !== undefined)
    return `${title} moved to ${after.parties.find((party) => party.id === now.partyId)?.name ?? 'another lane'}`;
  return `${title} updated`;
}

/** "now waits for Security review", "no longer waits for Pricing", or both; undefined when the list only reordered. */
function waitingText(was: readonly string[], now: readonly string[], ...plans: Plan[]): string | undefined {
  const names = (ids: string[]) => {
    const titles = ids.map((id) => titleOf(id, ...plans));
    return titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0];
  };
  const added = now.filter((id) => !was.includes(id));
  const removed = was.filter((id) => !now.includes(id));
  const parts = [
    added.length > 0 ? `now waits for ${names(added)}` : '',
    removed.length > 0 ? `no longer waits for ${names(removed)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

/**
 * The live-region sentence for a committed change: "Legal review moved to 14 Apr; 3 steps moved with it; projected
 * finish now 2 days late". Given `today`, the projected finish is the one the timeline shows (open steps that are
 * overdue cannot end before today), so the sentence never contradicts the verdict on screen.
 */
export function announceChange(
  before: Plan,
  after: Plan,
  changes: readonly LogEntry[],
  source: ChangeSource,
  today?: ISODate,
): string {
  if (changes.length === 0) return '';
  const read = inReadingOrder(changes, source);
  const first = describeChange(read[0]!, before, after, source);
  const others = read.slice(1).filter((change) => change.op === 'update' && change.after?.start !== undefined).length;
  const parts = [
    source === 'undo'
      ? `Undone: ${first}`
      : source === 'redo'
        ? `Redone: ${first}`
        : source === 'remote'
          ? `Changed elsewhere: ${first}`
          : first,
  ];
  if (others > 0) parts.push(`${plural(others, 'step')} moved with it`);
  const was = projectedFinish(before, today);
  const now = projectedFinish(after, today);
  if (now && (!was || was.projected !== now.projected)) {
    parts.push(
      now.target
        ? `projected finish now ${verdictLabel(now).toLowerCase()}`
        : `projected finish now ${formatShortDate(now.projected)}`,
    );
  }
  return parts.join('; ');
}

/** The sentence for a committed change as an audience may hear it: nothing about steps it cannot see. */
export function announceFor(
  audience: Audience,
  previous: Plan,
  plan: Plan,
  change: { changes: readonly LogEntry[]; source: ChangeSource },
  today: ISODate,
): string {
  const before = planForAudience(previous, audience);
  const after = planForAudience(plan, audience);
  // An audience shown every step hears every change: only a view that hides steps needs to know which it shows.
  const hides = before !== previous || after !== plan;
  const seen = hides ? new Set([...before.items, ...after.items].map((item) => item.id)) : undefined;
  const heard = seen
    ? change.changes.filter((entry) => entry.itemId === undefined || seen.has(entry.itemId))
    : change.changes;
  return announceChange(before, after, heard, change.source, today);
}

/**
 * What a change put out of order, as the audience sees the plan: "Go / no-go decision now starts before Technical
 * validation ends (14 Jun 2027): its arrow turns red, and the projected finish still waits for it." Undefined when
 * nothing new is out of order. Steps may be put out of order on purpose (work started early); the sentence says so
 * rather than refusing it.
 */
export function outOfOrderText(audience: Audience, previous: Plan, plan: Plan): string | undefined {
  const after = planForAudience(plan, audience);
  const found = newViolations(planForAudience(previous, audience).items, after.items);
  const first = found[0];
  if (!first) return undefined;
  // One step may now start before several it waits for: each is named, and the latest end is the one to wait for.
  const waitsFor = found
    .filter((violation) => violation.to === first.to)
    .map((violation) => after.items.find((item) => item.id === violation.from))
    .filter((item) => item !== undefined);
  const latest = waitsFor.reduce((a, b) => (b.end > a.end ? b : a), waitsFor[0]!);
  const names = waitsFor.map((item) => item.title);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const ends = names.length > 1 ? 'end' : 'ends';
  const others = new Set(found.map((violation) => violation.to)).size - 1;
  const more =
    others > 0
      ? ` ${plural(others, 'more step')} now ${others === 1 ? 'starts' : 'start'} before one ${others === 1 ? 'it waits' : 'they wait'} for ends.`
      : '';
  return (
    `${titleOf(first.to, after)} now starts before ${list} ${ends} (${formatShortDate(latest.end, true)}): ` +
    `${names.length > 1 ? 'their arrows turn' : 'its arrow turns'} red, and the projected finish still waits for ` +
    `${names.length > 1 ? 'them' : 'it'}.${more}`
  );
}

/**
 * Why an undo (or redo) in a shared plan skipped changes: someone else has since changed all that they did, so there
 * was nothing of them left to take back.
 */
export function passedOverText(count: number, redo: boolean): string {
  const which = count === 1 ? 'your last change' : `your last ${count} changes`;
  const did = count === 1 ? 'it' : 'them';
  return redo
    ? `Someone else has since changed all that ${which.replace('last', 'next')} did: Redo went on to the one after.`
    : `Someone else has since changed all that ${which} did, so there was nothing of ${did} to undo: Undo went back to the one before.`;
}

/**
 * What someone else's change took from under this page: the selected steps (their details perhaps open) it deleted.
 * "Bea (buyer) deleted "Security review", which you had selected."
 */
export function deletedUnderYouText(changes: readonly LogEntry[], lost: readonly string[], before: Plan): string {
  const by = changes.find((change) => change.op === 'remove' && lost.includes(change.itemId!))?.by ?? 'Someone else';
  const titles = lost.map((id) => `"${titleOf(id, before)}"`);
  const named = titles.length === 1 ? titles[0]! : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)!}`;
  return `${by} deleted ${named}, which you had selected.`;
}

/**
 * What a user's own change took away, said where it is seen, since one undo brings it back: the steps it deleted (a
 * step gone by one key press in a meeting), or else the "only if yes" of the steps whose decision it made a task or a
 * milestone. Undefined when it took neither.
 */
export function takenAwayText(changes: readonly LogEntry[], before: Plan): string | undefined {
  const steps = (ids: readonly string[]) => {
    const first = `"${titleOf(ids[0]!, before)}"`;
    return ids.length === 1 ? first : `${first} and ${ids.length - 1} more ${ids.length === 2 ? 'step' : 'steps'}`;
  };
  const removed = changes.flatMap((change) => (change.op === 'remove' && change.itemId ? [change.itemId] : []));
  if (removed.length > 0)
    return `Deleted ${steps(removed)}. Undo (Ctrl/⌘ + Z) brings ${removed.length === 1 ? 'it' : 'them'} back.`;
  const unmade = changes.find((change) => change.before?.kind === 'decision' && change.after?.kind !== undefined);
  const firmed = changes.flatMap((change) =>
    unmade && change.before?.ifYes === unmade.itemId && change.after?.ifYes === undefined ? [change.itemId!] : [],
  );
  if (!unmade || firmed.length === 0) return undefined;
  const holds = firmed.length === 1 ? 'holds' : 'hold';
  return `${steps(firmed)} no longer ${holds} only if "${titleOf(unmade.itemId!, before)}" is yes: it is a ${unmade.after!.kind} now. Undo (Ctrl/⌘ + Z) brings that back.`;
}
