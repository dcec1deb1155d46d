/** The type the timeline is set in unless the host's `--mt-font` names another. */
export const DEFAULT_FONT_FAMILY =
  "'Inter', 'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif";
