import type { DocumentEvent } from '../document/plan-document.js';
import type { Audience } from '../model/audience.js';
import { findViolations, newViolations, type Violation } from '../model/graph.js';
import { outOfOrderText } from '../render/announce.js';
import type { NoticeLine } from './notice-line.js';

/**
 * The message line's word that a change (this page's own, or someone else's in a plan shared live) put a step before
 * one it waits for. It is taken back as soon as a later change (an undo, a shorter predecessor, the other side's
 * edit) puts every arrow it spoke of back in order: left for its few seconds, it would say something untrue.
 */
export class OutOfOrderNotice {
  #said?: { text: string; arrows: string[] };

  constructor(private readonly notices: NoticeLine) {}

  /** After a committed change: the sentence said (for the announcement too), if the change put steps out of order. */
  afterChange(event: Extract<DocumentEvent, { type: 'change' }>, audience: Audience): string | undefined {
    const own = event.source === 'user';
    // An import (a whole plan in place of another) listed what its file puts out of order before it was confirmed:
    // "now starts before" would blame the import for what the file says.
    const replaced = event.changes.length > 0 && event.changes.every((change) => change.op === 'plan');
    // Someone else's change too: a buyer who moved a step before a seller's internal step it waits for could not see it.
    const found =
      (own || event.source === 'remote') && !replaced
        ? outOfOrderText(audience, event.previous, event.plan)
        : undefined;
    const by = event.changes.find((change) => change.by)?.by;
    const text = found && !own ? `${by ? `Changed by ${by}` : 'Changed elsewhere'}: ${found}` : found;
    if (text) {
      this.notices.say(text);
      this.#said = { text, arrows: newViolations(event.previous.items, event.plan.items).map(arrowKey) };
      return text;
    }
    const said = this.#said;
    if (!said) return undefined;
    const violated = new Set(findViolations(event.plan.items).map(arrowKey));
    if (said.arrows.some((arrow) => violated.has(arrow))) return undefined;
    this.notices.withdraw(said.text);
    this.#said = undefined;
    return undefined;
  }
}

const arrowKey = ({ from, to }: Violation): string => `${from}\n${to}`;
