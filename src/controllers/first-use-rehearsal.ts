import { MemoryPlanStore } from '../io/plan-store.js';
import { addDays } from '../model/dates.js';
import type { Item, Plan } from '../model/types.js';
import { whenIdle } from './lazy-part.js';

/** What the rehearsal needs of the element: a plan to draw, its day, a store, and one edit. */
interface Rehearsing extends HTMLElement {
  plan: Plan;
  readonly: boolean;
  today?: string;
  store: unknown;
  updateComplete: Promise<boolean>;
  updateItem(id: string, patch: Partial<Item>): unknown;
}

const DAY = '2026-03-02';

/**
 * A small plan with what a deal's plan holds: three sides, a joint step, an internal one, a decision and a step on
 * its yes, a milestone, a step moved since it was agreed, done and blocked steps, and a target date.
 */
function samplePlan(): Plan {
  const step = (index: number, partyId: string, extra: Partial<Item> = {}): Item => ({
    id: `s${index}`,
    title: `Step ${index + 1}`,
    partyId,
    kind: 'task',
    start: addDays(DAY, index * 5),
    end: addDays(DAY, index * 5 + (extra.kind ? 0 : 3)),
    ...(index > 0 ? { dependsOn: [`s${index - 1}`] } : {}),
    ...extra,
  });
  return {
    version: 1,
    id: 'rehearsal',
    title: 'Rehearsal',
    status: 'verbal',
    targetDate: addDays(DAY, 60),
    parties: [
      { id: 'seller', name: 'Seller', side: 'seller' },
      { id: 'buyer', name: 'Buyer', side: 'buyer' },
      { id: 'partner', name: 'Partner', side: 'partner', color: '#0f766e' },
    ],
    items: [
      step(0, 'seller', { status: 'done', owner: 'Ann' }),
      step(1, 'buyer', { withPartyIds: ['seller'] }),
      step(2, 'partner', { status: 'blocked' }),
      step(3, 'seller', { internal: true, baseline: { start: DAY, end: addDays(DAY, 4) } }),
      step(4, 'buyer', { kind: 'decision' }),
      step(5, 'seller', { ifYes: 's4', dependsOn: ['s4', 's2'] }),
      step(6, 'buyer', { kind: 'milestone' }),
      step(7, 'partner'),
    ],
  };
}

/**
 * The first plan an element draws, and its first edit, cost several times what the next ones do: templates are
 * prepared, code runs for the first time, and the browser meets the element's styles. Plans usually arrive a moment
 * after the element is defined (from a server, a file, the browser's storage), so in moments of rest after the
 * definition an element of this page draws a small plan and moves a step, unseen, and is taken away: in a closed
 * shadow root, inert, hidden from assistive technology, off screen, read-only, with a store of its own in memory and
 * its events silenced. Each stage waits for its own moment of rest, so nothing the user does waits for it.
 */
export function rehearseFirstUseWhenIdle(tagName: string): void {
  if (typeof document === 'undefined') return;
  whenIdle(() => {
    if (!document.body) return;
    const stage = document.createElement('div');
    stage.inert = true;
    stage.setAttribute('aria-hidden', 'true');
    stage.style.cssText =
      'position: fixed; left: -100000px; top: 0; width: 1000px; height: 600px; visibility: hidden; ' +
      'pointer-events: none; overflow: hidden; contain: strict';
    const element = document.createElement(tagName) as Rehearsing;
    // Its events (loaded, changed, saved) are nobody's business: the page never put this element there.
    element.dispatchEvent = () => true;
    element.store = new MemoryPlanStore();
    // Read-only, so that it fetches none of the parts an editable plan fetches ahead (the step panel): a page that
    // only shows plans never loads them. The edit below goes through the API, which a read-only timeline takes.
    element.readonly = true;
    element.today = DAY;
    element.style.cssText = 'display: block; width: 1000px; height: 600px';
    stage.attachShadow({ mode: 'closed' }).append(element);
    const done = () => stage.remove();
    try {
      document.body.append(stage);
      element.plan = samplePlan();
    } catch {
      done();
      return;
    }
    void element.updateComplete.then(
      () =>
        whenIdle(() => {
          try {
            element.updateItem('s2', { start: addDays(DAY, 13), end: addDays(DAY, 16) });
          } catch {
            // Only a head start is lost.
          }
          void element.updateComplete.finally(() => whenIdle(done));
        }),
      done,
    );
  });
}
