import { nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Side } from '../model/types.js';
import { glyph, lock } from './icons.js';
import type { ItemBox } from './layout.js';
import {
  CHIP_GAP,
  CHIP_PADDING,
  GLYPH_WIDTH,
  JOINT_COMPACT_WIDTH,
  JOINT_DOT,
  jointWidth,
  ownerText,
  slipText,
  statusGlyph,
} from './step-box.js';

/** Everything needed to draw one step, derived from the plan and the view state. */
export interface ItemView {
  box: ItemBox;
  side: Side;
  color?: string;
  overdue: boolean;
  /** It holds only if a decision still to be taken is yes (see `awaitsDecision`). */
  conditional: boolean;
  selected: boolean;
  /** Days later than agreed (baseline), when it differs. */
  slip?: number;
  baseline?: { x: number; width: number };
  focusable: boolean;
  /** Resize grips and the link handle, shown on the hovered or selected step while editing is allowed. */
  handles: boolean;
  /** The accessible name: everything a sighted user reads off the step. */
  label?: string;
  /** The hover text: the name, the duration and the notes. */
  tooltip?: string;
}

const KIND_PART = { task: 'bar', milestone: 'milestone', decision: 'decision' } as const;

/** The `part` words of a step's main node: its kind and its states (`bar done overdue`). */
export function itemParts(view: ItemView): string {
  const { item } = view.box;
  const states = [
    view.selected && 'selected',
    item.status === 'done' && 'done',
    item.status === 'blocked' && 'blocked',
    item.status === 'cancelled' && 'cancelled',
    view.overdue && 'overdue',
    item.internal && 'internal',
    view.conditional && 'conditional',
  ].filter(Boolean);
  return [KIND_PART[item.kind], ...states].join(' ');
}

function shape(view: ItemView) {
  const { box } = view;
  const { x, y, width, height, item } = box;
  const common = { part: itemParts(view), id: item.id };
  const label = view.label ?? item.title;
  if (item.kind === 'task') {
    return svg`<rect class="shape" part=${common.part} data-item-id=${common.id} x=${x} y=${y} width=${width} height=${height}
      role="option" aria-selected=${view.selected ? 'true' : 'false'} aria-label=${label} tabindex=${view.focusable ? 0 : -1}></rect>`;
  }
  const cx = x + width / 2;
  const cy = y + height / 2;
  const r = width / 2;
  const d =
    item.kind === 'milestone'
      ? `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`
      : `M${cx - r},${cy} L${cx - r / 2},${cy - r} L${cx + r / 2},${cy - r} L${cx + r},${cy} L${cx + r / 2},${cy + r} L${cx - r / 2},${cy + r} Z`;
  return svg`<path class="shape" part=${common.part} data-item-id=${common.id} d=${d}
    role="option" aria-selected=${view.selected ? 'true' : 'false'} aria-label=${label} tabindex=${view.focusable ? 0 : -1}></path>`;
}

function label(view: ItemView) {
  const { box } = view;
  const { item } = box;
  const midY = box.y + box.height / 2;
  const status = statusGlyph(item);
  const textX = box.labelX + (status ? GLYPH_WIDTH : 0);
  const owner = ownerText(item);
  const slipPart = box.slipWidth ? CHIP_GAP + box.slipWidth : 0;
  const jointPart = jointWidth(box.joint);
  const chipX = box.labelX + box.titleWidth + jointPart + CHIP_GAP;
  const chipWidth = box.labelWidth - box.titleWidth - jointPart - CHIP_GAP - slipPart;
  // A label beside its bar sits on a patch of its lane's tint, so the grid and the today, target and projected lines
  // pass behind it instead of through its letters.
  return svg`
    ${box.labelInside ? nothing : svg`<rect class="label-bg" x=${box.labelX - 3} y=${midY - 9} width=${box.titleWidth + 6} height="18" rx="4"></rect>`}
    ${status ? glyph(status, box.labelX, midY - 6) : nothing}
    <text class="title" x=${textX} y=${midY} dy="0.35em">${box.title}</text>
    ${box.joint ? jointChipsTemplate(box, midY) : nothing}
    ${
      box.showOwner
        ? svg`<rect class="chip" x=${chipX} y=${midY - 9} width=${chipWidth} height="18" rx="9"></rect>
          <text class="owner" x=${chipX + CHIP_PADDING / 2} y=${midY} dy="0.35em">${owner}</text>`
        : nothing
    }
    ${box.slipWidth ? slipPill(view, box.labelX + box.labelWidth - box.slipWidth, midY) : nothing}`;
}

/** The first letter of a name, for a party's dot when there is no room for the name. */
const initial = (name: string): string => [...name.trim()][0]?.toUpperCase() ?? '';

/** A joint step's other parties after its title: each a chip with a dot in the party's colour and its name. */
function jointChipsTemplate(box: ItemView['box'], midY: number) {
  let x = box.labelX + box.titleWidth;
  return box.joint!.map(({ party, width }) => {
    x += CHIP_GAP;
    const left = x;
    x += width;
    const style = styleMap(party.color ? { '--side': party.color } : {});
    const compact = width === JOINT_COMPACT_WIDTH;
    return svg`<g class="joint side-${party.side}" style=${style} data-joint-party=${party.id}>
      ${
        compact
          ? svg`<title>${party.name}</title><circle class="joint-dot" cx=${left + width / 2} cy=${midY} r=${width / 2}></circle>
            <text class="joint-initial" x=${left + width / 2} y=${midY} dy="0.35em" text-anchor="middle">${initial(party.name)}</text>`
          : svg`<rect class="joint-chip" x=${left} y=${midY - 9} width=${width} height="18" rx="9"></rect>
            <circle class="joint-dot" cx=${left + CHIP_PADDING / 2 + JOINT_DOT / 2} cy=${midY} r=${JOINT_DOT / 2}></circle>
            <text class="joint-name" x=${left + CHIP_PADDING / 2 + JOINT_DOT + 5} y=${midY} dy="0.35em">${party.name}</text>`
      }
    </g>`;
  });
}

/** How far the step ends from its agreed end, as a pill at the end of its label: it always travels with the step. */
function slipPill(view: ItemView, x: number, midY: number) {
  const text = slipText(view.box.item);
  return svg`<g class="slip ${text.startsWith('+') ? 'late' : 'early'}" data-slip-of=${view.box.item.id}>
    <rect x=${x} y=${midY - 8} width=${view.box.slipWidth} height="16" rx="8"></rect>
    <text x=${x + view.box.slipWidth / 2} y=${midY} dy="0.35em" text-anchor="middle">${text}</text></g>`;
}

/** A baseline is never thinner than this, so a one-day agreement still reads as a bar at any zoom. */
const MIN_BASELINE_WIDTH = 12;

/**
 * The agreed dates, as a thin bar just under the step in its own row, tied to the step by a dotted line when the
 * two do not overlap, so it reads as this step's baseline wherever the step has moved. A step without one draws no
 * node for it.
 */
function ghost({ box, baseline }: ItemView) {
  if (!baseline) return nothing;
  const y = box.y + box.height + 3;
  const width = Math.max(MIN_BASELINE_WIDTH, baseline.width);
  // A milestone's baseline is centred on its day, like the milestone; a task's starts on its first day.
  const x = box.item.kind === 'task' ? baseline.x : baseline.x + baseline.width / 2 - width / 2;
  const [barStart, barEnd] =
    box.item.kind === 'task' ? [box.x, box.x + box.width] : [box.x + box.width / 2, box.x + box.width / 2];
  const tie = x + width < barStart ? [x + width, barStart] : barEnd < x ? [barEnd, x] : undefined;
  return svg`<g aria-hidden="true"><rect class="baseline" data-baseline-of=${box.item.id} x=${x} y=${y - 2} width=${width} height="4" rx="2"></rect>
    ${tie ? svg`<line class="baseline-tie" x1=${tie[0]} x2=${tie[1]} y1=${y} y2=${y}></line>` : nothing}</g>`;
}

export interface HandleGeometry {
  /** The two edge grips of a task (none on a milestone or decision): x of each, with the bar's top and height. */
  grips: { start: number; end: number; y: number; height: number } | undefined;
  link: { cx: number; cy: number };
}

export const GRIP_WIDTH = 9;
/** How far a grip reaches into a bar wide enough for it. */
const GRIP_REACH = 5;
/** The middle of a bar left to press for a move, at the least, before the grips draw back to its ends. */
const MIN_MOVE_WIDTH = 12;
export const LINK_HANDLE_RADIUS = 5.5;
export const LINK_HANDLE_TITLE = 'Drag onto another step to add a dependency';

/**
 * Where a step's resize grips and link handle go. The link handle sits beside the bar's end when the label is inside
 * the bar, and on the bar's top corner when the label follows it, so it never covers the label's first letter.
 */
export function handleGeometry(box: ItemBox): HandleGeometry {
  const { x, y, width, height, item } = box;
  // How far each grip reaches into the bar: 5 px, less on a short bar, none on one under 12 px (a day or two at
  // month zoom), so the middle of every bar is left to press and move it.
  const inside = Math.max(0, Math.min(GRIP_REACH, Math.floor((width - MIN_MOVE_WIDTH) / 2)));
  return {
    grips: item.kind === 'task' ? { start: x + inside - GRIP_WIDTH, end: x + width - inside, y, height } : undefined,
    link: box.labelInside ? { cx: x + width + 7, cy: y + height / 2 } : { cx: x + width, cy: y },
  };
}

function handles(view: ItemView) {
  if (!view.handles) return nothing;
  const id = view.box.item.id;
  const { grips, link } = handleGeometry(view.box);
  return svg`${
    grips
      ? svg`<rect class="grip" data-handle="start" data-handle-for=${id} x=${grips.start} y=${grips.y} width=${GRIP_WIDTH} height=${grips.height}></rect>
        <rect class="grip" data-handle="end" data-handle-for=${id} x=${grips.end} y=${grips.y} width=${GRIP_WIDTH} height=${grips.height}></rect>`
      : nothing
  }<circle class="link-handle" data-handle="link" data-handle-for=${id} cx=${link.cx} cy=${link.cy} r=${LINK_HANDLE_RADIUS}>
    <title>${LINK_HANDLE_TITLE}</title></circle>`;
}

/** One step: its shape, its label (inside the bar or beside it), status glyph, owner chip, slip and baseline ghost. */
export function itemTemplate(view: ItemView) {
  const { box } = view;
  const { item } = box;
  const classes = [
    'step',
    `side-${view.side}`,
    `kind-${item.kind}`,
    box.labelInside ? 'label-inside' : 'label-outside',
    item.status ?? 'todo',
    view.overdue ? 'overdue' : '',
    view.conditional ? 'conditional' : '',
    view.selected ? 'selected' : '',
    item.internal ? 'internal' : '',
    view.color ? 'party-color' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // A colour is only ever set as a custom property's value, never spliced into style text.
  const style = styleMap(view.color ? { '--side': view.color } : {});
  return svg`<g class=${classes} style=${style} data-step=${item.id} role="presentation">
    ${view.tooltip ? svg`<title>${view.tooltip}</title>` : nothing}
    ${ghost(view)}${shape(view)}<g aria-hidden="true">${label(view)}
    ${item.internal ? lock(box.labelInside ? box.x + box.width - 16 : box.labelX + box.labelWidth + 6, box.y + box.height / 2 - 7) : nothing}
    ${item.status === 'cancelled' ? svg`<line class="strike" x1=${box.x} x2=${box.labelX + box.titleWidth} y1=${box.y + box.height / 2} y2=${box.y + box.height / 2}></line>` : nothing}
    ${handles(view)}</g>
  </g>`;
}

/** The pattern a blocked step's bar is filled with (`url(#mt-hatch)`), defined once per drawing. */
export const hatchDefs = svg`<defs>
  <pattern id="mt-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="6" height="6" class="hatch-bg"></rect><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
  </pattern>
</defs>`;
