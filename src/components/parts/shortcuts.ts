// The keyboard shortcut list's chunk: its template and styles, loaded when the list is first opened.
export { shortcutsDialog } from '../../render/shortcuts.js';
export { shortcutsStyles as styles } from '../shortcuts.styles.js';
