import { svg, nothing } from 'lit';
import { isOverdue, movedSinceAgreed, slipDays } from '../model/analysis.js';
import { awaitsDecision } from '../model/status.js';
import type { ISODate, Side } from '../model/types.js';
import type { FontMeasure, Rect } from './page-layout.js';
import { sideStyle } from './side-color.js';
import { glyph, lock } from '../render/icons.js';
import { arrowHead } from '../render/links.js';
import type { Scene } from '../render/view-model.js';

export type Swatch =
  | `side-${Side}`
  | 'task'
  | 'milestone'
  | 'decision'
  | 'done'
  | 'progress'
  | 'blocked'
  | 'cancelled'
  | 'overdue'
  | 'conditional'
  | 'internal'
  | 'baseline'
  | 'slip'
  | 'today'
  | 'target'
  | 'projected'
  | 'link'
  | 'violated';

export interface LegendEntry {
  swatch: Swatch;
  label: string;
  x: number;
  y: number;
  /** A party colour that overrides its side's colour. */
  color?: string;
  /** A marker's tone (late, ok, neutral). */
  tone?: string;
}

export interface LegendLayout {
  y: number;
  height: number;
  titles: { text: string; x: number; y: number }[];
  entries: LegendEntry[];
}

type Group = [title: string, entries: Omit<LegendEntry, 'x' | 'y'>[]];

const MARKER_LABEL = { today: 'Today', target: 'Target date', projected: 'Projected finish' } as const;
const LABEL_FONT = '500 12px';
const TITLE_FONT = '700 10.5px';
const SWATCH = 22;
const ROW = 24;

/** The legend's groups, listing only what the picture shows. */
function groups(scene: Scene, today: ISODate): Group[] {
  const { items } = scene;
  const has = (test: (item: (typeof items)[number]) => boolean): boolean => items.some(test);
  const sides: Group[1] = [];
  for (const side of ['seller', 'buyer', 'partner'] as const) {
    const party = scene.layout.lanes.find((lane) => lane.party.side === side)?.party;
    if (party)
      sides.push({
        swatch: `side-${side}`,
        label: side[0]!.toUpperCase() + side.slice(1),
        ...(party.color ? { color: party.color } : {}),
      });
  }
  const kinds: Group[1] = [];
  if (has((item) => item.kind === 'task')) kinds.push({ swatch: 'task', label: 'Task' });
  if (has((item) => item.kind === 'milestone')) kinds.push({ swatch: 'milestone', label: 'Milestone' });
  if (has((item) => item.kind === 'decision')) kinds.push({ swatch: 'decision', label: 'Decision' });
  const states: [Swatch, string, boolean][] = [
    ['done', 'Done', has((item) => item.status === 'done')],
    ['progress', 'In progress', has((item) => item.status === 'in-progress')],
    ['blocked', 'Blocked', has((item) => item.status === 'blocked')],
    ['cancelled', 'Cancelled', has((item) => item.status === 'cancelled')],
    ['overdue', 'Overdue', has((item) => isOverdue(item, today))],
    [
      'conditional',
      'If the decision is yes',
      has((item) => awaitsDecision(item, (id) => scene.layout.byId.get(id)?.item)),
    ],
    ['internal', 'Internal (seller only)', has((item) => item.internal === true)],
  ];
  const lines: Group[1] = scene.markers.map((marker) => ({
    swatch: marker.kind,
    label: MARKER_LABEL[marker.kind],
    tone: marker.tone,
  }));
  if (items.some((item) => item.dependsOn?.length)) lines.push({ swatch: 'link', label: 'Depends on' });
  if (scene.violated.size > 0) lines.push({ swatch: 'violated', label: 'Starts too early' });
  // Slips against the agreed dates, a group of their own after the lines: a full status row would wrap otherwise.
  const agreed: Group[1] = [];
  if (has(movedSinceAgreed)) agreed.push({ swatch: 'baseline', label: 'Agreed dates' });
  if (has((item) => (slipDays(item) ?? 0) > 0)) agreed.push({ swatch: 'slip', label: 'Later than agreed' });
  return (
    [
      ['SIDES', sides],
      ['STEPS', kinds],
      ['STATUS', states.filter(([, , shown]) => shown).map(([swatch, label]) => ({ swatch, label }))],
      ['LINES', lines],
      ['AGREED', agreed],
    ] as Group[]
  ).filter(([, entries]) => entries.length > 0);
}

/**
 * Lays the groups out in rows that wrap within the width. A group that does not fit in what is left of a row starts
 * the next one, rather than leave its last entries under another group's title; only a group wider than a row
 * wraps between its entries.
 */
export function legendLayout(
  scene: Scene,
  today: ISODate,
  measure: FontMeasure,
  area: Omit<Rect, 'height'>,
): LegendLayout {
  const titles: LegendLayout['titles'] = [];
  const entries: LegendEntry[] = [];
  let x = area.x;
  let y = area.y + ROW / 2;
  const place = (width: number): void => {
    if (x > area.x && x + width > area.x + area.width) {
      x = area.x;
      y += ROW;
    }
  };
  for (const [title, list] of groups(scene, today)) {
    const titleWidth = measure(title, TITLE_FONT) + 10;
    const widths = list.map((entry) => SWATCH + 6 + measure(entry.label, LABEL_FONT) + 18);
    const whole = titleWidth + widths.reduce((sum, width) => sum + width, 0);
    place(Math.min(whole, area.width));
    list.forEach((entry, index) => {
      const width = widths[index]!;
      if (index === 0) {
        place(titleWidth + width);
        titles.push({ text: title, x, y });
        x += titleWidth;
      } else {
        place(width);
      }
      entries.push({ ...entry, x, y });
      x += width;
    });
    x += 14;
  }
  return { y: area.y, height: y + ROW / 2 - area.y, titles, entries };
}

function swatch(entry: LegendEntry) {
  const { x, y } = entry;
  const bar = (classes: string) => svg`<g class="step ${classes}" style="--side: var(--mt-muted)">
    <rect class="shape" x=${x} y=${y - 5} width=${SWATCH} height="10"></rect></g>`;
  switch (entry.swatch) {
    case 'side-seller':
    case 'side-buyer':
    case 'side-partner':
      return svg`<g class="step ${entry.swatch}" style=${sideStyle(entry.color)}>
        <rect class="shape" x=${x} y=${y - 5} width=${SWATCH} height="10"></rect></g>`;
    case 'task':
      return bar('kind-task');
    case 'milestone':
      return svg`<g class="step" style="--side: var(--mt-muted)"><path class="shape" d=${`M${x + 11},${y - 7} l7,7 l-7,7 l-7,-7 Z`}></path></g>`;
    case 'decision':
      return svg`<g class="step" style="--side: var(--mt-muted)"><path class="shape"
      d=${`M${x + 3},${y} l4,-8 h8 l4,8 l-4,8 h-8 Z`}></path></g>`;
    case 'done':
    case 'progress':
    case 'cancelled':
      return glyph(entry.swatch, x + 5, y - 6);
    case 'blocked':
      return bar('blocked');
    case 'overdue':
      return bar('overdue');
    case 'conditional':
      return bar('conditional');
    case 'internal':
      return lock(x + 6, y - 7);
    case 'baseline':
      return svg`<rect class="baseline" x=${x} y=${y - 2} width=${SWATCH} height="4" rx="2"></rect>`;
    case 'slip':
      return svg`<g class="slip late"><rect x=${x} y=${y - 7} width=${SWATCH} height="14" rx="7"></rect>
        <text x=${x + SWATCH / 2} y=${y} dy="0.35em" text-anchor="middle">+d</text></g>`;
    case 'today':
    case 'target':
    case 'projected':
      return svg`<line class="marker ${entry.swatch} ${entry.tone ?? ''}" x1=${x + 11} x2=${x + 11} y1=${y - 8} y2=${y + 8}></line>`;
    case 'link':
    case 'violated': {
      const states = entry.swatch === 'violated' ? ' violated' : '';
      return svg`<path class="link head" part=${`link-head${states}`} d=${arrowHead([
        { x, y },
        { x: x + SWATCH - 4, y },
      ])}></path><path class="link line" part=${`link${states}`} d=${`M${x},${y} h${SWATCH - 4}`}></path>`;
    }
  }
}

export function legendTemplate(legend: LegendLayout) {
  if (legend.entries.length === 0) return nothing;
  return svg`<g class="x-legend">
    ${legend.titles.map((title) => svg`<text class="x-legend-title" x=${title.x} y=${title.y} dy="0.35em">${title.text}</text>`)}
    ${legend.entries.map((entry) => svg`${swatch(entry)}<text class="x-legend-label" x=${entry.x + SWATCH + 6} y=${entry.y} dy="0.35em">${entry.label}</text>`)}
  </g>`;
}
