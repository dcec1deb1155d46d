import type { MapTimeline } from '../../src/components/map-timeline.js';
import { shadow } from './element.js';

/** An arrow's own nodes: its line, which names its two ends, and its head, drawn just before it. */
export const ownArrow = (element: MapTimeline, from: string, to: string) => {
  const line = shadow(element).querySelector<SVGPathElement>(`.links .line[data-from="${from}"][data-to="${to}"]`)!;
  return { line, head: line.previousElementSibling as SVGPathElement };
};

/** The subpaths of a path's data: a highlighted chain draws all its arrows of one state as one path. */
const subpaths = (path: Element): string[] => (path.getAttribute('d') ?? '').split(/ (?=M)/);

/**
 * The arrow as the user sees it: drawn again over the faded arrows while its chain is highlighted, else its own
 * nodes; with how strongly its line and head are drawn (their own opacity times their layer's).
 */
export function drawnArrow(element: MapTimeline, from: string, to: string) {
  const own = ownArrow(element, from, to);
  const route = own.line.getAttribute('d')!;
  const again = [...shadow(element).querySelectorAll<SVGPathElement>('.chain-links .line')].find((line) =>
    subpaths(line).includes(route),
  );
  const { line, head } = again ? { line: again, head: again.previousElementSibling as SVGPathElement } : own;
  const layer = Number(getComputedStyle(line.parentElement!).opacity);
  return {
    line,
    head,
    redrawn: again !== undefined,
    lineStrength: Number(getComputedStyle(line).strokeOpacity) * layer,
    headStrength: Number(getComputedStyle(head).fillOpacity) * layer,
    colours: { line: getComputedStyle(line).stroke, head: getComputedStyle(head).fill },
  };
}
