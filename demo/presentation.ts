/**
 * Presentation mode for meetings: full screen, no side panel, larger rows. Leaving full screen (Esc) leaves the
 * mode too; without full screen (refused, or `?present=1`, which starts in the mode: browsers allow full screen only
 * after a click), Escape leaves it unless the timeline used the key (to clear a selection, close a panel, cancel a drag).
 */
export function wirePresentation(options: {
  buttons: HTMLButtonElement[];
  initial: boolean;
  onChange: (presenting: boolean) => void;
}): void {
  const { buttons, initial, onChange } = options;
  const set = (presenting: boolean): void => {
    if (document.body.classList.contains('presenting') === presenting) return;
    document.body.classList.toggle('presenting', presenting);
    for (const button of buttons) button.setAttribute('aria-pressed', String(presenting));
    onChange(presenting);
    // The button pressed is hidden in the other mode (Present in the top bar, Exit over the stage): keyboard focus
    // moves to the one now shown instead of falling to the page.
    const focused = document.activeElement;
    if (buttons.includes(focused as HTMLButtonElement)) buttons.find((button) => button.checkVisibility())?.focus();
  };

  if (initial) set(true);
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const presenting = !document.body.classList.contains('presenting');
      set(presenting);
      if (presenting && document.fullscreenEnabled && !document.fullscreenElement) {
        await document.documentElement.requestFullscreen().catch(() => undefined);
      } else if (!presenting && document.fullscreenElement) {
        await document.exitFullscreen().catch(() => undefined);
      }
    });
  }
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement) set(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !document.fullscreenElement) set(false);
  });
}
