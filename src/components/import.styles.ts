import { css } from 'lit';

/** The import's drop hint and preview dialog (a modal dialog, drawn in the page's top layer with the element's theme). */
export const importStyles = css`
  .import-drop { position: absolute; inset: 0; z-index: 20; display: grid; place-items: center; padding: 24px;
    background: color-mix(in srgb, var(--mt-bg) 78%, transparent); border: 2px dashed var(--mt-focus); border-radius: inherit; }
  .import-drop-card { pointer-events: none; display: flex; flex-direction: column; gap: 6px; max-width: 360px; padding: 18px 22px; text-align: center;
    background: var(--mt-bg); color: var(--mt-muted); border: 1px solid var(--mt-border); border-radius: 12px;
    box-shadow: 0 12px 32px rgba(15, 23, 42, 0.18); font-size: calc(13px * var(--mt-font-scale)); line-height: 1.45; }
  .import-drop-card strong { color: var(--mt-text); font-size: calc(15px * var(--mt-font-scale)); }

  .import-dialog { width: min(1240px, calc(100vw - 48px)); height: min(820px, calc(100vh - 48px)); max-width: none; max-height: none;
    padding: 0; border: 1px solid var(--mt-border); border-radius: 14px; background: var(--mt-bg); color: var(--mt-text);
    font-family: var(--mt-font); font-size: calc(13px * var(--mt-font-scale)); box-shadow: 0 24px 64px rgba(15, 23, 42, 0.35);
    box-sizing: border-box; overflow: hidden; }
  .import-dialog[open] { display: flex; flex-direction: column; }
  .import-dialog::backdrop { background: rgba(15, 23, 42, 0.5); }
  .import-dialog[aria-busy='true'] .import-body { opacity: 0.65; }
  .focus-edge { position: absolute; width: 1px; height: 1px; overflow: hidden; }

  .import-head { display: flex; align-items: flex-start; gap: 16px; padding: 16px 20px 14px; border-bottom: 1px solid var(--mt-border); }
  .import-heading { flex: 1; min-width: 0; }
  .import-head h2 { margin: 0; font-size: calc(17px * var(--mt-font-scale)); font-weight: 650; letter-spacing: -0.01em;
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .import-summary { margin: 4px 0 0; color: var(--mt-muted); font-variant-numeric: tabular-nums; }
  .import-close { border: none; background: none; color: var(--mt-muted); font-size: calc(16px * var(--mt-font-scale)); cursor: pointer;
    padding: 4px 8px; border-radius: 6px; }
  .import-close:hover { background: var(--mt-surface); color: var(--mt-text); }

  .import-body { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) 340px; }
  .import-main { display: flex; flex-direction: column; gap: 14px; min-height: 0; padding: 16px 20px; overflow: auto; }
  .import-preview { flex: 0 1 auto; display: flex; min-height: 240px; }
  .import-timeline { flex: 1; min-width: 0; }
  .import-nothing { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 6px; padding: 24px;
    text-align: center; color: var(--mt-muted); border: 1px dashed var(--mt-grid-strong); border-radius: 10px; background: var(--mt-surface); }
  .import-nothing strong { color: var(--mt-text); font-size: calc(14px * var(--mt-font-scale)); }
  .import-side { display: flex; flex-direction: column; gap: 18px; padding: 16px 20px; overflow: auto; border-left: 1px solid var(--mt-border);
    background: var(--mt-surface); }

  .import-section { margin: 0; padding: 0; border: none; min-width: 0; }
  .import-section h3, .import-section legend { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; padding: 0;
    font-size: calc(12px * var(--mt-font-scale)); font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--mt-muted); }
  .import-count { font-size: calc(11px * var(--mt-font-scale)); font-weight: 650; letter-spacing: 0; text-transform: none; padding: 1px 8px; border-radius: 999px; }
  .import-count.error { color: var(--mt-red-text); background: var(--mt-red-bg); }
  .import-count.warning { color: var(--mt-amber-text); background: var(--mt-amber-bg); }
  .import-issues { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
  .import-issue { display: flex; gap: 10px; align-items: flex-start; padding: 8px 10px; border-radius: 8px; line-height: 1.45;
    border: 1px solid var(--mt-border); background: var(--mt-bg); }
  .import-issue.error { border-color: color-mix(in srgb, var(--mt-late) 45%, transparent); background: color-mix(in srgb, var(--mt-red-bg) 60%, var(--mt-bg)); }
  .import-issue.warning { border-color: color-mix(in srgb, var(--mt-amber) 40%, transparent); }
  .issue-icon { flex: 0 0 18px; height: 18px; display: grid; place-items: center; border-radius: 50%; margin-top: 1px;
    font-size: 11px; font-weight: 800; color: var(--mt-pill-text); background: var(--mt-faint); }
  .import-issue.error .issue-icon { background: var(--mt-late); }
  .import-issue.warning .issue-icon { background: var(--mt-amber); }
  .import-issue.info .issue-icon { background: var(--mt-today); font-style: italic; font-family: Georgia, serif; }
  .import-quiet, .import-hint { margin: 0; color: var(--mt-muted); line-height: 1.45; }
  .import-hint { margin-bottom: 8px; }

  .import-grid { display: grid; grid-template-columns: minmax(0, 118px) minmax(0, 1fr); gap: 6px 10px; align-items: center; }
  .import-label { color: var(--mt-text); font-weight: 550; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .import-select { font: inherit; font-size: calc(12.5px * var(--mt-font-scale)); color: var(--mt-text); background: var(--mt-bg); width: 100%; min-width: 0;
    border: 1px solid var(--mt-grid-strong); border-radius: 6px; padding: 3px 6px; min-height: 28px; box-sizing: border-box; }
  .import-lane { display: flex; align-items: center; gap: 6px; min-width: 0; }
  .lane-dot { flex: 0 0 10px; height: 10px; border-radius: 50%; background: var(--side); }
  .import-radio { display: flex; gap: 8px; align-items: center; padding: 4px 0; cursor: pointer; color: var(--mt-text); }
  .import-radio input { margin: 0; accent-color: var(--mt-focus); }
  .import-example { color: var(--mt-faint); font-variant-numeric: tabular-nums; }
  .import-dates { padding: 10px 12px; border: 1px solid color-mix(in srgb, var(--mt-amber) 45%, transparent); border-radius: 10px; background: var(--mt-bg); }
  .import-dates legend { float: left; width: 100%; }

  .import-foot { display: flex; align-items: center; gap: 10px; padding: 12px 20px; border-top: 1px solid var(--mt-border); }
  .import-note { flex: 1; margin: 0; color: var(--mt-muted); line-height: 1.4; }
  .import-note.error { color: var(--mt-red-text); font-weight: 600; }
  .import-button { font: 600 calc(13px * var(--mt-font-scale)) var(--mt-font); color: var(--mt-text); background: var(--mt-bg);
    border: 1px solid var(--mt-grid-strong); border-radius: 8px; padding: 7px 16px; cursor: pointer; white-space: nowrap; }
  .import-button:hover:not(:disabled) { background: var(--mt-surface); }
  .import-button.primary { color: var(--mt-pill-text); background: var(--mt-focus); border-color: var(--mt-focus); }
  .import-button.primary:hover:not(:disabled) { background: color-mix(in srgb, var(--mt-focus) 85%, var(--mt-text)); }
  .import-button:disabled { opacity: 0.45; cursor: not-allowed; }
  .import-dialog :focus-visible { outline: 2px solid var(--mt-focus); outline-offset: 2px; }
`;
