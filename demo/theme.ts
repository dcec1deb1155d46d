/**
 * The page follows the OS colour scheme by itself (see styles/tokens.css); `?theme=light|dark` pins one,
 * e.g. for screenshots.
 */
export function applyTheme(theme: 'light' | 'dark' | undefined): void {
  if (theme) document.documentElement.dataset['theme'] = theme;
  else delete document.documentElement.dataset['theme'];
}
