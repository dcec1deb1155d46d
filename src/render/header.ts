import { html, nothing } from 'lit';
import { formatShortDate } from '../model/dates.js';
import { verdictLabel, type Verdict } from '../model/analysis.js';
import type { AgreementStatus } from '../model/types.js';

export const AGREEMENT = {
  vague: { label: 'Vague', tone: 'red', hint: 'RED: not agreed yet' },
  verbal: { label: 'Verbally agreed', tone: 'amber', hint: 'AMBER: agreed verbally' },
  written: { label: 'Agreed in writing', tone: 'green', hint: 'GREEN: confirmed in writing' },
} as const;

export function agreementBadge(status: AgreementStatus | undefined) {
  const agreement = AGREEMENT[status ?? 'vague'];
  return html`<span class="badge agreement ${agreement.tone}" title=${agreement.hint}>
    <span class="dot"></span>${agreement.label}</span>`;
}

/** Plan title, agreement state, target and the projected finish with its verdict. */
export function headerTemplate(title: string, status: AgreementStatus | undefined, verdict: Verdict | undefined, tools: unknown = nothing) {
  const late = verdict !== undefined && verdict.daysLate > 0;
  return html`<div class="titlebar" part="header">
    <h2 class="plan-title">${title}</h2>
    ${agreementBadge(status)}
    <span class="spacer"></span>
    ${verdict?.target ? html`<span class="fact"><span class="fact-label">Target</span> ${formatShortDate(verdict.target, true)}</span>` : nothing}
    ${verdict ? html`<span class="fact"><span class="fact-label">Projected</span> ${formatShortDate(verdict.projected, true)}</span>` : nothing}
    ${verdict?.target ? html`<span class="badge verdict ${late ? 'red' : 'green'}">${verdictLabel(verdict)}</span>` : nothing}
    ${tools}
  </div>`;
}

/** A friendly hint instead of a blank box when the plan has no steps. */
export function emptyState(hasParties: boolean, readonly: boolean) {
  const hint = !hasParties
    ? 'Add the parties (seller, buyer, partners) and their steps to see the plan.'
    : readonly ? 'No steps have been planned yet.' : 'Double-click a lane (or press N) to add the first step.';
  return html`<div class="empty" role="status"><strong>No steps yet</strong><span>${hint}</span></div>`;
}
