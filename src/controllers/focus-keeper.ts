import type { ReactiveController } from 'lit';
import type { PlanLayout } from '../render/layout.js';
import type { EditorController } from './editor-controller.js';
import { nextStep } from './step-navigation.js';

/**
 * Keyboard focus on a step survives a render that moves the step's node: when a lane's steps are reordered (a live
 * edit from someone else, say), Lit moves the nodes, and a moved node loses focus. When the focused step itself is
 * gone (someone else removed it, or it became internal to this audience), focus goes to its neighbour in the lane
 * (the one before it, else after it), or to the timeline: never to the page's body. Focus that had left the element,
 * or moved on inside it, is left where it is.
 */
export class StepFocusKeeper implements ReactiveController {
  #stepId: string | undefined;
  /** Whether the focused step is not in the layout about to be drawn (removed, or hidden from this audience). */
  #gone = false;
  /** Where focus then goes; undefined: the timeline itself. */
  #replacement: string | undefined;
  /** The layout last drawn: the gone step's neighbours are found in it. */
  #drawn: PlanLayout | undefined;

  constructor(private readonly host: EditorController) {
    host.element.addController(this);
  }

  hostUpdate(): void {
    this.#stepId = activeIn(this.host.element.renderRoot)?.getAttribute('data-item-id') ?? undefined;
    this.#replacement = undefined;
    const layout = this.host.scene?.layout;
    this.#gone = this.#stepId !== undefined && layout !== undefined && !layout.byId.has(this.#stepId);
    const drawn = this.#drawn;
    if (!this.#gone || !layout) return;
    if (drawn)
      this.#replacement = (['left', 'right'] as const)
        .map((side) => nextStep(drawn, this.#stepId, side))
        .find((id) => id !== undefined && id !== this.#stepId && layout.byId.has(id));
    // The Tab stop moves in this render, not in one more after it (which would ask for an update from `updated`).
    this.host.selection.focus(this.#replacement);
  }

  hostUpdated(): void {
    const id = this.#stepId;
    this.#stepId = undefined;
    this.#drawn = this.host.scene?.layout;
    const root = this.host.element.renderRoot;
    if (id === undefined || activeIn(root)) return;
    const outside = activeIn(this.host.element.getRootNode());
    if (outside && outside !== this.host.element.ownerDocument.body) return;
    if (!this.#gone) {
      root
        .querySelector<HTMLElement | SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true });
      return;
    }
    if (this.#replacement) this.host.focusStep(this.#replacement);
    else this.host.focusTimeline();
  }
}

const activeIn = (root: Node): Element | null =>
  root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
