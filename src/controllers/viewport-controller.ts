import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AXIS_HEIGHT, HEAD_WIDTH } from '../render/geometry.js';
import { keptWindow } from '../render/kept-window.js';
import type { ViewRect } from '../render/tab-stop.js';

export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
  /** False when the element grows with its content and the page scrolls instead: then nothing is culled vertically. */
  scrollsVertically: boolean;
}

/**
 * Tracks the scroll position and size of the element's scroller (ResizeObserver plus scroll events, at most once
 * per frame) so the element lays out to its container and renders only what is in view.
 */
export class ViewportController implements ReactiveController {
  viewport: Viewport = { left: 0, top: 0, width: 0, height: 0, scrollsVertically: false };
  private marginDrawn = false;
  /** The window the last render drew, and whether it had the margin (see `drawnWindow`). */
  private drawn?: { window: ViewRect; margin: boolean };
  private observer?: ResizeObserver;
  private frame = 0;
  private marginFrame = 0;
  private target?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly scroller: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /**
   * Whether the half screen around the view is drawn (see `visibleWindow`): not in the timeline's first frame, so
   * that frame costs only what is on screen; from the frame after it on.
   */
  get margin(): boolean {
    return this.marginDrawn;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.measure());
  }

  hostUpdated(): void {
    const element = this.scroller();
    if (!element || element === this.target) return;
    this.target?.removeEventListener('scroll', this.onScroll);
    this.target = element;
    element.addEventListener('scroll', this.onScroll, { passive: true });
    this.observer?.observe(element); // reports the first size right away, outside this update
    if (!this.margin) this.drawMarginNextFrame();
  }

  /**
   * The part of the timeline this render draws: the view and its margin (see `visibleWindow`), or the window drawn
   * before while it still holds the view with room to spare (see `keptWindow`).
   */
  drawnWindow(host: HTMLElement): ViewRect {
    const margin = this.margin;
    const fresh = visibleWindow(this.viewport, host, margin);
    const before = this.drawn?.margin === margin ? this.drawn.window : undefined;
    const chosen = margin ? keptWindow(before, fresh, visibleWindow(this.viewport, host, false)) : fresh;
    this.drawn = { window: chosen, margin };
    return chosen;
  }

  /** A plan was loaded: the next frame draws what is on screen of it, and the frame after it the margin. */
  screenFirst(): void {
    this.marginDrawn = false;
    this.drawn = undefined;
    if (this.target) this.drawMarginNextFrame();
  }

  /** Requests the update that draws the margin in the frame after the next one, once the next one is painted. */
  private drawMarginNextFrame(): void {
    if (this.marginFrame) return;
    this.marginFrame = requestAnimationFrame(() => {
      this.marginFrame = requestAnimationFrame(() => {
        this.marginFrame = 0;
        this.marginDrawn = true;
        this.host.requestUpdate();
      });
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.target?.removeEventListener('scroll', this.onScroll);
    this.target = undefined;
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.marginFrame);
    this.frame = this.marginFrame = 0;
  }

  private readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  private measure(): void {
    const element = this.target;
    if (!element) return;
    const next = viewportOf(element);
    const current = this.viewport;
    if ((Object.keys(next) as (keyof Viewport)[]).every((key) => next[key] === current[key])) return;
    this.viewport = next;
    // The first size only narrows what the first frame drew from the host's: the margin's update reads it.
    const sizeOnly = next.left === current.left && next.top === current.top;
    if (this.margin || !sizeOnly) this.host.requestUpdate();
  }
}

/** The scroller's position and size as they are now (reading them lays the page out if it has changed). */
export function viewportOf(scroller: HTMLElement): Viewport {
  return {
    left: scroller.scrollLeft,
    top: scroller.scrollTop,
    width: scroller.clientWidth,
    height: scroller.clientHeight,
    scrollsVertically: scroller.scrollHeight > scroller.clientHeight + 1,
  };
}

/** The timeline rectangle a viewport shows; an element that grows with its content is scrolled by the page instead. */
export function onScreen(viewport: Viewport): ViewRect {
  const { left, top, width, height, scrollsVertically } = viewport;
  const vertical = scrollsVertically
    ? { top, bottom: top + height - AXIS_HEIGHT }
    : { top: -Infinity, bottom: Infinity };
  return { left, right: left + width - HEAD_WIDTH, ...vertical };
}

/**
 * The part of the timeline to put in the DOM: what is in view plus, with `margin`, half a screen around it, so a
 * scroll never shows a blank. Before the first measurement the host's width and the window's height stand in for the
 * viewport; once measured, an element that grows with its content (the page scrolls it) is not culled vertically.
 */
export function visibleWindow(
  viewport: Viewport,
  host: HTMLElement,
  margin = true,
): { left: number; right: number; top: number; bottom: number } {
  const measured = viewport.width > 0;
  const width = measured ? viewport.width : host.clientWidth || window.innerWidth;
  // Unmeasured, the window is the most a first paint can show, whether the element or the page scrolls.
  const height = measured ? viewport.height : window.innerHeight;
  const around = margin ? 0.5 : 0;
  const horizontal = { left: viewport.left - width * around, right: viewport.left + width * (1 + around) };
  const cull = measured ? viewport.scrollsVertically : true;
  return cull
    ? { ...horizontal, top: viewport.top - height * around, bottom: viewport.top + height * (1 + around) }
    : { ...horizontal, top: -Infinity, bottom: Infinity };
}
