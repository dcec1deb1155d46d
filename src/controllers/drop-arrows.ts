import type { ReactiveControllerHost } from 'lit';
import { routeSketchedArrows, sketchArrowsOf } from '../render/router-for.js';
import type { Scene } from '../render/view-model.js';

/**
 * The first frame after a drop. The drag drew the arrows of the steps it moved sketched, and the others as they were;
 * the committed layout keeps them so for one frame and routes them just after it, so the drop is painted at once
 * however many steps it moved (routing thousands of arrows before that frame is what made a drop in a large plan slow).
 */
export class DropArrows {
  #dropped?: ReadonlySet<string>;
  #routing?: Promise<void>;
  /** The last committed scene laid out: during a drag, the one from before it. */
  #committed?: Scene;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A drop that moved `ids` is being committed: the next committed scene sketches their arrows. */
  afterDrop(ids: ReadonlySet<string>): void {
    this.#dropped = ids;
  }

  /** Resolves once the sketched arrows are routed (and drawn in the update that follows). */
  get routing(): Promise<void> | undefined {
    return this.#routing;
  }

  /** Called with every committed scene laid out for an update. */
  prepared(scene: Scene): void {
    const ids = this.#dropped;
    const before = this.#committed;
    this.#committed = scene;
    if (!ids) return;
    this.#dropped = undefined;
    const { layout } = scene;
    sketchArrowsOf(layout, ids, before?.layout);
    this.#routing = new Promise((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          routeSketchedArrows(layout);
          this.#routing = undefined;
          this.host.requestUpdate();
          resolve();
        }),
      ),
    );
  }
}
