import type { DocumentEvent } from '../document/plan-document.js';
import { planForAudience, type Audience } from '../model/audience.js';
import { inReadingOrder } from '../model/log.js';

/**
 * Where an undo or a redo leaves the user: on the first step it changed that this audience sees (so the user sees
 * what came back), else on the step focused before if it is still shown; undefined for the timeline itself.
 */
export function stepAfterUndo(
  event: Extract<DocumentEvent, { type: 'change' }>,
  audience: Audience,
  focused: string | undefined,
): { changed: string | undefined; focus: string | undefined } {
  const shown = new Set(planForAudience(event.plan, audience).items.map((item) => item.id));
  const changed = inReadingOrder(event.changes, event.source)
    .map((change) => change.itemId)
    .find((id) => id !== undefined && shown.has(id));
  return { changed, focus: changed ?? (focused && shown.has(focused) ? focused : undefined) };
}
