import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';

/** Every pointer action's keyboard path; shown by `?` and documented in the README. */
export const SHORTCUTS: [string, string][] = [
  ['Tab', 'To the steps (one stop, after the title bar and the lane names), then on to the next control'],
  ['← → ↑ ↓', 'Previous / next step in the lane; nearest step in the row above / below'],
  ['Home / End', 'First / last step'],
  ['Page Up / Page Down', 'First step of the previous / next lane'],
  ['Shift + arrows', 'Add the next step to the selection'],
  ['Space', 'Select or unselect the focused step'],
  ['Alt + ← / →', 'Move the step (or selection) a day earlier / later; with Shift a week'],
  ['Alt + Shift + ↑ / ↓', "Move the step to the previous / next party's lane"],
  ['Enter or F2', 'Edit the title (Enter saves, Escape cancels)'],
  ['N', 'New step after the focused one (waiting for it), or in the focused lane, or where you last clicked'],
  ['Shift + N', 'New step internal from the start: the buyer never sees it (seller view)'],
  ['L', 'Link: the focused step starts after the other selected one, or the one you came from'],
  ['Delete or Backspace', 'Remove the selected steps, or the selected arrow'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z or Ctrl + Y', 'Redo'],
  ['Escape', 'Cancel a drag, clear the selection, close this list'],
  ['T', 'Switch between timeline and table'],
  ['?', 'Show or hide this list'],
];

/**
 * The list shows in the page's top layer (a popover), so an element only a few lanes high, or one in a scrolled box,
 * never cuts it short.
 */
const showOnTop = ref((node) => {
  // Lit calls this before a new list is put in the page: show it once it is there.
  if (node instanceof HTMLElement)
    queueMicrotask(() => node.isConnected && !node.matches(':popover-open') && node.showPopover());
});

export function shortcutsDialog(close: () => void) {
  return html`<div class="shortcuts no-pan" popover="manual" ${showOnTop} role="dialog" aria-modal="false" aria-labelledby="mt-shortcuts-title"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      }
    }}>
    <div class="shortcuts-head"><h3 id="mt-shortcuts-title">Keyboard shortcuts</h3>
      <button type="button" class="close" aria-label="Close keyboard shortcuts" @click=${close}>✕</button></div>
    <dl>${SHORTCUTS.map(([keys, action]) => html`<dt><kbd>${keys}</kbd></dt><dd>${action}</dd>`)}</dl>
  </div>`;
}
