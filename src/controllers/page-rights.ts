import type { PlanDocument } from '../document/plan-document.js';
import type { Edit } from '../model/edit.js';
import type { Party, Plan } from '../model/types.js';
import type { EditorSettings } from './editor-settings.js';

/** What this page may do to the plan, given the view it shows and its side of a plan shared live. */
export class PageRights {
  /** Guards `document`: an edit this page may not make is refused before anything changes (see `refusalOf`). */
  constructor(
    private readonly settings: Pick<EditorSettings, 'audience' | 'live'>,
    document?: Pick<PlanDocument, 'refuses'>,
  ) {
    if (document) document.refuses = (edit, plan) => this.refusalOf(edit, plan);
  }

  /**
   * Whether this page may hide a step from the buyer: the seller's view, and not a buyer's page in a live room, where
   * a step marked internal would leave everyone's plan, this page's included (a buyer cannot write the internal room).
   */
  get mayMarkInternal(): boolean {
    return this.settings.audience() === 'seller' && this.settings.live()?.side !== 'buyer';
  }

  /**
   * Why this page may not act on the whole plan (replace it, agree it), when it may not: in a plan shared live, a
   * buyer's page holds only the shared steps, so it would leave the seller's internal steps out of what it does.
   */
  wholePlanRefusal(action: 'replace' | 'agree'): string | undefined {
    if (!this.#buyerLive()) return undefined;
    return `Only the seller can ${action} a plan shared live: it holds steps this page does not show.`;
  }

  /**
   * Why this page may not make `edit` of `plan`, when it may not. In a plan shared live, the agreement and the seller's
   * own lanes are the seller's: a buyer's page that changed the agreement would speak for the seller, and one that
   * removed or changed a seller's lane would move steps it does not show (the seller's internal ones) with it.
   */
  refusalOf(edit: Edit, plan: Plan): string | undefined {
    if (!this.#buyerLive()) return undefined;
    for (const change of edit.changes) {
      const statusChanged = change.op === 'plan' && change.after !== undefined && 'status' in change.after;
      if (change.op === 'agree') return this.wholePlanRefusal('agree');
      if (statusChanged) return this.agreementRefusal;
      if (change.op === 'party-update' || change.op === 'party-remove' || change.op === 'party-move') {
        const party = plan.parties.find((candidate) => candidate.id === change.partyId);
        const refusal = party && this.laneRefusal(party);
        if (refusal) return refusal;
        if (change.after?.['side'] === 'seller')
          return 'Only the seller can make a lane the seller’s in a plan shared live.';
      }
    }
    return undefined;
  }

  /** Why this page may not change the plan's agreement, when it may not. */
  get agreementRefusal(): string | undefined {
    return this.#buyerLive() ? 'Only the seller changes the agreement of a plan shared live.' : undefined;
  }

  /** Why this page may not change, move or remove `party`'s lane, when it may not. */
  laneRefusal(party: Party): string | undefined {
    if (!this.#buyerLive() || party.side !== 'seller') return undefined;
    return `${party.name} is the seller’s lane: only the seller changes, moves or removes it in a plan shared live.`;
  }

  /** Whether this is a buyer's page of a plan shared live. */
  #buyerLive(): boolean {
    const live = this.settings.live();
    return live !== undefined && live.side !== 'seller';
  }
}
