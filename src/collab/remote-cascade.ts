import { cascade, earliestStart } from '../model/cascade.js';
import { formatShortDate } from '../model/dates.js';
import { topologicalRanks } from '../model/graph.js';
import type { Item, Plan } from '../model/types.js';
import { stepsAfterIt } from './lost-race.js';

/** Steps this page pushed after one remote change, and what pushed them. */
interface Push {
  /** The steps whose later end pushed the others, with the end each had before. */
  causes: Map<string, string>;
  /** Each step pushed, as it was before, and the dates it was pushed to. */
  steps: Map<string, { before: Item; start: string; end: string }>;
}

/** Pushes remembered for taking back; the oldest are forgotten first. */
const PUSHES_KEPT = 50;

export interface Followed {
  /** The steps moved, by id, as they now are. */
  moved: Map<string, Item>;
  /** One line per kind of move, for the person whose page made them. */
  messages: string[];
}

/**
 * What a page that sees every step does after another person's change. Their page pushed the steps it shows that
 * wait for a step they moved later; a buyer's page shows no internal step of the seller's, so this page pushes those
 * (and whatever waits for them), just late enough, as a drag pushes what waits for the dragged step. When the steps
 * that pushed them all end where they ended before (the other person undid the move), the steps still where they were
 * pushed go back. Every such page works out the same moves from the same merged plan, so their writes converge.
 */
export class RemotePushes {
  #pushes: Push[] = [];

  /**
   * The moves after a remote change. `shown` holds the steps as this page showed them before it, `touched` the steps
   * it may have moved, `nowOf` any step as the merged plan holds it now; `by` names the other person.
   */
  follow(
    shown: ReadonlyMap<string, Item>,
    plan: Plan,
    touched: Iterable<string>,
    nowOf: (id: string) => Item | undefined,
    by: string | undefined,
  ): Followed {
    const messages: string[] = [];
    const back = this.#takeBack(plan, nowOf);
    const current = (id: string): Item | undefined => back.moved.get(id) ?? nowOf(id);
    if (back.moved.size > 0) messages.push(backMessage(back, plan.items));
    const later = new Map<string, string>();
    for (const id of touched) {
      const was = shown.get(id);
      const now = current(id);
      if (was && now && now.end > was.end) later.set(id, was.end);
    }
    const pushed = later.size > 0 ? pushedBy(withMoved(plan, back.moved), later, current) : new Map<string, Item>();
    if (pushed.size > 0) {
      const steps = new Map([...pushed].map(([id, item]) => [id, { before: current(id)!, ...span(item) }]));
      this.#pushes = [...this.#pushes, { causes: later, steps }].slice(-PUSHES_KEPT);
      messages.push(pushMessage(pushed, later, plan.items, current, by));
    }
    return { moved: new Map([...back.moved, ...pushed]), messages };
  }

  /** The steps to move back: those of every push whose causes all end no later than before it. */
  #takeBack(plan: Plan, nowOf: (id: string) => Item | undefined): { moved: Map<string, Item>; causes: Set<string> } {
    const moved = new Map<string, Item>();
    const causes = new Set<string>();
    const released = this.#pushes.filter((push) =>
      [...push.causes].every(([id, end]) => (nowOf(id)?.end ?? end) <= end),
    );
    if (released.length === 0) return { moved, causes };
    this.#pushes = this.#pushes.filter((push) => !released.includes(push));
    const byId = new Map(plan.items.map((item) => [item.id, item]));
    const ranks = topologicalRanks(plan.items);
    // The latest push first, each step in dependency order, so a step goes back only once what it waits for has.
    for (const push of released.reverse()) {
      const steps = [...push.steps].sort(([a], [b]) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
      for (const [id, { before, start, end }] of steps) {
        const now = byId.get(id);
        // Someone moved it since: it stays where they put it.
        if (!now || now.start !== start || now.end !== end) continue;
        const back = { ...now, start: before.start, end: before.end };
        const earliest = earliestStart(back, byId, plan.calendar);
        if (earliest !== undefined && back.start < earliest) continue;
        byId.set(id, back);
        moved.set(id, back);
      }
      for (const id of push.causes.keys()) causes.add(id);
    }
    return { moved, causes };
  }
}

const span = (item: Item) => ({ start: item.start, end: item.end });

export const withMoved = (plan: Plan, moved: ReadonlyMap<string, Item>): Plan =>
  moved.size === 0 ? plan : { ...plan, items: plan.items.map((item) => moved.get(item.id) ?? item) };

/**
 * The steps that wait for the `later` ones, pushed just late enough. Most moves push nothing here (the other page
 * pushed what it shows): one look at what waits for them decides, before a cascade over the plan.
 */
function pushedBy(
  plan: Plan,
  later: ReadonlyMap<string, string>,
  stepOf: (id: string) => Item | undefined,
): Map<string, Item> {
  const pushed = new Map<string, Item>();
  const lookup = { get: stepOf };
  const tooEarly = (item: Item): boolean => {
    if (item.status === 'done' || !item.dependsOn?.some((id) => later.has(id))) return false;
    const earliest = earliestStart(item, lookup, plan.calendar);
    return earliest !== undefined && item.start < earliest;
  };
  if (!plan.items.some(tooEarly)) return pushed;
  const items = cascade(plan.items, later.keys(), plan.items, plan.calendar);
  items.forEach((item, index) => {
    if (item !== plan.items[index]) pushed.set(item.id, item);
  });
  return pushed;
}

/** The step furthest upstream of those moved, and how many others moved with it: "(and 2 steps after it)". */
function firstOf(moved: ReadonlyMap<string, Item>, items: readonly Item[]): { first: Item; along: string } {
  const ranks = topologicalRanks(items);
  const [first] = [...moved.values()].sort((a, b) => (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0));
  return { first: first!, along: stepsAfterIt(moved.size - 1) };
}

/** The step among `ids` that `item` waits for and that ends last: what decided where it went. */
function causeOf(item: Item, ids: { has(id: string): boolean }, stepOf: (id: string) => Item | undefined) {
  let cause: Item | undefined;
  for (const id of item.dependsOn ?? []) {
    const step = ids.has(id) ? stepOf(id) : undefined;
    if (step && (!cause || step.end > cause.end)) cause = step;
  }
  return cause;
}

function pushMessage(
  pushed: ReadonlyMap<string, Item>,
  later: ReadonlyMap<string, string>,
  items: readonly Item[],
  stepOf: (id: string) => Item | undefined,
  by: string | undefined,
): string {
  const { first, along } = firstOf(pushed, items);
  const cause = causeOf(first, later, stepOf);
  const who = by ?? 'someone else';
  const what = cause ? `"${cause.title}", which ${who} moved` : `a step ${who} moved`;
  return `"${first.title}"${along} moved to ${formatShortDate(first.start)}: it waits for ${what}.`;
}

function backMessage(back: { moved: Map<string, Item>; causes: Set<string> }, items: readonly Item[]): string {
  const { first, along } = firstOf(back.moved, items);
  const byId = new Map(items.map((item) => [item.id, item]));
  const cause = causeOf(first, back.causes, (id) => byId.get(id));
  const what = cause ? `"${cause.title}", which it waits for, moved back` : 'what it waits for moved back';
  return `"${first.title}"${along} moved back to ${formatShortDate(first.start)}: ${what}.`;
}
