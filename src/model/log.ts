import type { LogEntry, Plan } from './types.js';

/** Past this many entries, the oldest half is folded into one summary entry. */
export const LOG_LIMIT = 2000;
/** Edits of the same steps by the same person this close together are one gesture in the log (a drag, repeated nudges). */
export const COMPACT_WINDOW_MS = 60_000;

const MOVE_FIELDS = new Set(['start', 'end', 'partyId']);

/** An update that only moved a step (dates or lane): what drags, nudges and their cascades write. */
const stepMove = (entry: LogEntry | undefined): entry is LogEntry & { itemId: string } =>
  entry !== undefined &&
  entry.op === 'update' &&
  entry.itemId !== undefined &&
  [...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})].every((key) => MOVE_FIELDS.has(key));

const within = (earlier: string, later: string): boolean => {
  const gap = Date.parse(later) - Date.parse(earlier);
  return Number.isFinite(gap) && gap >= 0 && gap <= COMPACT_WINDOW_MS;
};

/** Two consecutive updates of one step as one: the first "before", the last "after". */
const merged = (first: LogEntry, second: LogEntry): LogEntry => ({
  ...second,
  before: { ...second.before, ...first.before },
  after: { ...first.after, ...second.after },
});

/**
 * The log with one commit's changes added, kept bounded: a commit that only moves exactly the steps the previous
 * commit moved (same person, within a minute: a step dragged or nudged again, its dependents moving with it) is
 * merged into it, first dates before, last dates after; past LOG_LIMIT entries the oldest half becomes one summary
 * entry saying how many changes it stands for.
 */
export function appendToLog(log: readonly LogEntry[], changes: readonly LogEntry[]): LogEntry[] {
  const count = changes.length;
  const previous = log.slice(log.length - count);
  const compactable =
    count > 0 &&
    log.length >= count &&
    changes.every(stepMove) &&
    previous.every(stepMove) &&
    changes.every((change, index) => {
      const earlier = previous[index]!;
      return earlier.itemId === change.itemId && earlier.by === change.by && within(earlier.at, change.at);
    });
  const next = compactable
    ? [...log.slice(0, log.length - count), ...changes.map((change, index) => merged(previous[index]!, change))]
    : [...log, ...changes];
  return next.length > LOG_LIMIT ? fold(next) : next;
}

function fold(log: LogEntry[]): LogEntry[] {
  const folded = log.slice(0, Math.floor(LOG_LIMIT / 2));
  const summary: LogEntry = {
    at: folded[0]!.at,
    op: 'plan',
    note: `${folded.length} earlier changes (${folded[0]!.at.slice(0, 10)} – ${folded[folded.length - 1]!.at.slice(0, 10)}) folded into this entry`,
    folded:
      folded.length +
      folded.reduce((sum, entry) => sum + (typeof entry['folded'] === 'number' ? entry['folded'] - 1 : 0), 0),
  };
  return [summary, ...log.slice(folded.length)];
}

/** Adds committed changes to the plan's history log (compacted and bounded, see appendToLog). */
export function appendLog(plan: Plan, changes: readonly LogEntry[]): Plan {
  if (changes.length === 0) return plan;
  return { ...plan, log: appendToLog(plan.log ?? [], changes) };
}

/**
 * A change's entries in the order a person reads them, the step acted on first: an edit lists it first, and its undo
 * lists the inverse entries last first (the order they apply in), so the undo is read backwards.
 */
export function inReadingOrder(changes: readonly LogEntry[], source: string): readonly LogEntry[] {
  return source === 'undo' ? [...changes].reverse() : changes;
}
