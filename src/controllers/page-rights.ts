import type { EditorSettings } from './editor-settings.js';

/** What this page may do to the plan, given the view it shows and its side of a plan shared live. */
export class PageRights {
  constructor(private readonly settings: Pick<EditorSettings, 'audience' | 'live'>) {}

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
    const live = this.settings.live();
    if (!live || live.side === 'seller') return undefined;
    return `Only the seller can ${action} a plan shared live: it holds steps this page does not show.`;
  }
}
