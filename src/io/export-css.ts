/**
 * The export stylesheet is built in `../export/`; `src/io/` only moves bytes. This re-export keeps the element's
 * imports working until they name `../export/stylesheet.js` themselves.
 */
export { cssTextOf } from '../export/stylesheet.js';
