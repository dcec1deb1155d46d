import * as vis from 'vis-timeline/standalone';
import type { DataSet as VisDataSet } from 'vis-data';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { installBench, type Chart } from './harness.js';
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
  };
});
