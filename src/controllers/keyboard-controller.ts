import type { ReactiveController } from 'lit';
import { changeLane, moveItems, removeItems, unlink } from '../model/commands.js';
import { linkAfter } from '../model/if-yes.js';
import type { CreateController } from './create-controller.js';
import type { EditorController } from './editor-controller.js';
import { StepFocusKeeper } from './focus-keeper.js';
import { nextStep, type Direction } from './step-navigation.js';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
  PageUp: 'lane-up',
  PageDown: 'lane-down',
};

/**
 * The keyboard path for every pointer action: arrows move focus between steps, Alt+arrows move the focused step
 * (a day; with Shift a week) or change its lane (Alt+Shift+Up/Down), Enter/F2 edits, Delete removes, Ctrl/⌘+Z
 * undoes and Shift+Ctrl/⌘+Z or Ctrl+Y redoes.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: EditorController,
    private readonly creator: CreateController,
  ) {
    host.element.addController(this);
    new StepFocusKeeper(host);
  }

  hostConnected(): void {
    this.host.element.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    this.host.element.removeEventListener('keydown', this.onKey);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || (onButton(event) && BUTTON_KEYS.has(event.key))) return;
    if (isTyping(event) && !(isUndoOrRedo(event) && !isEditingText(event))) return;
    const handled = this.handle(event);
    if (handled) event.preventDefault();
  };

  private handle(event: KeyboardEvent): boolean {
    const host = this.host;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    if (mod && ['z', 'y'].includes(key.toLowerCase()) && host.readonly) return false;
    if (mod && key.toLowerCase() === 'z') return event.shiftKey ? (host.redo(), true) : (host.undo(), true);
    if (mod && key.toLowerCase() === 'y') return (host.redo(), true);
    const focused = host.selection.focused;
    const direction = ARROWS[key];
    if (event.altKey && focused && direction) return this.nudge(focused, event);
    if (direction && !event.altKey && !mod) {
      const next = this.neighbour(focused, direction);
      if (next) {
        if (event.shiftKey) host.selection.select(new Set([...host.selection.list, next]));
        else host.selection.select([next]);
        host.focusStep(next);
      }
      return next !== undefined;
    }
    if ((key === 'Enter' || key === 'F2') && focused) return (host.startEditing(focused), true);
    if (key === '?') return (host.toggleShortcuts(), true);
    if (mod) return false;
    if (key === 't' || key === 'T') return (host.toggleView(), true);
    if ((key === 'l' || key === 'L') && focused) return this.linkToFocused(focused);
    // After the step that has focus, or the one step selected (a click on its label leaves focus on the timeline); a
    // click on empty lane space since took the selection off it, and says where instead.
    if ((key === 'n' || key === 'N') && !host.readonly) {
      const after = onStep(event) ? focused : host.selection.list.length === 1 ? host.selection.list[0] : undefined;
      return this.creator.addFromKeys(after, laneHeadOf(event), event.shiftKey);
    }
    if (key === 'Delete' || key === 'Backspace') return this.remove();
    if (key === 'Escape') return this.letGo();
    if (key === ' ' && focused) {
      const selected = new Set(host.selection.list);
      if (selected.has(focused)) selected.delete(focused);
      else selected.add(focused);
      host.selection.select(selected);
      return true;
    }
    return false;
  }

  /**
   * Escape closes the shortcut list and lets go of the selection. With neither to undo, the key is the page's: a
   * host that leaves a mode of its own on Escape (a presentation) still hears it.
   */
  private letGo(): boolean {
    const { host } = this;
    const used = host.shortcutsOpen || host.selection.ids.size > 0 || host.selection.link !== undefined;
    host.toggleShortcuts(false);
    host.selection.clear();
    return used;
  }

  private neighbour(focused: string | undefined, direction: Direction): string | undefined {
    const order = this.host.settings.tableOrder();
    if (!order) {
      const layout = this.host.scene?.layout;
      return layout && nextStep(layout, focused, direction);
    }
    const index = focused ? order.indexOf(focused) : -1;
    if (direction === 'first' || index === -1) return order[0];
    if (direction === 'last') return order[order.length - 1];
    const step = direction === 'down' || direction === 'right' || direction === 'lane-down' ? 1 : -1;
    return order[Math.min(order.length - 1, Math.max(0, index + step))];
  }

  /**
   * L: the focused step starts after another selected one (Shift+arrows, Ctrl/⌘-click), else after the step that had
   * focus before it (on A, arrow to B, press L).
   */
  private linkToFocused(focused: string): boolean {
    const selection = this.host.selection;
    const before = selection.focusedBefore;
    const from =
      selection.list.find((id) => id !== focused) ??
      (before !== focused && this.host.plan.items.some((item) => item.id === before) ? before : undefined);
    if (!from) {
      this.host.say('To link: go to the step that comes first, move to the step that follows it, press L.');
      return true;
    }
    const plan = this.host.plan;
    const step = plan.items.find((item) => item.id === focused);
    if (step?.dependsOn?.includes(from)) {
      const first = plan.items.find((item) => item.id === from);
      this.host.say(`${step.title} already waits for ${first?.title ?? 'that step'}.`);
      return true;
    }
    if (this.host.applyUser((current) => linkAfter(current, from, focused))) this.host.selection.select([focused]);
    return true;
  }

  private nudge(focused: string, event: KeyboardEvent): boolean {
    const host = this.host;
    const ids = host.selection.list.includes(focused) ? host.selection.list : [focused];
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      // With a calendar a nudge is a working day, and Shift a working week.
      const week = host.plan.calendar?.workdays.length ?? 7;
      const days = (event.key === 'ArrowRight' ? 1 : -1) * (event.shiftKey ? week : 1);
      host.applyUser((plan) => moveItems(plan, ids, days, {}, 'workdays'), `nudge:${ids.join(',')}`);
      host.focusStep(focused);
      return true;
    }
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && event.shiftKey) {
      const parties = host.plan.parties;
      const item = host.plan.items.find((candidate) => candidate.id === focused);
      const index = parties.findIndex((party) => party.id === item?.partyId) + (event.key === 'ArrowDown' ? 1 : -1);
      const party = parties[index];
      if (party) host.applyUser((plan) => changeLane(plan, focused, party.id));
      else if (item && !host.readonly) host.say(`${item.title} is already in the ${index < 0 ? 'first' : 'last'} lane`);
      host.focusStep(focused);
      return true;
    }
    return false;
  }

  private remove(): boolean {
    const host = this.host;
    const link = host.selection.link;
    if (link) {
      host.applyUser((plan) => unlink(plan, link.from, link.to));
      host.selection.clear();
      return true;
    }
    const ids =
      host.selection.list.length > 0 ? host.selection.list : host.selection.focused ? [host.selection.focused] : [];
    if (ids.length === 0) return false;
    // Focus goes to a neighbour that stays (before it, else after it), or to the timeline: never out of the element.
    const layout = host.scene?.layout;
    const neighbour =
      layout &&
      (['left', 'right'] as const).map((side) => nextStep(layout, ids[0], side)).find((id) => id && !ids.includes(id));
    if (host.applyUser((plan) => removeItems(plan, ids))) {
      if (neighbour) host.focusStep(neighbour);
      else host.focusTimeline();
    }
    return true;
  }
}

/** Whether the key goes to, or through, an element that passes `test`. */
const cameThrough = (event: KeyboardEvent, test: (node: HTMLElement) => boolean): boolean =>
  event.composedPath().some((node) => node instanceof HTMLElement && test(node));

const isTyping = (event: KeyboardEvent): boolean =>
  cameThrough(event, (node) => node.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName));

/** Input types with no undo of their own (a date, a box, a list): there, undo and redo are the plan's. */
const WITHOUT_OWN_UNDO = new Set(['date', 'checkbox', 'radio', 'color', 'range', 'button', 'submit', 'reset']);

/**
 * Whether the key goes to a text field with typing of its own, where Ctrl/⌘+Z is the text's. A field of the details
 * that shows just what the plan holds (its `data-value`) has none: there, as in a date field, undo is the plan's.
 */
const isEditingText = (event: KeyboardEvent): boolean =>
  cameThrough(
    event,
    (node) =>
      node.isContentEditable ||
      ((node instanceof HTMLTextAreaElement ||
        (node instanceof HTMLInputElement && !WITHOUT_OWN_UNDO.has(node.type))) &&
        node.value !== node.getAttribute('data-value')),
  );

const isUndoOrRedo = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && ['z', 'y'].includes(event.key.toLowerCase());

/** What a focused button does with a key itself: pressing it, and moving within a group of buttons. */
const BUTTON_KEYS = new Set(['Enter', ' ', 'Delete', 'Backspace', ...Object.keys(ARROWS)]);

const onButton = (event: KeyboardEvent): boolean => cameThrough(event, (node) => node.tagName === 'BUTTON');

const onStep = (event: KeyboardEvent): boolean =>
  event.composedPath().some((node) => node instanceof Element && node.hasAttribute('data-item-id'));

/** The party whose lane head holds focus, if one does. */
function laneHeadOf(event: KeyboardEvent): string | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.dataset['partyHead'] !== undefined) return node.dataset['partyHead'];
  }
  return undefined;
}
