// The table view's chunk: its sorting, row windowing, template and styles, loaded when the table is first shown.
export { TableView } from '../../controllers/table-view.js';
export { tableStyles as styles } from '../table.styles.js';
