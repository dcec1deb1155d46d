import Gantt from 'frappe-gantt';
import 'frappe-gantt/dist/frappe-gantt.css';
import { installBench, type Chart } from './harness.js';
import { DAY_WIDTH } from './plans.js';

installBench('frappe-gantt', (box, plan): Chart => {
  // One row per step (frappe has no lanes); dependencies as its comma-separated string.
  const tasks = plan.items.map((item) => ({
    id: item.id, name: item.title, start: item.start, end: item.end, progress: 0,
    dependencies: (item.dependsOn ?? []).join(', '),
    ...(item.kind === 'milestone' ? { custom_class: 'milestone' } : {}),
  }));
  let gantt: Gantt | undefined;
  return {
    render() {
      gantt = new Gantt(box, tasks, {
        view_mode: 'Day', column_width: DAY_WIDTH, container_height: box.clientHeight, scroll_to: 'start',
        popup_on: 'hover', today_button: false, view_mode_select: false, move_dependencies: true,
      });
    },
    edit(id, start, end) {
      gantt!.update_task(id, { start, end });
    },
    stepSelector: '.bar-wrapper',
    stepNode: (id) => box.querySelector(`.bar-wrapper[data-id="${CSS.escape(id)}"] .bar`),
  };
});
