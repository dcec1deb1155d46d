export { default } from 'frappe-gantt';
import 'frappe-gantt/dist/frappe-gantt.css';
