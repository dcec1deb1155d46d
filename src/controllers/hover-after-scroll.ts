import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectionController } from './selection-controller.js';

export interface HoverHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Keeps the hovered step true to what is under a resting mouse while the timeline scrolls under it (wheel, trackpad,
 * keys, the page): the browser moves its own hover state then but fires no pointer event, so a step scrolled away
 * would keep its chain highlighted and the rest of the plan faded. Asked again once per frame, only while a step is
 * hovered.
 */
export class HoverAfterScroll implements ReactiveController {
  #pointer?: { x: number; y: number };
  #frame = 0;

  constructor(
    private readonly host: HoverHost,
    private readonly selection: SelectionController,
    private readonly dragging: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointermove', this.#onMove, { passive: true });
    this.host.addEventListener('pointerleave', this.#onLeave);
    this.host.renderRoot.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointermove', this.#onMove);
    this.host.removeEventListener('pointerleave', this.#onLeave);
    this.host.renderRoot.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('scroll', this.#onScroll);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  readonly #onMove = (event: PointerEvent): void => {
    this.#pointer = event.pointerType === 'mouse' ? { x: event.clientX, y: event.clientY } : undefined;
  };

  readonly #onLeave = (): void => {
    this.#pointer = undefined;
  };

  readonly #onScroll = (): void => {
    if (this.#frame || !this.#pointer || this.selection.hovered === undefined) return;
    // After this frame's render, whose layout the hit test then shares.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const pointer = this.#pointer;
      if (!pointer || this.dragging() || this.selection.hovered === undefined) return;
      const under = (this.host.renderRoot as ShadowRoot).elementFromPoint?.(pointer.x, pointer.y);
      this.selection.hover(under?.closest('[data-step]')?.getAttribute('data-step') ?? undefined);
    });
  };
}
