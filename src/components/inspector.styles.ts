import { css } from 'lit';

/** The side panel (step, lane and plan details), adopted when a panel first opens. */
export const inspectorStyles = css`
  .inspector { flex: 0 0 clamp(260px, 26%, 340px); overflow: auto; border-left: 1px solid var(--mt-border); background: var(--mt-surface);
    font-size: calc(12px * var(--mt-font-scale)); color: var(--mt-muted); }
  /* The empty plan's hint stays over the timeline, left of the open panel. */
  .workspace:has(> .inspector) > .empty-room { padding-right: calc(clamp(260px, 26%, 340px) + 24px); }
  .inspector form { display: flex; flex-direction: column; gap: 10px; padding: 12px 14px 16px; }
  .inspector-head { display: flex; align-items: flex-start; gap: 8px; }
  /* A title of any length leaves the fields in sight: three lines at most, all of it in the Title field below. */
  .inspector-head h3 { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
  .inspector h3 { flex: 1; margin: 4px 0 0; font-size: calc(14px * var(--mt-font-scale)); font-weight: 650; color: var(--mt-text); overflow-wrap: anywhere; }
  .inspector .close { border: none; background: none; color: var(--mt-muted); font-size: calc(15px * var(--mt-font-scale)); cursor: pointer; padding: 2px 6px; border-radius: 6px; }
  .field { display: flex; flex-direction: column; gap: 3px; min-width: 0; flex: 1; }
  .field-label { font-weight: 600; }
  /* Side-by-side fields share three rows (label, control, note), so a note under one field never moves its
     neighbour's control; a button in the row sits level with the controls. */
  .field-row { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); column-gap: 10px; row-gap: 3px;
    align-items: start; }
  .field-row:has(> .field) { grid-template-rows: auto auto auto; }
  .field-row:has(> button) { grid-auto-columns: minmax(0, 1fr) auto; }
  .field-row > .field { grid-row: span 3; display: grid; grid-template-rows: subgrid; gap: 3px; }
  .field-row:has(> .field) > button { grid-row: 2; align-self: center; }
  .field-row:not(:has(> .field)) { display: flex; }
  /* Kind takes what its list needs, but a message under it wraps instead of pushing Lane out of the row. */
  .lane-kind { grid-auto-columns: minmax(0, 1fr) fit-content(50%); }
  /* A date field does not shrink below its digits and calendar button: two side by side while both fit whole, else
     one under the other, each with room for its message. */
  .field-row.dates { grid-auto-flow: row; grid-template-columns: repeat(auto-fit, minmax(calc(10.5em * var(--mt-font-scale)), 1fr)); }
  .inspector input:not([type='checkbox']):not([type='color']), .inspector select, .inspector textarea, .inspector button.secondary,
  .inspector button.danger { font: inherit; font-size: calc(12.5px * var(--mt-font-scale)); color: var(--mt-text); background: var(--mt-bg);
    border: 1px solid var(--mt-grid-strong); border-radius: 6px; padding: 4px 8px; min-height: 30px; box-sizing: border-box; width: 100%; }
  .inspector button.secondary, .inspector button.danger { width: auto; cursor: pointer; font-weight: 600; white-space: nowrap; }
  .inspector button:disabled { opacity: 0.5; cursor: default; }
  .inspector button.danger { color: var(--mt-red-text); border-color: color-mix(in srgb, var(--mt-red-text) 45%, transparent); }
  .inspector textarea { resize: vertical; min-height: 64px; line-height: 1.4; }
  .inspector input[type='color'] { width: 48px; height: 30px; padding: 2px; border: 1px solid var(--mt-grid-strong); border-radius: 6px; background: var(--mt-bg); }
  .inspector [aria-invalid='true'] { border-color: var(--mt-late); }
  .inspector :focus-visible { outline: 2px solid var(--mt-focus); outline-offset: 1px; }
  .field-error { color: var(--mt-red-text); font-weight: 600; overflow-wrap: anywhere; }
  .field-hint, .rule { color: var(--mt-faint); margin: 0; line-height: 1.4; }
  .inspector fieldset { border: 1px solid var(--mt-border); border-radius: 8px; margin: 0; padding: 8px 10px 10px; display: flex; flex-direction: column; gap: 8px; }
  .inspector legend { font-weight: 650; color: var(--mt-text); padding: 0 4px; }
  .inspector ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
  .inspector li { display: flex; align-items: center; gap: 6px; padding: 3px 4px 3px 8px; border-radius: 6px; background: var(--mt-bg); color: var(--mt-text); }
  .inspector li span { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .chip-remove { border: none; background: none; color: var(--mt-muted); cursor: pointer; border-radius: 4px; padding: 2px 6px; }
  .chip-remove:hover { color: var(--mt-red-text); background: var(--mt-red-bg); }
  .check { display: flex; gap: 8px; align-items: flex-start; line-height: 1.35; }
  .check input { margin: 2px 0 0; }
  .weekdays { display: flex; flex-wrap: wrap; gap: 4px; }
  .weekdays .day { display: inline-flex; align-items: center; gap: 3px; padding: 2px 6px; border: 1px solid var(--mt-grid-strong); border-radius: 6px; background: var(--mt-bg); color: var(--mt-text); }
  .inspector .actions { display: flex; justify-content: flex-end; }
  .inspector .tag { font-size: calc(10.5px * var(--mt-font-scale)); font-weight: 600; color: var(--mt-muted); background: var(--mt-grid); padding: 1px 6px; border-radius: 4px; vertical-align: middle; }
`;
