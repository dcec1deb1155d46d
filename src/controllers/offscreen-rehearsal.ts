import { render } from 'lit';

/**
 * Draws `content` once where nobody sees it, inside `root` (so the same styles apply), lays it out, and takes it away
 * again. A part's first drawing costs several times what the next ones do: its templates are prepared, its code runs
 * for the first time, and the browser styles and lays out elements it has not met on this page yet. Done in an idle
 * moment, that cost is not paid on the click that first opens the part, in a meeting.
 */
export function rehearseOffscreen(
  root: HTMLElement | DocumentFragment,
  content: unknown,
  size: { width: number; height: number },
): void {
  if (!root.isConnected) return;
  const stage = document.createElement('div');
  // Inert and hidden from assistive technology: nothing in it can be focused, clicked or read while it is there.
  stage.inert = true;
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText =
    `position: fixed; left: -100000px; top: 0; width: ${size.width}px; height: ${size.height}px; ` +
    'display: flex; visibility: hidden; pointer-events: none; overflow: hidden';
  root.appendChild(stage);
  try {
    render(content, stage);
    stage.getBoundingClientRect();
  } finally {
    render(null, stage);
    stage.remove();
  }
}
