import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Plan } from '../model/types.js';
import { Projector } from './projector.js';

/**
 * The plan as this browser last saw a room: its offline copies (the shared room's, then the internal one's), read on
 * their own before the server's news reaches them, so a page opened first thing reads the room as it was left.
 * Undefined when the browser kept no plan of the room, or the copies cannot be read.
 */
export async function lastSeenPlan(copyNames: readonly string[]): Promise<Plan | undefined> {
  const docs = copyNames.map(() => new Y.Doc());
  const copies = copyNames.map((name, index) => new IndexeddbPersistence(name, docs[index]!));
  try {
    await Promise.all(copies.map((copy) => copy.whenSynced));
    const [shared, internal] = docs;
    const projector = new Projector({ shared: shared!, ...(internal ? { internal } : {}) });
    return projector.hasPlan ? projector.project().plan : undefined;
  } catch {
    return undefined;
  } finally {
    await Promise.all(copies.map((copy) => copy.destroy()));
    for (const doc of docs) doc.destroy();
  }
}
