import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keyboard focus on a step survives a render that moves the step's node: when a lane's steps are reordered (a live
 * edit from someone else, say), Lit moves the nodes, and a moved node loses focus. Focus that had left the element,
 * or moved on inside it, is left where it is.
 */
export class StepFocusKeeper implements ReactiveController {
  #stepId: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#stepId = activeIn(this.host.renderRoot)?.getAttribute('data-item-id') ?? undefined;
  }

  hostUpdated(): void {
    const id = this.#stepId;
    this.#stepId = undefined;
    if (id === undefined || activeIn(this.host.renderRoot)) return;
    const outside = activeIn(this.host.getRootNode());
    if (outside && outside !== this.host.ownerDocument.body) return;
    this.host.renderRoot
      .querySelector<HTMLElement | SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  }
}

const activeIn = (root: Node): Element | null =>
  root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
