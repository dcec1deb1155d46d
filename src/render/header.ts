import { html, nothing } from 'lit';
import { formatShortDate } from '../model/dates.js';
import { verdictLabel, type Verdict } from '../model/analysis.js';
import type { AgreementStatus, Plan } from '../model/types.js';
import { projectionExplained } from './markers.js';

export const AGREEMENT = {
  vague: { label: 'Vague', tone: 'red', hint: 'RED: not agreed yet' },
  verbal: { label: 'Verbally agreed', tone: 'amber', hint: 'AMBER: agreed verbally' },
  written: { label: 'Agreed in writing', tone: 'green', hint: 'GREEN: confirmed in writing' },
} as const;

/** What the title bar, lane headers and empty state offer while the plan may be edited. */
export interface PlanEditing {
  /** Opens the plan settings, focusing one of its fields. */
  editPlan(field?: string): void;
  editParty(id: string): void;
  addParty(): void;
}

export function agreementBadge(status: AgreementStatus | undefined, editing?: PlanEditing) {
  const agreement = AGREEMENT[status ?? 'vague'];
  const content = html`<span class="dot"></span>${agreement.label}`;
  return editing
    ? html`<button type="button" class="badge agreement ${agreement.tone}" title=${`${agreement.hint}. Change the agreement`}
        @click=${() => editing.editPlan('status')}>${content}</button>`
    : html`<span class="badge agreement ${agreement.tone}" title=${agreement.hint}>${content}</span>`;
}

export interface HeaderOptions {
  /** The plan as shown, to name the steps that push the projection. */
  plan?: Plan;
  editing?: PlanEditing | undefined;
}

/** Plan title, agreement state, target and the projected finish with its verdict. */
export function headerTemplate(
  title: string,
  status: AgreementStatus | undefined,
  verdict: Verdict | undefined,
  tools: unknown = nothing,
  options: HeaderOptions = {},
) {
  const late = verdict !== undefined && verdict.daysLate > 0;
  const { editing } = options;
  const explained = verdict ? projectionExplained(verdict, options.plan) : '';
  // A plan with no step yet has no verdict, but already its target.
  const target = verdict?.target ?? options.plan?.targetDate;
  return html`<div class="titlebar" part="header">
    <h2 class="plan-title">${
      editing
        ? html`<button type="button" class="title-button" title="Rename the plan, set its target and working days" @click=${() => editing.editPlan('planTitle')}>${title}</button>`
        : title
    }</h2>
    ${agreementBadge(status, editing)}
    <span class="spacer"></span>
    ${target ? html`<span class="fact"><span class="fact-label">Target</span> ${formatShortDate(target, true)}</span>` : nothing}
    ${verdict ? html`<span class="fact" title=${explained}><span class="fact-label">Projected</span> ${formatShortDate(verdict.projected, true)}</span>` : nothing}
    ${verdict?.target ? html`<span class="badge verdict ${late ? 'red' : 'green'}" title=${explained}>${verdictLabel(verdict)}${verdict.overdueIds?.length ? ' · overdue steps' : ''}</span>` : nothing}
    ${tools}
  </div>`;
}

/** The top-left cell: how big the plan is, and the button that adds a lane. */
/** "3 parties · 19 steps", "1 party · 1 step": the corner above the lane heads, on screen and in exports. */
export const cornerText = (parties: number, steps: number): string =>
  `${parties} ${parties === 1 ? 'party' : 'parties'} · ${steps} ${steps === 1 ? 'step' : 'steps'}`;

export function cornerTemplate(parties: number, steps: number, editing: PlanEditing | undefined) {
  return html`<div class="corner"><span aria-hidden="true">${cornerText(parties, steps)}</span>
    ${editing ? html`<button type="button" class="add-lane" part="add-lane" title="Add a lane for another party" @click=${() => editing.addParty()}>+ Lane</button>` : nothing}</div>`;
}

/** Why a page in a live plan shows no plan yet: it is still joining the room, or the room holds none so far. */
export type RoomWait = 'connecting' | 'waiting';

/** A friendly hint instead of a blank box when the plan has no steps. */
export function emptyState(hasParties: boolean, readonly: boolean | RoomWait, editing?: PlanEditing) {
  const waiting = readonly === 'waiting' || readonly === 'connecting';
  const hint = waiting
    ? readonly === 'connecting'
      ? 'Joining the room on the collaboration server.'
      : 'The plan appears here as soon as the seller shares it.'
    : readonly
      ? 'No steps have been planned yet.'
      : !hasParties
        ? 'Add the parties (seller, buyer, partners) and their steps to see the plan.'
        : 'Double-click a lane (or press N) to add the first step.';
  const title =
    readonly === 'connecting' ? 'Opening the shared plan…' : waiting ? 'Waiting for the shared plan' : 'No steps yet';
  return html`<div class="empty-room"><div class="empty" role="status"><strong>${title}</strong><span>${hint}</span>
    ${editing && !hasParties ? html`<button type="button" class="add-lane" @click=${() => editing.addParty()}>Add a lane</button>` : nothing}</div></div>`;
}
