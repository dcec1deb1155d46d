import { html, nothing, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  findViolations,
  formatShortDate,
  isOverdue,
  planForAudience,
  projectedFinish,
  slipDays,
  verdictLabel,
  whoseMove,
  type Audience,
  type ISODate,
  type Item,
  type Plan,
} from '../src/index.js';

const LIST_LIMIT = 3;

/** Projected finish against the target, whose move it is per party, and what slipped or is overdue. */
export function renderSummary(container: HTMLElement, fullPlan: Plan, audience: Audience, today: ISODate): void {
  const plan = planForAudience(fullPlan, audience);
  if (plan.items.length === 0) {
    const target = plan.targetDate
      ? html`<div class="verdict"><div class="metric"><span class="metric-label">Target</span>
          <span class="metric-value">${formatShortDate(plan.targetDate, true)}</span></div></div>`
      : '';
    render(
      html`${target}<p class="empty-note">No steps yet. Double-click a lane to add the first one; the projected
      finish, whose move it is and any slips show up here.</p>`,
      container,
    );
    return;
  }
  render(
    html`${verdict(plan, today)}${moves(plan)}${outOfOrder(plan)}${slipped(plan)}${overdue(plan, today)}`,
    container,
  );
}

function verdict(plan: Plan, today: ISODate) {
  const finish = projectedFinish(plan, today);
  if (!finish) return nothing;
  const late = finish.daysLate > 0;
  return html`<div class="verdict">
    <div class="metric"><span class="metric-label">Projected finish</span>
      <span class="metric-value">${formatShortDate(finish.projected, true)}</span></div>
    <div class="metric"><span class="metric-label">Target</span>
      <span class="metric-value">${finish.target ? formatShortDate(finish.target, true) : '—'}</span></div>
    ${
      finish.target
        ? html`<span class="pill ${late ? 'red' : 'green'}" title=${finish.overdueIds?.length ? `The plan's own dates finish ${formatShortDate(finish.planned!, true)}; overdue steps cannot finish before today.` : ''}><i class="dot"></i>${verdictLabel(finish)}${finish.overdueIds?.length ? ' · overdue steps' : ''}</span>`
        : html`<span class="pill neutral">No target date set</span>`
    }
  </div>`;
}

function moves(plan: Plan) {
  const rows = whoseMove(plan);
  if (rows.length === 0) return nothing;
  return html`<h3 class="sub">Whose move</h3>
    <ul class="list">${rows.map((move, index) => {
      const next = move.open[0];
      const isNext = index === 0 && next !== undefined;
      // A party's own colour is its swatch, as it is its lane's (set as a custom property, never spliced into style text).
      return html`<li class="move side-${move.party.side} ${isNext ? 'next' : ''}" style=${styleMap(move.party.color ? { '--side': move.party.color } : {})}>
        <i class="swatch"></i>
        <div>
          <div class="move-party" title=${move.party.name}>${move.party.name}</div>
          <div class="move-step">${next ? `${next.title} · due ${formatShortDate(next.end)}` : 'Nothing open'}</div>
        </div>
        <span class="count">${move.open.length} open</span>
      </li>`;
    })}</ul>`;
}

/** Steps dated to start before a step they wait for ends: shown only when there are any. */
function outOfOrder(plan: Plan) {
  const violations = findViolations(plan.items);
  if (violations.length === 0) return nothing;
  const titles = new Map(plan.items.map((item) => [item.id, item.title]));
  const shown = violations.slice(0, LIST_LIMIT);
  return html`<h3 class="sub">Out of order <span class="n warn">${violations.length}</span></h3>
    <ul class="list">
      ${shown.map(
        (violation) => html`<li class="issue stacked">
          <span class="name" title=${titles.get(violation.to) ?? ''}>${titles.get(violation.to)}</span>
          <span class="when">starts before ${titles.get(violation.from)} ends</span>
        </li>`,
      )}
      ${violations.length > shown.length ? html`<li class="issue"><span class="when">and ${violations.length - shown.length} more</span></li>` : nothing}
    </ul>`;
}

function slipped(plan: Plan) {
  const baselined = plan.items.some((item) => item.baseline);
  const rows = plan.items
    .map((item) => ({ item, days: slipDays(item) ?? 0 }))
    .filter((row) => row.days > 0)
    .sort((a, b) => b.days - a.days);
  const note = baselined
    ? 'Nothing has slipped since the plan was agreed.'
    : // True on the buyer's page too, which has no "Agree plan" button: the seller's agreement records it.
      'No baseline yet: agreeing the plan in writing (GREEN) records one.';
  return html`<h3 class="sub">Slipped <span class="n ${rows.length > 0 ? 'warn' : ''}">${rows.length}</span></h3>
    ${
      rows.length === 0
        ? html`<p class="empty-note">${note}</p>`
        : issueList(
            rows,
            (row) => html`<span class="delta late">+${row.days} ${row.days === 1 ? 'day' : 'days'}</span>`,
          )
    }`;
}

function overdue(plan: Plan, today: ISODate) {
  const rows = plan.items.filter((item) => isOverdue(item, today)).map((item) => ({ item, days: 0 }));
  return html`<h3 class="sub">Overdue <span class="n ${rows.length > 0 ? 'warn' : ''}">${rows.length}</span></h3>
    ${
      rows.length === 0
        ? html`<p class="empty-note">Every open step still has time.</p>`
        : issueList(rows, (row) => html`<span class="when">due ${formatShortDate(row.item.end)}</span>`)
    }`;
}

function issueList<T extends { item: Item }>(rows: T[], tail: (row: T) => unknown) {
  const shown = rows.slice(0, LIST_LIMIT);
  return html`<ul class="list">
    ${shown.map((row) => html`<li class="issue"><span class="name" title=${row.item.title}>${row.item.title}</span>${tail(row)}</li>`)}
    ${rows.length > shown.length ? html`<li class="issue"><span class="when">and ${rows.length - shown.length} more</span></li>` : nothing}
  </ul>`;
}
