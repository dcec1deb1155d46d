import type { ReactiveControllerHost } from 'lit';
import { DayChangeController } from '../controllers/day-change.js';
import { isISODate } from '../model/dates.js';
import { HoverAfterScroll } from '../controllers/hover-after-scroll.js';
import type { SelectionController } from '../controllers/selection-controller.js';
import { UnknownValueReport } from './attribute-check.js';

/**
 * What keeps the element true to the world around it without being asked: the hovered step while the timeline
 * scrolls under a resting mouse, today's date past midnight, and a word in the console on attribute values it does
 * not know.
 */
export function watchHost(
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; today?: string },
  selection: SelectionController,
  drag: { readonly active: boolean },
): void {
  new HoverAfterScroll(host, selection, () => drag.active);
  // A today the host set (and that is a date) stays; else the element follows the computer's date.
  new DayChangeController(host, () => !isISODate(host.today));
  new UnknownValueReport(host);
}
