import type { ReactiveController } from 'lit';
import { GRIP_WIDTH, handleGeometry } from '../render/items.js';
import { highlightChain } from '../render/view-model.js';
import type { EditorController } from './editor-controller.js';

/**
 * The highlighted chain and the hovered step's handles, drawn straight onto the nodes the timeline rendered: the
 * chain's steps and arrows get a `data-chain` attribute and the body a class that fades everything else; the hovered
 * step gets the one set of grips and link handle kept over the steps. A hover therefore costs a few attribute
 * changes instead of a render of the whole timeline. Selected steps draw their own handles (see `itemTemplate`), and
 * every render is followed by the same pass, so nodes that a render adds or reuses are marked too.
 */
export class ChainHighlighter implements ReactiveController {
  constructor(
    private readonly editor: EditorController,
    private readonly dragging: () => boolean,
    private readonly linkTarget: () => string | undefined,
  ) {
    editor.element.addController(this);
    editor.selection.watchHover(() => this.apply());
  }

  hostUpdated(): void {
    this.apply();
  }

  apply(): void {
    const root = this.editor.element.renderRoot as ParentNode;
    const body = root.querySelector<SVGSVGElement>('svg.body');
    const scene = this.editor.scenes.scene;
    if (!body || !scene) return;
    const chain = highlightChain(scene, this.editor.selection.highlighted, this.editor.scenes.committed?.items);
    body.classList.toggle('has-focus', chain !== undefined);
    // The step a link being drawn would end on stands out, whatever chain is highlighted.
    const target = this.linkTarget();
    for (const step of body.querySelectorAll<SVGGElement>('.steps [data-step]')) {
      const id = step.dataset['step']!;
      step.toggleAttribute('data-chain', (chain?.has(id) ?? false) || id === target);
      step.classList.toggle('link-target', id === target);
    }
    for (const line of body.querySelectorAll<SVGPathElement>('.links .line')) {
      const { from, to } = line.dataset;
      line.parentElement?.toggleAttribute('data-chain', chain !== undefined && chain.has(from!) && chain.has(to!));
    }
    this.#placeHandles(body);
  }

  /**
   * The grips and link handle over the hovered step, unless it draws its own (selected) or none is wanted. Hidden, the
   * overlay names no step and no handle, so nothing finds a handle that is not there.
   */
  #placeHandles(body: SVGSVGElement): void {
    const overlay = body.querySelector<SVGGElement>('.hover-handles');
    if (!overlay) return;
    const { selection, scenes, readonly } = this.editor;
    const id = selection.hovered;
    const box = id !== undefined && !selection.ids.has(id) ? scenes.scene?.layout.byId.get(id) : undefined;
    const parts = [...overlay.children] as SVGElement[];
    if (!box || readonly || this.dragging()) {
      overlay.style.display = 'none';
      for (const node of [overlay, ...parts])
        for (const name of ['data-step', 'data-handle', 'data-handle-for']) node.removeAttribute(name);
      return;
    }
    const itemId = box.item.id;
    const { grips, link } = handleGeometry(box);
    for (const part of parts) {
      const kind = part.classList.contains('link-handle') ? 'link' : part.classList.contains('start') ? 'start' : 'end';
      if (kind === 'link') {
        setAll(part, { cx: link.cx, cy: link.cy, 'data-handle': kind, 'data-handle-for': itemId });
      } else if (grips) {
        const x = kind === 'start' ? grips.start : grips.end;
        setAll(part, {
          x,
          y: grips.y,
          width: GRIP_WIDTH,
          height: grips.height,
          'data-handle': kind,
          'data-handle-for': itemId,
        });
        part.style.display = '';
      } else {
        part.style.display = 'none'; // a milestone or decision keeps its length: no grips
        part.removeAttribute('data-handle');
      }
    }
    // The handles count as part of their step, so moving onto one (it may stick out of the bar) keeps the hover.
    overlay.dataset['step'] = itemId;
    overlay.style.display = '';
  }
}

function setAll(node: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
}
