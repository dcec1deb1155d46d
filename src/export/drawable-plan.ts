import { planForAudience, type Audience } from '../model/audience.js';
import { isCssColor } from '../model/colors.js';
import { safeText } from '../model/text.js';
import type { Item, Party, Plan } from '../model/types.js';

/** A copy of the record with every text (and every text in a list) made safe; the record itself when none changes. */
function withSafeText<T extends Record<string, unknown>>(record: T): T {
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(record)) {
    let safe: unknown = value;
    if (typeof value === 'string') safe = safeText(value);
    else if (Array.isArray(value) && value.some((entry) => typeof entry === 'string' && safeText(entry) !== entry)) {
      safe = value.map((entry: unknown) => (typeof entry === 'string' ? safeText(entry) : entry));
    }
    if (safe !== value) (copy ??= { ...record })[key] = safe;
  }
  return (copy as T | undefined) ?? record;
}

function drawableParty(party: Party): Party {
  const safe = withSafeText(party);
  if (safe.color === undefined || isCssColor(safe.color)) return safe;
  // Anything but a colour is left out: the lane takes its side's colour, and the text never reaches the picture.
  const uncoloured: Party = { ...safe };
  delete uncoloured.color;
  return uncoloured;
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.every((entry, index) => entry === b[index]);

/**
 * The plan as an exported picture may draw it, whatever it holds: what the audience may see, with text no XML
 * document can carry replaced (model/text.ts) and every party colour that is not a plain CSS colour left out. A plan
 * that passed `validatePlan` comes back as it is (the same object, so caches keyed by it still hit); one handed over
 * without validation is made safe here, for the SVG, PNG and print alike.
 */
export function drawablePlan(source: Plan, audience: Audience): Plan {
  const plan = planForAudience(source, audience);
  const parties = plan.parties.map(drawableParty);
  const items = plan.items.map((item: Item) => withSafeText(item));
  const title = safeText(plan.title);
  if (title === plan.title && sameList(parties, plan.parties) && sameList(items, plan.items)) return plan;
  return { ...plan, title, parties, items };
}
