import { svg } from 'lit';
import { formatShortDate, parseDate } from '../model/dates.js';
import { verdictLabel, type Verdict } from '../model/analysis.js';
import type { ISODate, Plan } from '../model/types.js';
import type { MeasureText } from './layout.js';
import type { TimeScale } from './scale.js';

export type MarkerKind = 'today' | 'target' | 'projected';

export interface Marker {
  kind: MarkerKind;
  x: number;
  text: string;
  tone: 'late' | 'ok' | 'neutral';
  /** Where its pill goes in the marker strip; hidden when no side has room. */
  pillX: number;
  pillWidth: number;
  hidden: boolean;
  /** The tooltip: what the marker means, and why the projection is where it is. */
  title: string;
}

/** Why the projection lies where it does, in words: the tooltip of the projected marker and of the verdict. */
export function projectionExplained(verdict: Verdict, plan?: Plan): string {
  const head = `Projected finish ${formatShortDate(verdict.projected, true)}${verdict.target ? ` (${verdictLabel(verdict).toLowerCase()} against the target ${formatShortDate(verdict.target, true)})` : ''}.`;
  if (!verdict.overdueIds?.length || !verdict.planned) return `${head} It waits for every dependency.`;
  const total = verdict.overdueIds.length;
  // Only the names shown are looked up: a long overdue chain costs three searches, not one per step.
  const titles = verdict.overdueIds
    .slice(0, total > 3 ? 3 : total)
    .map((id) => plan?.items.find((item) => item.id === id)?.title ?? id);
  const shown = total > 3 ? `${titles.join(', ')} and ${total - 3} more` : titles.join(', ');
  const count = total === 1 ? '1 overdue step' : `${total} overdue steps`;
  return `${head} The plan's own dates finish ${formatShortDate(verdict.planned, true)}, but ${count} (${shown}) cannot finish before today, which pushes the projection.`;
}

const PILL_PADDING = 16;

/** How far right the pills shown reach (0 without any): what the timeline's content must take in. */
export const pillReach = (markers: readonly Marker[]): number =>
  Math.max(0, ...markers.map((marker) => (marker.hidden ? 0 : marker.pillX + marker.pillWidth)));

/**
 * Today (middle of its day), the target (end of its day: finish *by* it) and the projected finish, with label pills
 * that never overlap. Today's pill is placed first, so every zoom shows where the meeting stands; then the later of
 * target and projected reads rightwards of its line and the earlier leftwards. A pill keeps to its own line with a
 * shorter label ("Projected 20 Jan", then the date alone, which the pill's colour and the title bar name) before it
 * slides past the pills in its way, where a reader would take it for another line's; only one that cannot go anywhere
 * is left out (never today's).
 */
export function markers(
  scale: TimeScale,
  today: ISODate,
  verdict: Verdict | undefined,
  measure: MeasureText,
  plan?: Plan,
  view?: Span,
): Marker[] {
  /** Each marker with its label, longest first: a shorter one is used when the longer has no room beside its line. */
  const list: (Omit<Marker, 'pillX' | 'pillWidth' | 'hidden' | 'text'> & { texts: string[] })[] = [];
  const todayDay = parseDate(today);
  if (todayDay >= scale.startDay && todayDay < scale.endDay) {
    list.push({
      kind: 'today',
      x: scale.x(todayDay) + scale.dayWidth / 2,
      texts: [`Today ${formatShortDate(today)}`, 'Today'],
      tone: 'neutral',
      title: `Today, ${formatShortDate(today, true)}`,
    });
  }
  // A plan with no step yet has no verdict, but its target is where the rep plans towards.
  const target = verdict?.target ?? plan?.targetDate;
  if (target) {
    list.push({
      kind: 'target',
      x: scale.x(parseDate(target) + 1),
      texts: [`Target ${formatShortDate(target)}`, formatShortDate(target)],
      tone: 'neutral',
      title: `Target: the plan must finish by ${formatShortDate(target, true)}`,
    });
  }
  if (verdict) {
    const late = verdict.daysLate > 0;
    const projected = `Projected ${formatShortDate(verdict.projected)}`;
    list.push({
      kind: 'projected',
      x: scale.x(parseDate(verdict.projected) + 1),
      texts: [
        ...(verdict.target ? [`${projected} · ${verdictLabel(verdict)}`] : []),
        projected,
        formatShortDate(verdict.projected),
      ],
      tone: verdict.target ? (late ? 'late' : 'ok') : 'neutral',
      title: projectionExplained(verdict, plan),
    });
  }
  const placed: Marker[] = [];
  const pair = list.filter((marker) => marker.kind !== 'today').sort((a, b) => a.x - b.x);
  // Pills are set bolder than chips.
  const widthOf = (text: string) => Math.ceil(measure(text, true) * 1.08) + PILL_PADDING;
  for (const { texts, ...marker } of list) {
    const preferLeft = pair.length === 2 && pair[0]?.kind === marker.kind;
    // Beside its own line, with the longest label that has room there; else the full label, slid past the others.
    // Inside the part of the timeline on screen first, when that is given: a pill cut by its edge reads as cut.
    let found: { text: string; pillX: number; pillWidth: number } | undefined;
    for (const room of view ? [view, WHOLE] : [WHOLE]) {
      for (const text of texts) {
        const pillWidth = widthOf(text);
        const pillX = besideLine(marker.x, pillWidth, preferLeft, placed, room);
        if (pillX !== undefined) {
          found = { text, pillX, pillWidth };
          break;
        }
      }
      if (found) break;
    }
    const text = found?.text ?? texts[0]!;
    const pillWidth = found?.pillWidth ?? widthOf(text);
    const pillX = found?.pillX ?? placePill(marker.x, pillWidth, preferLeft, placed);
    const fallback = marker.kind === 'today' ? Math.max(0, Math.min(marker.x + 3, scale.width - pillWidth)) : undefined;
    placed.push({
      ...marker,
      text,
      pillX: pillX ?? fallback ?? 0,
      pillWidth,
      hidden: (pillX ?? fallback) === undefined,
    });
  }
  return placed;
}

/** A horizontal stretch of the timeline, from `left` to `right`. */
export interface Span {
  left: number;
  right: number;
}

const WHOLE: Span = { left: 0, right: Infinity };

/**
 * Where a pill of `width` goes right beside the line at `x`, inside `room`, on the preferred side first; undefined
 * if neither side has room.
 */
function besideLine(
  x: number,
  width: number,
  preferLeft: boolean,
  placed: readonly Marker[],
  room: Span,
): number | undefined {
  const sides = preferLeft ? [x - 3 - width, x + 3] : [x + 3, x - 3 - width];
  return sides.find((pillX) => pillX >= room.left && pillX + width <= room.right && !blockerOf(placed, pillX, width));
}

/** Whether the edge of the view cuts a pill whose line is in view: it is then placed again inside the view. */
export const pillCutByView = (list: readonly Marker[], view: Span): boolean =>
  list.some(
    (marker) =>
      !marker.hidden &&
      marker.x >= view.left &&
      marker.x <= view.right &&
      (marker.pillX < view.left || marker.pillX + marker.pillWidth > view.right),
  );

/** Where a pill of `width` goes for a line at `x` when neither side of it has room: slid past the pills in its way. */
function placePill(x: number, width: number, preferLeft: boolean, placed: readonly Marker[]): number | undefined {
  for (const direction of preferLeft ? [-1, 1] : [1, -1]) {
    let pillX = direction > 0 ? x + 3 : x - 3 - width;
    for (let tries = 0; tries <= placed.length && pillX >= 0; tries += 1) {
      const other = blockerOf(placed, pillX, width);
      if (!other) return pillX;
      pillX = direction > 0 ? other.pillX + other.pillWidth + 5 : other.pillX - 5 - width;
    }
  }
  return undefined;
}

/** The shown pill a pill of `width` at x would touch, if any. */
const blockerOf = (placed: readonly Marker[], x: number, width: number): Marker | undefined =>
  placed.find((other) => !other.hidden && x < other.pillX + other.pillWidth + 4 && other.pillX < x + width + 4);

/** The vertical lines across the lanes, carrying the `part` hooks. */
export function markerLines(list: readonly Marker[], height: number | '100%') {
  return list.map(
    (marker) => svg`<line class="marker ${marker.kind} ${marker.tone}" part=${marker.kind}
    x1=${marker.x} x2=${marker.x} y1="0" y2=${height}></line>`,
  );
}

/**
 * The labelled pills in the axis strip. Every line's stem is drawn before any pill: pills sit side by side, and a line
 * drawn after its neighbour's pill would cross out that pill's text.
 */
export function markerPills(list: readonly Marker[], y: number) {
  const shown = list.filter((marker) => !marker.hidden);
  return svg`${shown.map(
    (marker) =>
      svg`<line class="pill-stem ${marker.kind} ${marker.tone}" x1=${marker.x} x2=${marker.x} y1=${y} y2=${y + 22}></line>`,
  )}${shown.map(
    (marker) => svg`<g class="pill ${marker.kind} ${marker.tone}">
    <title>${marker.title}</title>
    <rect x=${marker.pillX} y=${y + 2} width=${marker.pillWidth} height="18" rx="9"></rect>
    <text x=${marker.pillX + marker.pillWidth / 2} y=${y + 11} dy="0.35em" text-anchor="middle">${marker.text}</text>
  </g>`,
  )}`;
}
