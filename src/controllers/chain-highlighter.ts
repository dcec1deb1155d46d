import { nothing, render, type ReactiveController } from 'lit';
import { drawingOf, sameDrawing, type Drawing } from '../render/body.js';
import { chainLinks } from '../render/chain-links.js';
import { GRIP_WIDTH, handleGeometry } from '../render/items.js';
import { highlightChain } from '../render/view-model.js';
import type { EditorController } from './editor-controller.js';
import { whenIdle } from './lazy-part.js';

/**
 * The highlighted chain and the hovered step's handles, drawn straight onto the nodes the timeline rendered: the
 * chain's steps get a `data-chain` attribute, the body a class that fades everything else, and the chain's arrows are
 * drawn again over the faded arrows (see `chainLinks`); the hovered step gets the one set of grips and link handle
 * kept over the steps. A hover therefore costs a few attribute changes instead of a render of the whole timeline.
 * Selected steps draw their own handles (see `itemTemplate`), and every render is followed by the same pass, so nodes
 * that a render adds or reuses are marked too.
 *
 * While a drag re-routes the chain's arrows every frame, its arrows are marked where they are drawn instead, and the
 * others faded one by one (`marks-arrows`): drawn again, each moved arrow would be written twice a frame. The marks
 * stay after the drop until the page rests (or another chain is highlighted first): switching restyles the arrows in
 * view, which the drag's first frame pays for, and a moment of rest rather than the drop's frame.
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
    // A render that drew the same steps and arrows kept their nodes, and the marks on them.
    const body = this.#findBody();
    const drawing = body ? drawingOf(body) : undefined;
    const from = this.#drawnFrom;
    if (!drawing || !from?.drawing || from.body !== body || !sameDrawing(drawing, from.drawing))
      this.#drawn = undefined;
    this.apply(true);
  }

  /** What the nodes were last marked for. */
  #markedFor?: {
    body: SVGSVGElement;
    chain: ReadonlySet<string> | undefined;
    highlighted: string | undefined;
    target: string | undefined;
    marksArrows: boolean;
  };
  /** The nodes that carry `data-chain` now. */
  #marked = new Set<Element>();
  /** The step carrying the `link-target` class now. */
  #targetNode?: Element;
  /** The drawn nodes by step id, found again after a render that drew others (only when there is something to mark). */
  #drawn?: DrawnNodes;
  /** What the render that `#drawn` was found after drew, and in which body. */
  #drawnFrom?: { body: SVGSVGElement; drawing: Drawing | undefined };
  #body?: SVGSVGElement;
  /** The layer the chain's arrows were last drawn into, while it holds any. */
  #chainLinksIn?: SVGElement;
  /** Whether the arrow marks a drag drew are kept after it (until the page rests). */
  #marksOutliveDrag = false;
  #droppingMarks = false;

  /** Once the page rests after a drag, its arrows go back to the faded layer with the chain drawn over it. */
  #dropMarksWhenIdle(): void {
    if (this.#droppingMarks) return;
    this.#droppingMarks = true;
    whenIdle(() => {
      this.#droppingMarks = false;
      if (this.dragging()) return;
      this.#marksOutliveDrag = false;
      this.apply();
    });
  }

  apply(afterRender = false): void {
    const body = this.#findBody();
    const scene = this.editor.scenes.scene;
    if (!body || !scene) return;
    const { highlighted } = this.editor.selection;
    const chain = highlightChain(scene, highlighted, this.editor.scenes.committed?.items);
    // The step a link being drawn would end on stands out, whatever chain is highlighted.
    const target = this.linkTarget();
    const last = this.#markedFor;
    // Marked from a drag's first move; its drop keeps the marks it drew until the page rests or another step's
    // chain is highlighted.
    const dragging = this.dragging();
    if (dragging) this.#marksOutliveDrag = true;
    const marksArrows =
      chain !== undefined &&
      (dragging || (this.#marksOutliveDrag && last?.marksArrows === true && last.highlighted === highlighted));
    if (marksArrows && !dragging) this.#dropMarksWhenIdle();
    // A render of the target's step writes its class attribute again: the class is put back after every render.
    const rendered = this.#drawn === undefined || (afterRender && target !== undefined);
    const same =
      last?.body === body && last.chain === chain && last.target === target && last.marksArrows === marksArrows;
    // Nothing marked and nothing to mark: a render or a hover off a step costs nothing here.
    const idle = chain === undefined && target === undefined && this.#marked.size === 0 && !this.#targetNode;
    if (!idle && (!same || rendered)) {
      this.#markedFor = { body, chain, highlighted, target, marksArrows };
      body.classList.toggle('has-focus', chain !== undefined);
      body.classList.toggle('marks-arrows', marksArrows);
      if (!this.#drawn) {
        this.#drawn = drawnNodes(body);
        this.#drawnFrom = { body, drawing: drawingOf(body) };
      }
      this.#mark(this.#drawn, chain, target, marksArrows);
    } else if (!same) {
      this.#markedFor = { body, chain, highlighted, target, marksArrows };
      body.classList.remove('has-focus', 'marks-arrows');
    }
    // A render may route the chain's arrows anew while drawing the same steps: they are drawn again after each one.
    if (!same || afterRender) this.#drawChainLinks(body, marksArrows ? undefined : chain);
    this.#placeHandles(body);
  }

  #drawChainLinks(body: SVGSVGElement, chain: ReadonlySet<string> | undefined): void {
    if (!chain && !this.#chainLinksIn) return;
    const layer = childWithClass(hiddenLayer(body), 'chain-links');
    if (this.#chainLinksIn && this.#chainLinksIn !== layer) render(nothing, this.#chainLinksIn);
    if (layer) render(chainLinks(drawingOf(body)?.links ?? [], chain), layer);
    this.#chainLinksIn = chain && layer ? layer : undefined;
  }

  /** The timeline's SVG body, found again only once the one found before has left the DOM (e.g. for the table view). */
  #findBody(): SVGSVGElement | null {
    if (this.#body?.isConnected) return this.#body;
    const body = (this.editor.element.renderRoot as ParentNode).querySelector<SVGSVGElement>('svg.body');
    if (body) this.#body = body;
    return body;
  }

  /**
   * Marks the chain's steps (and with `arrowsToo`, the arrows between them), and takes the marks off the nodes left: a
   * hover touches the nodes of the two chains, not every node drawn. A render keeps the nodes of steps and arrows
   * (they are keyed) with their marks, and adds unmarked ones.
   */
  #mark(drawn: DrawnNodes, chain: ReadonlySet<string> | undefined, target: string | undefined, arrowsToo: boolean) {
    const wanted = new Set<Element>();
    const arrows = chain && arrowsToo ? arrowNodes(drawn) : undefined;
    if (chain) {
      for (const id of chain) {
        const step = drawn.steps.get(id);
        if (step) wanted.add(step);
        for (const link of arrows?.get(id) ?? [])
          if (chain.has(link.to)) for (const node of link.nodes) wanted.add(node);
      }
    }
    const targetNode = target === undefined ? undefined : drawn.steps.get(target);
    if (targetNode) wanted.add(targetNode);
    for (const node of this.#marked) if (!wanted.has(node)) node.removeAttribute('data-chain');
    for (const node of wanted) if (!this.#marked.has(node)) node.setAttribute('data-chain', '');
    this.#marked = wanted;
    // A render of the target's step writes its class attribute again: the class is put back on every pass.
    if (this.#targetNode !== targetNode) this.#targetNode?.classList.remove('link-target');
    targetNode?.classList.add('link-target');
    this.#targetNode = targetNode;
  }

  /**
   * The grips and link handle over the hovered step, unless it draws its own (selected) or none is wanted. Hidden, the
   * overlay names no step and no handle, so nothing finds a handle that is not there.
   */
  #placeHandles(body: SVGSVGElement): void {
    const overlay = childWithClass(body, 'hover-handles');
    if (!overlay) return;
    const { selection, scenes, readonly } = this.editor;
    const id = selection.hovered;
    const box = id !== undefined && !selection.ids.has(id) ? scenes.scene?.layout.byId.get(id) : undefined;
    const parts = [...overlay.children] as SVGElement[];
    // Two link handles alike on screen, the selected step's and the hovered one's, would leave the pointer to guess
    // which step a link starts from: the selected step's waits while another step is hovered.
    body.classList.toggle('hovers-other', box !== undefined && !readonly && !this.dragging());
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

/** The steps drawn, by step id, and the arrows, found the first time they are marked. */
interface DrawnNodes {
  body: SVGSVGElement;
  steps: Map<string, Element>;
  /** Each arrow's two nodes, its head and its line, by the step it leaves. */
  arrowsFrom?: Map<string, { to: string; nodes: readonly Element[] }[]>;
}

/** Steps sit two levels down (one group per lane). */
function drawnNodes(body: SVGSVGElement): DrawnNodes {
  const steps = new Map<string, Element>();
  for (const lane of childWithClass(body, 'steps')?.children ?? []) {
    for (const step of lane.children) {
      const id = step.getAttribute('data-step');
      if (id !== null) steps.set(id, step);
    }
  }
  return { body, steps };
}

/** Arrows sit in the links group of the hidden layer, each a line that names its ends after its head. */
function arrowNodes(drawn: DrawnNodes): Map<string, { to: string; nodes: readonly Element[] }[]> {
  if (drawn.arrowsFrom) return drawn.arrowsFrom;
  const arrowsFrom = new Map<string, { to: string; nodes: readonly Element[] }[]>();
  for (const line of childWithClass(hiddenLayer(drawn.body), 'links')?.children ?? []) {
    const from = line.getAttribute('data-from');
    const to = line.getAttribute('data-to');
    const head = line.previousElementSibling;
    if (!from || !to || !head) continue;
    const list = arrowsFrom.get(from);
    if (list) list.push({ to, nodes: [head, line] });
    else arrowsFrom.set(from, [{ to, nodes: [head, line] }]);
  }
  return (drawn.arrowsFrom = arrowsFrom);
}

/** The layer under the steps that assistive technology skips: lanes, grid, date lines and arrows. */
const hiddenLayer = (body: SVGSVGElement) => childWhere(body, (child) => child.hasAttribute('aria-hidden'));

/** A direct child: looking among children is far cheaper than a selector query over the whole drawing. */
function childWhere(parent: Element | undefined, test: (child: Element) => boolean): SVGElement | undefined {
  for (const child of parent?.children ?? []) if (test(child)) return child as SVGElement;
  return undefined;
}

const childWithClass = (parent: Element | undefined, name: string) =>
  childWhere(parent, (child) => child.classList.contains(name));
