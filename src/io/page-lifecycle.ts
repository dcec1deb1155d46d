/**
 * Calls `callback` when the page may be about to go away: on `pagehide`, and when the document becomes hidden
 * (the last moment mobile browsers reliably run script). With `first`, before the listeners added without it (they
 * listen on the window in the capture phase): a field's typing is committed before the saves are flushed. Returns a
 * function that removes the listeners.
 */
export function onPageHidden(callback: () => void, { first = false }: { first?: boolean } = {}): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onPageHide = (): void => callback();
  const onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') callback();
  };
  const visibilityTarget: EventTarget = first ? window : document;
  window.addEventListener('pagehide', onPageHide, { capture: first });
  visibilityTarget.addEventListener('visibilitychange', onVisibilityChange, { capture: first });
  return () => {
    window.removeEventListener('pagehide', onPageHide, { capture: first });
    visibilityTarget.removeEventListener('visibilitychange', onVisibilityChange, { capture: first });
  };
}
