/**
 * The standalone SVG is drawn in `../export/`; `src/io/` only moves bytes. This re-export keeps the element's
 * imports working until they name `../export/svg-document.js` themselves.
 */
export { DEFAULT_EXPORT_WIDTH, fontFamilyOf, svgExport, type ExportSource, type SvgExport, type SvgExportOptions } from '../export/svg-document.js';
