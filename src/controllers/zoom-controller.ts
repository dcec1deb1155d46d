import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { linkUnder } from './pointer-targets.js';
import type { SceneController } from './scene-controller.js';
export type { ZoomPreset } from '../render/scale.js';

/** Whether the press is on something of its own (a step, an arrow, a control) rather than the empty background. */
const pressedOnPart = (event: PointerEvent): boolean =>
  event
    .composedPath()
    .some((node) => node instanceof Element && (node.hasAttribute('data-step') || node.closest?.('.no-pan'))) ||
  linkUnder(event) !== undefined;

/**
 * Zoom by Ctrl/⌘ + wheel (trackpad pinch arrives that way) and by two-finger pinch; drag empty background with the
 * mouse to pan. Plain wheel and one-finger touch keep scrolling natively.
 */
export class ZoomController implements ReactiveController {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private pinchDistance = 0;
  private pan?: { x: number; y: number; left: number; top: number };
  private target?: HTMLElement;

  constructor(
    host: ReactiveControllerHost,
    private readonly scenes: SceneController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const element = this.scenes.scroller;
    if (!element || element === this.target) return;
    this.detach();
    this.target = element;
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('pointerdown', this.onDown);
    element.addEventListener('pointermove', this.onMove);
    for (const type of ['pointerup', 'pointercancel'] as const) element.addEventListener(type, this.onUp);
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    const element = this.target;
    if (!element) return;
    element.removeEventListener('wheel', this.onWheel);
    element.removeEventListener('pointerdown', this.onDown);
    element.removeEventListener('pointermove', this.onMove);
    for (const type of ['pointerup', 'pointercancel'] as const) element.removeEventListener(type, this.onUp);
    this.target = undefined;
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.scenes.zoomBy(Math.exp(-event.deltaY * 0.008), event.clientX);
  };

  private readonly onDown = (event: PointerEvent): void => {
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 2) {
      this.pinchDistance = this.distance();
      this.pan = undefined;
    } else if (event.pointerType === 'mouse' && event.button === 0 && !pressedOnPart(event) && this.target) {
      this.pan = { x: event.clientX, y: event.clientY, left: this.target.scrollLeft, top: this.target.scrollTop };
    }
  };

  private readonly onMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    if (event.pointerType === 'mouse' && event.buttons === 0) return this.onUp(event); // released outside the element
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 2 && this.pinchDistance > 0) {
      const distance = this.distance();
      const [a, b] = [...this.pointers.values()];
      this.scenes.zoomBy(distance / this.pinchDistance, (a!.x + b!.x) / 2);
      this.pinchDistance = distance;
    } else if (this.pan && this.target) {
      this.target.scrollLeft = this.pan.left - (event.clientX - this.pan.x);
      this.target.scrollTop = this.pan.top - (event.clientY - this.pan.y);
      this.target.classList.add('panning');
    }
  };

  private readonly onUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size < 2) this.pinchDistance = 0;
    this.pan = undefined;
    this.target?.classList.remove('panning');
  };

  private distance(): number {
    const [a, b] = [...this.pointers.values()];
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  }
}
