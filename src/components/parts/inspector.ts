// The inspector panel's chunk: its code and its styles, loaded when a panel first opens.
export { inspectorPanel } from '../../controllers/inspector-panel.js';
export { inspectorStyles as styles } from '../inspector.styles.js';
export { warmDateInput as warm } from '../../render/inspector/warm-date-input.js';
