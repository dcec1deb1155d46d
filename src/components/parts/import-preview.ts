// The import preview's chunk: the dialog, the drop hint and their styles, loaded on the first drag of a file or
// preview.
export { ImportDialog } from '../../controllers/import-dialog.js';
export { dropHint } from '../../render/import-preview.js';
export { importStyles as styles } from '../import.styles.js';
