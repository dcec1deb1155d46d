import type { PlanError } from '../model/errors.js';
import { LoopError, loopMessage } from '../model/loop.js';
import type { Plan } from '../model/types.js';

/**
 * What to tell the person whose edit was refused, naming steps by title as this audience sees the plan: a step the
 * audience cannot see (a seller's internal step, in the buyer view) is "an internal step", never its title.
 */
export function refusalText(error: PlanError, shown: Plan | undefined): string {
  if (!(error instanceof LoopError) || !shown) return error.message;
  const titles = new Map(shown.items.map((item) => [item.id, item.title]));
  return loopMessage(error.loop, (id) => titles.get(id) ?? 'an internal step');
}

/** Why an emptied name or title went back to what it was: `what` is the field as a sentence starts it. */
export function keptWhenEmptiedText(what: string, kept: string): string {
  return `${what} cannot be empty: it stays “${kept}”.`;
}
