import type { ISODate, Item, Plan } from '../model/types.js';
import { describeItem, indexPlan, type PlanIndex } from './describe.js';
import { durationText } from './duration.js';

/** A step's accessible name and its hover text. */
export interface Described {
  label: string;
  tooltip: string;
}

/**
 * A description kept with the step object it describes, and what else it was read from: the day, the calendar and
 * the objects its lookups found (its party, joint parties, predecessors, decision). It holds for another plan as long
 * as those lookups find the very same objects there.
 */
interface Kept {
  text: Described;
  today: ISODate;
  calendar: Plan['calendar'];
  readFrom: readonly unknown[];
}

const kept = new WeakMap<Item, Kept>();
const perPlan = new WeakMap<Plan, { today: ISODate; texts: Map<Item, Described> }>();

/** The objects of `plan` a step's description reads besides the step itself, in a fixed order. */
function lookups(item: Item, index: PlanIndex): unknown[] {
  const found: unknown[] = [index.parties.get(item.partyId)];
  for (const id of item.withPartyIds ?? []) found.push(index.parties.get(id));
  for (const id of item.dependsOn ?? []) found.push(index.byId.get(id));
  if (item.ifYes !== undefined) found.push(index.byId.get(item.ifYes));
  return found;
}

const sameObjects = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, position) => value === b[position]);

/**
 * Describes the steps of one plan on one day. Hovering or selecting redraws the steps in view, and each day a drag
 * crosses or each edit makes a new plan in which most steps are the same objects: a step is described again only when
 * it, or something its description reads, changed.
 */
export function stepDescriptions(plan: Plan, today: ISODate): (item: Item) => Described {
  let known = perPlan.get(plan);
  if (!known || known.today !== today) perPlan.set(plan, (known = { today, texts: new Map() }));
  const { texts } = known;
  const index = indexPlan(plan);
  return (item: Item): Described => {
    let text = texts.get(item);
    if (text) return text;
    const readFrom = lookups(item, index);
    const before = kept.get(item);
    if (before && before.today === today && before.calendar === plan.calendar && sameObjects(before.readFrom, readFrom))
      text = before.text;
    else {
      const label = describeItem(item, plan, today, index);
      const length = item.kind === 'task' ? durationText(item.start, item.end, plan.calendar) : '';
      text = { label, tooltip: [label, length, item.notes].filter(Boolean).join('\n') };
      kept.set(item, { text, today, calendar: plan.calendar, readFrom });
    }
    texts.set(item, text);
    return text;
  };
}
