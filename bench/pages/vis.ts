import * as vis from 'vis-timeline/standalone';
import type { DataSet as VisDataSet } from 'vis-data';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { installBench, painted, type Chart, type CrossLane } from './harness.js';
import { DAY_WIDTH, exclusiveEnd, localDate, shiftDays } from './plans.js';

const GROUP_LABEL_WIDTH = 80;
// The standalone build carries vis-data inside and exports its DataSet, which its type declarations leave out.
const { DataSet } = vis as unknown as { DataSet: typeof VisDataSet };
const { Timeline } = vis;

installBench('vis-timeline', (box, plan): Chart => {
  const groups = new DataSet(plan.parties.map((party) => ({ id: party.id, content: party.name })));
  // Items carry their id as a class: vis draws no id attribute to find a step's node by.
  const items = new DataSet(plan.items.map((item) => ({
    id: item.id, group: item.partyId, content: item.title, className: `step-${item.id}`, start: localDate(item.start),
    ...(item.kind === 'task' ? { end: exclusiveEnd(item) } : { type: 'point' }),
  })));
  const visibleDays = Math.floor((box.clientWidth - GROUP_LABEL_WIDTH) / DAY_WIDTH);
  let timeline: vis.Timeline | undefined;
  return {
    // vis's default window fits every item. With `start`/`end` options it keeps the chart hidden until a 200 ms
    // range-settle timer has fired, which would not measure drawing at all.
    render: () => new Promise<void>((resolve) => {
      timeline = new Timeline(box, items, groups, {
        height: `${box.clientHeight}px`, orientation: 'top', verticalScroll: true, horizontalScroll: true, zoomKey: 'ctrlKey',
        editable: { updateTime: true, updateGroup: false, add: false, remove: false }, itemsAlwaysDraggable: { item: true, range: true },
        onInitialDrawComplete: () => resolve(),
      });
    }),
    edit(id, start, end) {
      const item = plan.items.find((candidate) => candidate.id === id)!;
      items.update({ id, start: localDate(start), ...(item.kind === 'task' ? { end: exclusiveEnd({ ...item, end }) } : {}) });
    },
    stepSelector: '.vis-item',
    stepNode: (id) => box.querySelector(`.step-${CSS.escape(id)}`),
    // Drag at the same scale as the others (16 px a day), with the step in the middle of the window.
    reveal(id) {
      const item = plan.items.find((candidate) => candidate.id === id)!;
      const half = Math.floor(visibleDays / 2);
      timeline!.setWindow(localDate(shiftDays(item.start, -half)), localDate(shiftDays(item.start, visibleDays - half)), { animation: false });
      timeline!.focus(id, { animation: false, zoom: false });
    },
    // A range item at the bottom of its group, dragged into the group below (vis moves items between groups when
    // `updateGroup` is on).
    async crossLane(): Promise<CrossLane | undefined> {
      timeline!.setOptions({ editable: { updateTime: true, updateGroup: true, add: false, remove: false } });
      await painted();
      const inBox = box.getBoundingClientRect();
      const groups = Array.from(box.querySelectorAll('.vis-foreground > .vis-group'));
      for (const group of groups.slice(0, -1)) {
        const bottom = group.getBoundingClientRect().bottom;
        const candidates = Array.from(group.querySelectorAll('.vis-item.vis-range')).filter((node) => {
          const rect = node.getBoundingClientRect();
          return rect.width >= 48 && rect.width < 400 && bottom - rect.bottom < 120;
        });
        for (const node of candidates.slice(0, 5)) {
          const id = Array.from(node.classList).find((name) => name.startsWith('step-'))?.slice(5);
          if (!id) continue;
          timeline!.focus(id, { animation: false, zoom: false });
          await painted();
          await painted();
          const rect = node.getBoundingClientRect();
          const groupBottom = group.getBoundingClientRect().bottom;
          const centre = rect.top + rect.height / 2;
          if (rect.top < inBox.top + 80 || groupBottom + 24 > inBox.bottom - 20 || rect.left < inBox.left + 100 || rect.left + 250 > inBox.right) continue;
          return { id, x: Math.round(rect.left + Math.min(rect.width / 2, 30)), y: Math.round(centre), dy: Math.round(groupBottom + 24 - centre) };
        }
      }
      return undefined;
    },
  };
});
