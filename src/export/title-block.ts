import { nothing, svg } from 'lit';
import { verdictLabel, type Verdict } from '../model/analysis.js';
import { formatShortDate } from '../model/dates.js';
import type { AgreementStatus, ISODate } from '../model/types.js';
import type { FontMeasure, Rect } from './page-layout.js';
import { ellipsize } from '../render/step-box.js';
import { AGREEMENT } from '../render/header.js';

const TITLE_FONT = '700 24px';
const BADGE_FONT = '600 12px';
const FACT_FONT = '400 14px';

/** A pill with a text, `tone` picking its colours (red, amber, green); `dot` adds the agreement dot. */
function badge(text: string, tone: string, x: number, y: number, measure: FontMeasure, dot: boolean) {
  const textX = x + (dot ? 24 : 10);
  const width = textX - x + measure(text, BADGE_FONT) + 10;
  return {
    width,
    template: svg`<g class="x-badge ${tone}">
      <rect x=${x} y=${y - 12} width=${width} height="24" rx="12"></rect>
      ${dot ? svg`<circle cx=${x + 14} cy=${y} r="4"></circle>` : nothing}
      <text x=${textX} y=${y} dy="0.35em">${text}</text></g>`,
  };
}

/**
 * The title block: plan title and agreement badge; under them the target, the projected finish, the verdict and,
 * at the right, the date the picture shows the plan at.
 */
export function exportHeader(
  title: string,
  status: AgreementStatus | undefined,
  verdict: Verdict | undefined,
  today: ISODate,
  area: Rect,
  measure: FontMeasure,
) {
  const agreement = AGREEMENT[status ?? 'vague'];
  const asOf = `As of ${formatShortDate(today, true)}`;
  const lineY = area.y + 16;
  const badgeWidth = badge(agreement.label, agreement.tone, 0, 0, measure, true).width;
  const shown = ellipsize(title, area.width - badgeWidth - 16, (text) => measure(text, TITLE_FONT));
  const agreed = badge(agreement.label, agreement.tone, area.x + measure(shown, TITLE_FONT) + 16, lineY, measure, true);

  const facts: unknown[] = [];
  const factY = area.y + 50;
  let x = area.x;
  const fact = (label: string, value: string): void => {
    facts.push(
      svg`<text class="x-fact" x=${x} y=${factY} dy="0.35em"><tspan class="x-fact-label">${label}</tspan> ${value}</text>`,
    );
    x += measure(`${label} ${value}`, FACT_FONT) + 24;
  };
  if (verdict?.target) fact('Target', formatShortDate(verdict.target, true));
  if (verdict) fact('Projected finish', formatShortDate(verdict.projected, true));
  if (verdict?.target)
    facts.push(badge(verdictLabel(verdict), verdict.daysLate > 0 ? 'red' : 'green', x, factY, measure, false).template);

  return svg`<g class="x-header">
    <text class="x-title" x=${area.x} y=${lineY} dy="0.35em">${shown}</text>
    ${agreed.template}
    <text class="x-asof" x=${area.x + area.width} y=${factY} dy="0.35em" text-anchor="end">${asOf}</text>
    ${facts}
  </g>`;
}
