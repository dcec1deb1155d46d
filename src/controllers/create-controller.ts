import type { ReactiveController } from 'lit';
import { addItem } from '../model/commands.js';
import { formatDate } from '../model/dates.js';
import { completeItem } from '../model/new-item.js';
import { dayAt, gestureTarget, laneAt } from './pointer-targets.js';
import type { EditorController } from './editor-controller.js';

const DOUBLE_CLICK_MS = 450;
const DOUBLE_CLICK_SLOP = 6;

/**
 * Double-click (or double-tap): on a step edits its title in place; on empty lane space adds a step on that day in
 * that lane. Detected from two clicks rather than `dblclick`, which touch screens do not all fire, or from one click
 * the browser counts as the second (`detail` 2): a scripted double-click (Puppeteer's `clickCount: 2`, assistive
 * tools) is one press, not two.
 */
export class CreateController implements ReactiveController {
  private last?: { time: number; x: number; y: number };

  constructor(private readonly host: EditorController) {
    host.element.addController(this);
  }

  hostConnected(): void {
    this.host.element.renderRoot.addEventListener('click', this.onClick as EventListener);
  }

  hostDisconnected(): void {
    this.host.element.renderRoot.removeEventListener('click', this.onClick as EventListener);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const last = this.last;
    const now = event.timeStamp;
    const isDouble =
      event.detail === 2 ||
      (last !== undefined &&
        now - last.time < DOUBLE_CLICK_MS &&
        Math.hypot(event.clientX - last.x, event.clientY - last.y) <= DOUBLE_CLICK_SLOP);
    this.last = isDouble ? undefined : { time: now, x: event.clientX, y: event.clientY };
    if (isDouble) this.onDoubleClick(event);
  };

  private onDoubleClick(event: MouseEvent): void {
    if (this.host.readonly) return;
    const target = gestureTarget(event);
    if (target) {
      this.host.startEditing(target.itemId);
      return;
    }
    if (!event.composedPath().some((node) => node instanceof Element && node.matches('svg.body'))) return;
    const partyId = laneAt(this.host, event.clientY);
    const day = dayAt(this.host, event.clientX);
    if (partyId === undefined || day === undefined) return;
    const item = completeItem(this.host.plan, { partyId, start: formatDate(day), title: 'New step' }, this.host.today);
    if (this.host.applyUser((plan) => addItem(plan, item))) {
      this.host.focusStep(item.id);
      this.host.startEditing(item.id);
    }
  }
}
