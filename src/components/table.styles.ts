import { css } from 'lit';

/** The table view's styles, adopted when the table is first shown. */
export const tableStyles = css`
  .table-view { overflow-anchor: none; }
  .table-wrap { padding: 0 0 16px; }
  /* Fixed columns and one-line cells: every row is as high as the next, so rows far from view can be left out. */
  /* Dates, kind and status get the room their longest words take ("16 Nov 2026", "Milestone", "In progress"); the
     text columns share the rest, the dependencies taking what is left. */
  .steps-table { width: 100%; min-width: calc(960px * var(--mt-font-scale)); table-layout: fixed; border-collapse: collapse; font-size: calc(13px * var(--mt-font-scale)); font-variant-numeric: tabular-nums; }
  .steps-table col.col-title { width: 22%; }
  .steps-table col.col-party, .steps-table col.col-owner { width: 13%; }
  .steps-table col.col-kind { width: 7.2em; }
  .steps-table col.col-start, .steps-table col.col-end { width: 8.6em; }
  .steps-table col.col-status { width: 8em; }
  .steps-table caption { text-align: left; padding: 10px 16px; font-weight: 600; color: var(--mt-muted); font-size: calc(12px * var(--mt-font-scale)); }
  .steps-table th { position: sticky; top: 0; background: var(--mt-bg); text-align: left; border-bottom: 1px solid var(--mt-grid-strong); padding: 0; }
  .steps-table .sort { font: 600 12px var(--mt-font); color: var(--mt-text); background: none; border: none; padding: 8px 12px; cursor: pointer; width: 100%; text-align: left; }
  .steps-table td { padding: 7px 12px; border-bottom: 1px solid var(--mt-grid); color: var(--mt-text);
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .steps-table tr.spacer td { padding: 0; border: 0; }
  .steps-table tbody tr { cursor: pointer; }
  .steps-table tbody tr:hover { background: var(--mt-surface); }
  .steps-table tr.selected { background: color-mix(in srgb, var(--mt-focus) 10%, var(--mt-bg)); }
  .steps-table tr:focus { outline: 2px solid var(--mt-focus); outline-offset: -2px; }
  .steps-table .col-title { font-weight: 600; }
  /* Scrolled sideways (a narrow view, the step panel open), each row still says which step it is. */
  .steps-table td.col-title, .steps-table th:first-child { position: sticky; left: 0; z-index: 1; background: var(--mt-bg);
    box-shadow: 1px 0 0 var(--mt-grid); }
  .steps-table th:first-child { z-index: 2; }
  .steps-table tbody tr:hover td.col-title { background: var(--mt-surface); }
  .steps-table tr.selected td.col-title { background: color-mix(in srgb, var(--mt-focus) 10%, var(--mt-bg)); }
  .steps-table tr:focus td.col-title { box-shadow: inset 2px 2px 0 var(--mt-focus), inset 0 -2px 0 var(--mt-focus); }
  .steps-table .title-cell { display: flex; align-items: center; gap: 4px; min-width: 0; }
  .steps-table .title-text { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
  .steps-table .title-cell .tag { flex: none; }
  /* As the timeline draws a step that holds only on a yes: dashed. */
  .steps-table .tag.if-yes { border-style: dashed; }
`;
