/**
 * Calls `callback` when the page may be about to go away: on `pagehide`, and when the document becomes hidden
 * (the last moment mobile browsers reliably run script). Returns a function that removes the listeners.
 */
export function onPageHidden(callback: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onPageHide = (): void => callback();
  const onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') callback();
  };
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
