import type { ViewRect } from './tab-stop.js';

/** The share of the view's size, each way, that a drawn window must still hold beyond the view to be kept. */
const SPARE = 0.25;

/**
 * The part of the timeline to draw: the window drawn before while it still holds the view with a quarter of the
 * view's width and height to spare on every side, else `fresh` (the view with its margin, see `visibleWindow`).
 * Scrolling a few pixels then draws the very same steps and arrows, which the render keeps as they are, instead of a
 * window moved by those pixels that adds and drops nodes at its edges on every frame.
 */
export function keptWindow(drawn: ViewRect | undefined, fresh: ViewRect, view: ViewRect): ViewRect {
  if (!drawn) return fresh;
  const across = (view.right - view.left) * SPARE;
  // A view that is not culled vertically (top and bottom infinite) is held only by a window that is not either.
  const down = (view.bottom - view.top) * SPARE;
  const holds =
    drawn.left <= view.left - across &&
    drawn.right >= view.right + across &&
    drawn.top <= view.top - down &&
    drawn.bottom >= view.bottom + down;
  return holds ? drawn : fresh;
}
