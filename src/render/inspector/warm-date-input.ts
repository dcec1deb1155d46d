/** Whether this page has created and laid out a date field yet. */
let warmed = false;

/**
 * A page's first date field costs the browser tens of milliseconds to create and as many to lay out (what editing a
 * date needs, loaded once per page): a hidden one, laid out once while the page is idle, pays that ahead, so that
 * the step panel's first opening, on a click in a meeting, does not.
 */
export function warmDateInput(root: HTMLElement | DocumentFragment): void {
  // A root out of the document lays nothing out: the next element to be idle on the page does it then.
  if (warmed || !root.isConnected) return;
  warmed = true;
  const input = document.createElement('input');
  input.type = 'date';
  input.tabIndex = -1;
  input.style.cssText = 'position: fixed; left: -10000px; top: 0; visibility: hidden; pointer-events: none';
  root.appendChild(input);
  input.getBoundingClientRect();
  input.remove();
}
