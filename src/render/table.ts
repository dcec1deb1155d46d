import { repeat } from 'lit/directives/repeat.js';
import { html } from 'lit';
import { isOverdue } from '../model/analysis.js';
import { formatShortDate } from '../model/dates.js';
import type { ISODate, Item, Plan } from '../model/types.js';

export type TableColumn = 'title' | 'party' | 'kind' | 'owner' | 'start' | 'end' | 'status' | 'dependsOn';
export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

const COLUMNS: [TableColumn, string][] = [
  ['title', 'Step'], ['party', 'Party'], ['kind', 'Kind'], ['owner', 'Owner'], ['start', 'Start'], ['end', 'End'],
  ['status', 'Status'], ['dependsOn', 'Depends on'],
];

/** The text a cell shows, which is also what it sorts by (dates sort as written, YYYY-MM-DD). */
function cellValue(item: Item, column: TableColumn, plan: Plan): string {
  switch (column) {
    case 'party': return plan.parties.find((party) => party.id === item.partyId)?.name ?? '';
    case 'owner': return [item.owner, item.role].filter(Boolean).join(', ');
    case 'status': return item.status ?? 'todo';
    case 'dependsOn': return (item.dependsOn ?? []).map((id) => plan.items.find((other) => other.id === id)?.title ?? id).join(', ');
    default: return String(item[column] ?? '');
  }
}

/** Steps in table order: by the sorted column, ties by start date and then plan order. */
export function sortedItems(items: readonly Item[], plan: Plan, sort: TableSort): Item[] {
  const order = new Map(items.map((item, index) => [item.id, index]));
  return [...items].sort((a, b) => {
    const byColumn = cellValue(a, sort.column, plan).localeCompare(cellValue(b, sort.column, plan), undefined, { numeric: true });
    const result = byColumn || a.start.localeCompare(b.start) || order.get(a.id)! - order.get(b.id)!;
    return sort.descending ? -result : result;
  });
}

export interface TableProps {
  plan: Plan;
  items: Item[];
  sort: TableSort;
  selection: ReadonlySet<string>;
  focusedId: string | undefined;
  today: ISODate;
  onSort: (column: TableColumn) => void;
}

/** The plan as a sortable table: the same steps, selection and keyboard commands as the timeline. */
export function tableTemplate(props: TableProps) {
  const { plan, sort } = props;
  const rows = sortedItems(props.items, plan, sort);
  const tabStop = rows.some((item) => item.id === props.focusedId) ? props.focusedId : rows[0]?.id;
  return html`<div class="table-wrap">
    <table class="steps-table" aria-rowcount=${rows.length + 1}>
      <caption>${plan.title}: ${rows.length} steps</caption>
      <thead><tr>${COLUMNS.map(([column, label]) => html`<th scope="col"
        aria-sort=${sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" class="sort" @click=${() => props.onSort(column)}>${label}<span aria-hidden="true">${sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span></button></th>`)}
      </tr></thead>
      <tbody>${repeat(rows, (item) => item.id, (item) => html`<tr data-item-id=${item.id} data-step=${item.id} tabindex=${item.id === tabStop ? 0 : -1}
        aria-selected=${props.selection.has(item.id) ? 'true' : 'false'} class=${[props.selection.has(item.id) ? 'selected' : '', isOverdue(item, props.today) ? 'overdue' : ''].join(' ')}>
        ${COLUMNS.map(([column]) => html`<td class=${`col-${column}`}>${column === 'start' || column === 'end'
          ? html`<time datetime=${item[column]}>${formatShortDate(item[column], true)}</time>`
          : cellValue(item, column, plan)}${column === 'title' && isOverdue(item, props.today) ? html` <span class="tag overdue">overdue</span>` : ''}${column === 'title' && item.internal ? html` <span class="tag">internal</span>` : ''}</td>`)}
      </tr>`)}</tbody>
    </table>
  </div>`;
}
