import { css } from 'lit';

/** The keyboard shortcut list's styles, adopted when the list is first opened. */
export const shortcutsStyles = css`
  /* In the top layer (a popover): in the middle of the window, whatever the element's own size. */
  .shortcuts { position: fixed; inset: 0; margin: auto; height: fit-content; width: min(460px, calc(100vw - 24px)); max-height: min(80vh, 720px); overflow: auto;
    background: var(--mt-bg); color: var(--mt-text); border: 1px solid var(--mt-border); border-radius: 10px; box-shadow: 0 12px 32px rgba(15, 23, 42, 0.22); padding: 12px 16px; }
  .shortcuts-head { display: flex; align-items: center; justify-content: space-between; }
  .shortcuts h3 { margin: 0; font-size: calc(14px * var(--mt-font-scale)); }
  .shortcuts .close { border: none; background: none; color: var(--mt-muted); font-size: calc(16px * var(--mt-font-scale)); cursor: pointer; padding: 4px 8px; border-radius: 6px; }
  .shortcuts dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; margin: 10px 0 0; font-size: calc(12.5px * var(--mt-font-scale)); }
  .shortcuts dt { margin: 0; }
  .shortcuts dd { margin: 0; color: var(--mt-muted); }
  kbd { font: 600 11.5px var(--mt-font); background: var(--mt-surface); border: 1px solid var(--mt-grid-strong); border-radius: 4px; padding: 1px 6px; white-space: nowrap; }
`;
