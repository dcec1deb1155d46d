import { repeat } from 'lit/directives/repeat.js';
import { html } from 'lit';
import { isOverdue } from '../model/analysis.js';
import { awaitsDecision } from '../model/status.js';
import { formatShortDate } from '../model/dates.js';
import type { ISODate, Item, Plan } from '../model/types.js';
import {
  COLUMNS,
  cellValue,
  type CellLookups,
  type SortedRows,
  type TableColumn,
  type TableSort,
} from './table-sort.js';

/** Which rows to put in the DOM: `[start, end)` of the sorted list, each `rowHeight` pixels high. */
export interface RowRange {
  start: number;
  end: number;
  rowHeight: number;
}

/** The table view's state, owned by the element: the sort, the rows in order and the part of them near the scroll position. */
export interface TableState {
  sort: TableSort;
  sortBy(column: TableColumn): void;
  rows: SortedRows;
  range: RowRange;
}

export interface TableProps {
  plan: Plan;
  table: TableState;
  selection: ReadonlySet<string>;
  focusedId: string | undefined;
  today: ISODate;
}

type Entry = { item: Item; index: number } | { gap: number; key: string };

/**
 * The rows to draw: those in the range, plus the row holding the Tab stop wherever it is (keyboard focus and the
 * screen reader stay on it while it is scrolled away), with spacers standing in for the rest at their real height.
 */
function entries(rows: SortedRows, range: RowRange, tabStop: number | undefined): Entry[] {
  const count = rows.items.length;
  const start = Math.max(0, Math.min(range.start, count));
  const end = Math.max(start, Math.min(range.end, count));
  const indices: number[] = [];
  if (tabStop !== undefined && tabStop < start) indices.push(tabStop);
  for (let index = start; index < end; index += 1) indices.push(index);
  if (tabStop !== undefined && tabStop >= end) indices.push(tabStop);
  const list: Entry[] = [];
  let next = 0;
  for (const index of indices) {
    if (index > next) list.push({ gap: (index - next) * range.rowHeight, key: `gap:${rows.items[index]!.id}` });
    list.push({ item: rows.items[index]!, index });
    next = index + 1;
  }
  if (count > next) list.push({ gap: (count - next) * range.rowHeight, key: 'gap:end' });
  return list;
}

function row(item: Item, index: number, props: TableProps, lookups: CellLookups, tabStop: string | undefined) {
  const selected = props.selection.has(item.id);
  const overdue = isOverdue(item, props.today);
  return html`<tr data-item-id=${item.id} data-step=${item.id} tabindex=${item.id === tabStop ? 0 : -1} aria-rowindex=${index + 2}
    aria-selected=${selected ? 'true' : 'false'} class=${[selected ? 'selected' : '', overdue ? 'overdue' : ''].join(' ')}>
    ${COLUMNS.map(([column]) => {
      if (column === 'start' || column === 'end')
        return html`<td class=${`col-${column}`}><time datetime=${item[column]}>${formatShortDate(item[column], true)}</time></td>`;
      // A cell cut short by its column shows the whole text on hover.
      const text = cellValue(item, column, lookups);
      // A step's title gives way to its tags, which say what its bar shows (a long title ends in "…" before them).
      if (column === 'title')
        return html`<td class="col-title" title=${text}><div class="title-cell"><span class="title-text">${text}</span>${titleTags(item, overdue, lookups)}</div></td>`;
      return html`<td class=${`col-${column}`} title=${text}>${text}</td>`;
    })}
  </tr>`;
}

/** What the timeline shows on a step beyond its title: overdue, internal (the lock), and "if yes" (a dashed bar). */
function titleTags(item: Item, overdue: boolean, lookups: CellLookups) {
  const decision = item.ifYes === undefined ? undefined : lookups.steps.get(item.ifYes);
  const ifYes = awaitsDecision(item, (id) => lookups.steps.get(id))
    ? html`<span class="tag if-yes" title=${decision ? `Holds only if “${decision.title}” is yes` : 'Holds only on a yes'}>if yes</span>`
    : '';
  return html`${overdue ? html`<span class="tag overdue">overdue</span>` : ''}${item.internal ? html`<span class="tag internal" title="Internal: hidden from the buyer">internal</span>` : ''}${ifYes}`;
}

/**
 * The plan as a sortable table: the same steps, selection and keyboard commands as the timeline. Only the rows near
 * the scroll position are in the DOM; spacers keep the scroll height of the whole list.
 */
export function tableTemplate(props: TableProps) {
  const { plan, table } = props;
  const { sort, rows } = table;
  const focused = props.focusedId === undefined ? undefined : rows.position(props.focusedId);
  const tabIndex = focused ?? (rows.items.length > 0 ? 0 : undefined);
  const tabStop = tabIndex === undefined ? undefined : rows.items[tabIndex]!.id;
  const { lookups } = rows;
  return html`<div class="table-wrap">
    <table class="steps-table" aria-rowcount=${rows.items.length + 1}>
      <caption>${plan.title}: ${rows.items.length} steps</caption>
      <colgroup>${COLUMNS.map(([column]) => html`<col class=${`col-${column}`}>`)}</colgroup>
      <thead><tr aria-rowindex="1">${COLUMNS.map(
        ([column, label]) => html`<th scope="col"
        aria-sort=${sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" class="sort" @click=${() => table.sortBy(column)}>${label}<span aria-hidden="true">${sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span></button></th>`,
      )}
      </tr></thead>
      <tbody>${repeat(
        entries(rows, table.range, tabIndex),
        (entry) => ('gap' in entry ? entry.key : entry.item.id),
        (entry) =>
          'gap' in entry
            ? html`<tr class="spacer" aria-hidden="true"><td colspan=${COLUMNS.length} style=${`height:${entry.gap}px`}></td></tr>`
            : row(entry.item, entry.index, props, lookups, tabStop),
      )}</tbody>
    </table>
  </div>`;
}
