import { parseDate } from '../../src/model/dates.js';
import { installBench, type Chart } from './harness.js';
import { DAY_WIDTH } from './plans.js';

// The floor of every figure: the plan's first steps drawn once as plain SVG, with no script listening to input. What
// the bench measures on this page (dispatching the input, hit testing, the frame, the bench's own marks) every
// library pays as well, so no library's figure can go below it.

const ROW = 28;

installBench('static page', (box, plan): Chart => {
  const first = Math.min(...plan.items.map((item) => parseDate(item.start)));
  // About as many steps as a chart that draws what is in view, and enough rows to bring the dragged one (among the
  // first 2% of the plan, see `dragStep`) to the centre.
  const drawn = plan.items.slice(0, Math.max(60, Math.ceil(plan.items.length * 0.02) + 20));
  const place = (node: SVGRectElement, start: string, end: string) => {
    node.setAttribute('x', String((parseDate(start) - first) * DAY_WIDTH));
    node.setAttribute('width', String((parseDate(end) - parseDate(start) + 1) * DAY_WIDTH));
  };
  return {
    render() {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', String(box.clientWidth * 4));
      svg.setAttribute('height', String(drawn.length * ROW));
      drawn.forEach((item, index) => {
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        place(rect, item.start, item.end);
        rect.setAttribute('y', String(index * ROW + 4));
        rect.setAttribute('height', String(ROW - 8));
        rect.setAttribute('fill', '#6b8fbf');
        rect.dataset['id'] = item.id;
        svg.append(rect);
      });
      // Scrolled natively, as the element's timeline is: the floor of a wheel scroll.
      const scroller = document.createElement('div');
      scroller.style.cssText = 'width:100%;height:100%;overflow:auto';
      scroller.append(svg);
      box.append(scroller);
    },
    edit(id, start, end) {
      const node = box.querySelector<SVGRectElement>(`rect[data-id="${CSS.escape(id)}"]`);
      if (node) place(node, start, end);
    },
    stepSelector: 'rect[data-id]',
    scrollsByWheel: true,
    stepNode: (id) => box.querySelector(`rect[data-id="${CSS.escape(id)}"]`),
  };
});
