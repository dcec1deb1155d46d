import { gantt } from 'dhtmlx-gantt';
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import { installBench, type Chart } from './harness.js';
import { DAY_WIDTH, exclusiveEnd, localDate, shiftDays } from './plans.js';

installBench('dhtmlx-gantt', (box, plan): Chart => {
  const data = plan.items.map((item) => ({
    id: item.id, text: item.title, start_date: localDate(item.start), end_date: exclusiveEnd(item), party: item.partyId,
    ...(item.kind === 'milestone' ? { type: 'milestone', duration: 0 } : {}),
  }));
  let linkId = 0;
  const links = plan.items.flatMap((item) => (item.dependsOn ?? []).map((from) => ({ id: `l${(linkId += 1)}`, source: from, target: item.id, type: '0' })));
  return {
    render() {
      gantt.config.min_column_width = DAY_WIDTH;
      gantt.config.scales = [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'day', step: 1, format: '%j' }];
      gantt.config.smart_rendering = true;
      gantt.init(box);
      gantt.parse({ data, links });
    },
    edit(id, start, end) {
      const task = gantt.getTask(id);
      task.start_date = localDate(start);
      task.end_date = localDate(shiftDays(end, 1));
      gantt.updateTask(id);
    },
    stepSelector: '.gantt_task_line',
    stepNode: (id) => box.querySelector(`.gantt_task_line[data-task-id="${CSS.escape(id)}"]`),
    // Smart rendering only draws rows in view.
    reveal: (id) => gantt.showTask(id),
  };
});
