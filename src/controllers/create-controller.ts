import type { ReactiveController } from 'lit';
import { addItem } from '../model/commands.js';
import { decisionAfter } from '../model/if-yes.js';
import { addDays, formatDate, maxDate } from '../model/dates.js';
import { dayAt, gestureTarget, laneAt } from './pointer-targets.js';
import type { EditorController } from './editor-controller.js';
import type { Item } from '../model/types.js';

const DOUBLE_CLICK_MS = 450;
const DOUBLE_CLICK_SLOP = 6;

/** What a click was aimed at: a step, a lane and day of empty lane space, or neither. */
interface Aim {
  itemId?: string;
  spot?: { partyId: string; day: string };
}

/**
 * Double-click (or double-tap): on a step edits its title in place; on empty lane space adds a step on that day in
 * that lane. Detected from two clicks rather than `dblclick`, which touch screens do not all fire, or from one click
 * the browser counts as the second (`detail` 2): a scripted double-click (Puppeteer's `clickCount: 2`, assistive
 * tools) is one press, not two.
 */
export class CreateController implements ReactiveController {
  /** The last click that may start a double-click, and what was under it then. */
  private last?: { time: number; x: number; y: number; aim: Aim };
  /** The lane and day of the last click on empty lane space: where N adds a step when no step has focus. */
  private picked?: { partyId: string; day: string };

  constructor(private readonly host: EditorController) {
    host.element.addController(this);
  }

  hostConnected(): void {
    const root = this.host.element.renderRoot;
    root.addEventListener('click', this.onClickAiming as EventListener, { capture: true });
    root.addEventListener('click', this.onClick as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.element.renderRoot;
    root.removeEventListener('click', this.onClickAiming as EventListener, { capture: true });
    root.removeEventListener('click', this.onClick as EventListener);
  }

  /**
   * What a click is on, read before the timeline's own click handling: a click that selects or lets go of a step
   * opens or closes the details panel, which narrows or widens the timeline (and the browser scrolls what no longer
   * fits) before this controller hears the click.
   */
  private aimed?: { event: MouseEvent; aim: Aim };

  private readonly onClickAiming = (event: MouseEvent): void => {
    this.aimed = { event, aim: this.aimOf(event) };
  };

  private readonly onClick = (event: MouseEvent): void => {
    const last = this.last;
    const now = event.timeStamp;
    const recent = last !== undefined && now - last.time < DOUBLE_CLICK_MS ? last : undefined;
    const isDouble =
      event.detail === 2 ||
      (recent !== undefined && Math.hypot(event.clientX - recent.x, event.clientY - recent.y) <= DOUBLE_CLICK_SLOP);
    const aim = this.aimed?.event === event ? this.aimed.aim : this.aimOf(event);
    this.aimed = undefined;
    this.last = isDouble ? undefined : { time: now, x: event.clientX, y: event.clientY, aim };
    this.picked = aim.spot;
    // The first click may have moved the timeline under the pointer (see `aimed`): a double-click means what the first
    // click was on.
    if (isDouble) this.onDoubleClick(recent?.aim ?? aim);
  };

  /**
   * N: a new five-day step, with its title open. After the focused step, in its lane, not before today, and waiting
   * for it (so holding only on a yes the focused step holds on, or is); else in the lane whose head has focus (from
   * today); else where empty lane space was last clicked; else in the first lane, from today.
   *
   * In the seller's view, Shift + N makes the step internal from the start, and so does N after an internal step: in
   * a plan shared live, a step made internal only once titled has already shown its title to the buyer.
   */
  addFromKeys(focusedId: string | undefined, laneHead: string | undefined, wantsInternal = false): boolean {
    const host = this.host;
    const after = laneHead === undefined ? host.plan.items.find((item) => item.id === focusedId) : undefined;
    const internal = host.rights.mayMarkInternal && (wantsInternal || after?.internal === true);
    const picked = this.picked && host.plan.parties.some((party) => party.id === this.picked!.partyId);
    // A new step is work still to do: after a step that ended in the past it starts today, not overdue already.
    const decision = after && decisionAfter(after, (id) => host.plan.items.find((item) => item.id === id));
    const partial = after
      ? {
          partyId: after.partyId,
          start: maxDate(addDays(after.end, 1), host.today),
          dependsOn: [after.id],
          ...(decision ? { ifYes: decision.id } : {}),
        }
      : laneHead !== undefined
        ? { partyId: laneHead }
        : picked
          ? { partyId: this.picked!.partyId, start: this.picked!.day }
          : {};
    try {
      this.add(host.newStep({ ...partial, title: 'New step', ...(internal ? { internal } : {}) }));
    } catch (error) {
      host.say((error as Error).message, 'error');
    }
    return true;
  }

  private aimOf(event: MouseEvent): Aim {
    return { itemId: gestureTarget(event)?.itemId, spot: this.emptySpot(event) };
  }

  /** The lane and day under a click on empty lane space, if that is where it was. */
  private emptySpot(event: MouseEvent): { partyId: string; day: string } | undefined {
    if (gestureTarget(event)) return undefined;
    if (!event.composedPath().some((node) => node instanceof Element && node.matches('svg.body'))) return undefined;
    const partyId = laneAt(this.host, event.clientY);
    const day = dayAt(this.host, event.clientX);
    return partyId === undefined || day === undefined ? undefined : { partyId, day: formatDate(day) };
  }

  /**
   * Adds the step and opens its title editor: adding it and naming it are undone together. A step made with the
   * pointer is where the user looks: it counts as hovered until the pointer moves, opens no details by itself, and
   * the view moves only to show its bar, not its label (see `startEditing`).
   */
  private add(item: Item, byPointer = false): void {
    const coalesceKey = `add:${item.id}`;
    if (this.host.applyUser((plan) => addItem(plan, item), coalesceKey)) {
      if (byPointer) this.host.selection.hover(item.id);
      this.host.focusStep(item.id, !byPointer);
      this.host.startEditing(item.id, coalesceKey, byPointer);
    }
  }

  private onDoubleClick({ itemId, spot }: Aim): void {
    if (this.host.readonly) return;
    if (itemId !== undefined) this.host.startEditing(itemId, undefined, true);
    else if (spot) this.add(this.host.newStep({ partyId: spot.partyId, start: spot.day, title: 'New step' }), true);
  }
}
