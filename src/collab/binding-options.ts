import type { Plan } from '../model/types.js';

// What a host gives a plan binding, and what the binding tells it back.

/**
 * What the binding tells the person: repairs of a merge, values from the room it would not take, and edits of theirs
 * that someone else's overwrote.
 */
export type CollabNotice =
  | { type: 'repaired'; messages: string[] }
  /** Values from the room that no valid plan can hold: the last valid value is shown instead. */
  | { type: 'refused'; messages: string[] }
  | { type: 'lost-race'; message: string; stepId: string; by: string }
  /** Steps this page moved because someone else's change moved what they wait for (see `RemotePushes`). */
  | { type: 'pushed'; message: string }
  | { type: 'read-only'; message: string }
  /** The page set a whole plan (`plan`) in place of the room's: the room's plan was shown again. */
  | { type: 'kept-room'; message: string };

export type NoticeListener = (notice: CollabNotice) => void;

export interface BindingOptions {
  /** The name of the person behind a Yjs client id (from presence), for notices and log entries. */
  nameOf?: (clientID: number) => string | undefined;
  /**
   * Whether this client writes repairs back to the documents. Default: only a client with the internal document,
   * which sees every step (a buyer cannot tell a deleted step from a hidden one). Repairs are the same on every
   * client, so several clients writing them converge.
   */
  writeRepairs?: boolean;
  /** Whether to write the document's plan into an empty room. Default: only a seller (with the internal document). */
  seed?: boolean;
  /** Stamps the log entries of remote changes. */
  clock?: () => string;
  /**
   * The server lets this client read only. Its own edits are then never written (the server would drop them) but
   * undone at once, with a `read-only` notice, so the plan shown stays the room's.
   */
  readOnly?: boolean;
  /**
   * The plan as this page's person last saw the room (a seller's offline copy, read before the server's news): on
   * joining, the steps others moved later meanwhile push what waits for them, as on a page that was open then.
   */
  lastSeen?: Plan;
}
