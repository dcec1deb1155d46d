import { nothing, type ReactiveController } from 'lit';
import { MapPreviewEvent } from '../events.js';
import { dragTip, rubberBand, snapNote } from '../render/drag-tip.js';
import { replacedIds, updateEntries, type Edit } from '../model/edit.js';
import type { LogEntry } from '../model/types.js';
import type { Scene } from '../render/view-model.js';
import { ChainHighlighter } from './chain-highlighter.js';
import { ClickAfterDrag } from './click-after-drag.js';
import { EdgeScroll } from './edge-scroll.js';
import { gestureTarget, stepAt } from './pointer-targets.js';
import { editFor, gestureDays, gestureEdit, gestureStep, type Gesture } from './gesture.js';
import type { EditorController } from './editor-controller.js';

const DRAG_THRESHOLD = 4;
const TOUCH_HOLD_MS = 280;
const TOUCH_SLOP = 8;

/**
 * Pointer gestures on steps: move (several when selected together, across lanes when alone), resize either edge,
 * drag from the link handle onto another step. Previews live with cascading dependents; release commits one undo
 * step; Escape cancels. Touch needs a short hold so one-finger scrolling keeps working.
 */
export class DragController implements ReactiveController {
  private gesture?: Gesture;
  private frame = 0;
  private readonly clicks: ClickAfterDrag;

  constructor(private readonly host: EditorController) {
    host.element.addController(this);
    this.clicks = new ClickAfterDrag(host.element);
    // The hovered step's grips and link handle, where these gestures start; hidden while one is under way.
    new ChainHighlighter(
      host,
      () => this.active,
      () => this.linkTarget,
    );
    host.document.subscribe((event) => {
      if (event.type === 'change' && event.source === 'remote') this.#movedElsewhere(event.changes);
    });
  }

  /**
   * A step being dragged here that someone else changed meanwhile: the drag is let go. Its drop would have applied
   * the days dragged to where the other person put the step, which neither of them asked for.
   */
  #movedElsewhere(changes: readonly LogEntry[]): void {
    const gesture = this.gesture;
    if (!gesture?.started || gesture.mode === 'link') return;
    const change = changes.find((entry) => entry.itemId !== undefined && gesture.ids.includes(entry.itemId));
    const step = change && this.host.plan.items.find((item) => item.id === change.itemId);
    if (!step) return;
    this.cancel(true);
    this.host.say(
      `${change.by ?? 'Someone'} changed "${step.title}" while you were dragging it: your drag was let go, and their change kept.`,
    );
  }

  hostConnected(): void {
    this.host.element.renderRoot.addEventListener('pointerdown', this.onDown as EventListener);
    this.clicks.connect();
  }

  hostDisconnected(): void {
    this.host.element.renderRoot.removeEventListener('pointerdown', this.onDown as EventListener);
    this.clicks.disconnect();
    this.cancel();
  }

  get active(): boolean {
    return this.gesture?.started ?? false;
  }

  /** The step a link being drawn would end on: the one under the pointer, other than the step it starts from. */
  get linkTarget(): string | undefined {
    const gesture = this.gesture;
    if (!gesture?.started || gesture.mode !== 'link') return undefined;
    const target = stepAt(this.host, gesture.x, gesture.y);
    return target === gesture.itemId ? undefined : target;
  }

  /** Dates shown next to the dragged step, or the rubber band of a link being drawn. */
  tooltip(scene: Scene) {
    const gesture = this.gesture;
    if (!gesture?.started) return nothing;
    const box = scene.layout.byId.get(gesture.itemId);
    if (!box) return nothing;
    if (gesture.mode === 'link') {
      const body = this.host.element.renderRoot.querySelector('svg.body')!.getBoundingClientRect();
      return rubberBand(scene, box, gesture, body);
    }
    const { calendar } = this.host.plan;
    const committed = this.host.plan.items.find((item) => item.id === gesture.itemId);
    const days = gestureDays(gesture, this.host.scenes.dayWidth);
    const edge = gesture.mode === 'end' ? 'end' : 'start';
    return dragTip(
      box,
      calendar,
      calendar && committed ? snapNote(committed, edge, days, box.item, calendar) : undefined,
      this.host.scenes.visible,
      scene.measure,
    );
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (this.host.readonly || event.button !== 0 || this.gesture) return;
    const target = gestureTarget(event);
    if (!target) return;
    const selected = this.host.selection.list;
    const ids = target.mode === 'move' && selected.includes(target.itemId) ? selected : [target.itemId];
    const scroller = this.host.scenes.scroller;
    this.gesture = {
      ...target,
      ids,
      pointerId: event.pointerId,
      pointerType: event.pointerType,
      x0: event.clientX,
      y0: event.clientY,
      x: event.clientX,
      y: event.clientY,
      started: false,
      scrolling: false,
      scroll0: { left: scroller?.scrollLeft ?? 0, top: scroller?.scrollTop ?? 0 },
      holdTimer: 0,
    };
    if (event.pointerType === 'touch') this.gesture.holdTimer = window.setTimeout(() => this.begin(), TOUCH_HOLD_MS);
    window.addEventListener('pointermove', this.onMove);
    window.addEventListener('pointerup', this.onUp);
    window.addEventListener('pointercancel', this.onCancel);
    window.addEventListener('keydown', this.onKey, { capture: true });
  };

  private readonly onMove = (event: PointerEvent): void => {
    const gesture = this.gesture;
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    gesture.x = event.clientX;
    gesture.y = event.clientY;
    const distance = Math.hypot(gesture.x - gesture.x0, gesture.y - gesture.y0);
    if (!gesture.started && gesture.pointerType === 'touch') {
      if (distance > TOUCH_SLOP) this.scrollBy(gesture);
      return;
    }
    if (!gesture.started && distance >= DRAG_THRESHOLD) this.begin();
    gesture.edges?.follow(gesture.x, gesture.y);
    if (gesture.started && !this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  private readonly onUp = (event: PointerEvent): void => {
    const gesture = this.gesture;
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    if (gesture.started) {
      gesture.x = event.clientX;
      gesture.y = event.clientY;
      this.commit(gesture);
    }
    this.end();
  };

  private readonly onCancel = (): void => this.cancel();

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.gesture) {
      event.preventDefault();
      event.stopPropagation();
      this.cancel(true);
    }
  };

  private begin(): void {
    const gesture = this.gesture;
    if (!gesture || gesture.started || gesture.scrolling) return;
    gesture.started = true;
    this.clicks.arm();
    const scroller = this.host.scenes.scroller;
    if (scroller) gesture.edges = new EdgeScroll(scroller, this.host.scenes.dayWidth, () => this.update());
    if (gesture.mode !== 'link' && !gesture.ids.includes(gesture.itemId)) gesture.ids = [gesture.itemId];
    this.update();
  }

  private scrollBy(gesture: Gesture): void {
    clearTimeout(gesture.holdTimer);
    gesture.scrolling = true;
    const scroller = this.host.scenes.scroller;
    if (!scroller) return;
    scroller.scrollLeft = gesture.scroll0.left - (gesture.x - gesture.x0);
    scroller.scrollTop = gesture.scroll0.top - (gesture.y - gesture.y0);
  }

  private update(): void {
    this.frame = 0;
    const gesture = this.gesture;
    if (!gesture?.started) return;
    if (gesture.mode === 'link') {
      this.host.element.requestUpdate();
      return;
    }
    const step = gestureStep(this.host, gesture);
    if (step !== gesture.shown) {
      gesture.shown = step; // within the same day and lane there is nothing to redraw
      // e.g. a lane change the plan refuses: show nothing moved
      const { base, edit } = gestureEdit(this.host, gesture, step);
      this.host.scenes.showPreview(edit?.plan, edit && replacedIds(base.items, edit.plan.items));
      gesture.previewed = edit?.plan;
    }
    const item = (gesture.previewed ?? this.host.plan).items.find((candidate) => candidate.id === gesture.itemId);
    if (item)
      this.host.element.dispatchEvent(
        new MapPreviewEvent({ itemId: item.id, start: item.start, end: item.end, partyId: item.partyId }),
      );
  }

  private commit(gesture: Gesture): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.scenes.showPreview(undefined);
    const plan = this.host.plan;
    let edit: Edit | undefined;
    if (gesture.mode === 'link') {
      try {
        edit = editFor(this.host, gesture, plan);
      } catch (error) {
        this.refuse(error);
        return;
      }
    } else {
      const computed = gestureEdit(this.host, gesture, gestureStep(this.host, gesture));
      if ('error' in computed) {
        this.refuse(computed.error);
        return;
      }
      edit = computed.edit;
    }
    if (!edit) return;
    // A move plus a lane change is two commands: log one entry per changed step, commit one undo step.
    const next = edit.plan;
    const changes = updateEntries(plan.items, next.items, {}, gesture.ids);
    if (this.host.applyUser(() => ({ plan: next, changes })))
      this.host.scenes.drops.afterDrop(new Set(changes.flatMap((change) => change.itemId ?? [])));
  }

  /** Shows why the plan refused the gesture's edit (a message and `map-error`). */
  private refuse(error: unknown): void {
    this.host.applyUser(() => {
      throw error;
    });
  }

  /** Ends the gesture with nothing committed; `pointerDown` when the button is still held (Escape). */
  cancel(pointerDown = false): void {
    if (!this.gesture) return;
    this.gesture.edges?.undo();
    if (this.gesture.started) this.host.scenes.showPreview(undefined);
    this.end(pointerDown ? 'held' : 'cancelled');
  }

  private end(how: 'dropped' | 'cancelled' | 'held' = 'dropped'): void {
    // A press that never became a drag (a click) showed nothing of the gesture: nothing to redraw.
    const shown = this.gesture?.started ?? false;
    // The dragged step is selected once the gesture is over (selecting it as the drag starts redrew the first frame
    // for nothing). Its details open only on a click: opened on every drop, the panel narrowed the timeline each time.
    const dragged = shown && how === 'dropped' && this.gesture?.mode === 'move' ? this.gesture.itemId : undefined;
    if (dragged && !this.host.selection.list.includes(dragged))
      this.host.selection.select([dragged], { details: false });
    if (this.gesture) clearTimeout(this.gesture.holdTimer);
    this.gesture?.edges?.stop();
    this.clicks.release(how === 'held');
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.gesture = undefined;
    window.removeEventListener('pointermove', this.onMove);
    window.removeEventListener('pointerup', this.onUp);
    window.removeEventListener('pointercancel', this.onCancel);
    window.removeEventListener('keydown', this.onKey, { capture: true });
    if (shown) this.host.element.requestUpdate();
  }
}
