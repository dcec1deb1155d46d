import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { center } from '../support/input.js';
import { drawnArrow } from '../support/drawn-arrows.js';

/** An arrow's line, which names its two ends; its head is drawn just before it. */
const arrow = (element: MapTimeline, from: string, to: string) =>
  shadow(element).querySelector<SVGPathElement>(`.line[data-from="${from}"][data-to="${to}"]`)!;
const colours = (line: Element) => ({
  line: getComputedStyle(line).stroke,
  head: getComputedStyle(line.previousElementSibling!).fill,
});

/** The point halfway along an arrow, in the page's pixels. */
function along(line: SVGPathElement): [number, number] {
  const point = line.getPointAtLength(line.getTotalLength() / 2).matrixTransform(line.getScreenCTM()!);
  return [Math.round(point.x), Math.round(point.y)];
}
const isSelected = (element: MapTimeline, from: string, to: string) =>
  arrow(element, from, to).part.contains('selected');

describe('<map-timeline> selecting an arrow', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('lets the page style an arrow’s line and head through the link and link-head parts, states included', async () => {
    const style = document.createElement('style');
    style.textContent = `map-timeline.styled::part(link) { stroke: rgb(10, 20, 30); }
      map-timeline.styled::part(link-head) { fill: rgb(10, 20, 30); }
      map-timeline.styled::part(link-head violated) { fill: rgb(200, 0, 0); }`;
    document.head.append(style);
    try {
      const element = await timelineWith(
        planOf({
          a: ['2026-03-02', '2026-03-04'],
          b: ['2026-03-09', '2026-03-11', 'a'],
          c: ['2026-03-10', '2026-03-12', 'b'],
        }),
        { zoom: 'week' },
      );
      const unstyled = colours(arrow(element, 'a', 'b'));
      expect(unstyled.head, 'control: the element’s own colour first').to.not.equal('rgb(10, 20, 30)');
      const late = arrow(element, 'b', 'c');
      expect(getComputedStyle(late).strokeDasharray, 'a violated arrow is dashed').to.not.equal('none');
      expect(colours(late).line, 'its head and line in one colour').to.equal(colours(late).head);
      expect(colours(late).head, 'not the plain arrows’ colour').to.not.equal(unstyled.head);
      element.classList.add('styled');
      expect(colours(arrow(element, 'a', 'b'))).to.deep.equal({ line: 'rgb(10, 20, 30)', head: 'rgb(10, 20, 30)' });
      // c waits for b but starts before b ends (as given): a violated arrow.
      const violated = arrow(element, 'b', 'c');
      expect(violated.part.contains('violated')).to.equal(true);
      expect(colours(violated).head).to.equal('rgb(200, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it('draws the selected arrow, head and line, in the focus colour, and Delete removes that dependency', async () => {
    const element = await timelineWith(
      planOf({
        a: ['2026-03-02', '2026-03-04'],
        b: ['2026-03-09', '2026-03-11', 'a'],
        c: ['2026-03-16', '2026-03-18', 'b'],
      }),
      { zoom: 'week' },
    );
    const before = colours(arrow(element, 'a', 'b'));
    expect(before.head, 'the head is drawn in the line’s colour').to.equal(before.line);

    // Right on the drawn line, not beside it.
    await sendMouse({ type: 'click', position: along(arrow(element, 'a', 'b')) });
    await settle(element);
    const selected = arrow(element, 'a', 'b');
    expect(selected.part.contains('selected'), 'the click selects the arrow').to.equal(true);
    const now = colours(selected);
    expect(now.line, 'the line takes the focus colour').not.to.equal(before.line);
    expect(now.head, 'and so does its head').to.equal(now.line);
    expect(colours(arrow(element, 'b', 'c')), 'the other arrow stays as it was').to.deep.equal(before);

    // Hovering a step of its chain highlights the chain; the selected arrow keeps the focus colour, head and line.
    await sendMouse({ type: 'move', position: center(stepNode(element, 'c')) });
    await waitUntil(() => drawnArrow(element, 'b', 'c').redrawn, 'the chain is highlighted');
    expect(drawnArrow(element, 'b', 'c').colours.line, 'the chain’s arrows change colour').not.to.equal(before.line);
    const selectedInChain = drawnArrow(element, 'a', 'b');
    expect(selectedInChain.redrawn, 'drawn over the faded arrows').to.equal(true);
    expect(selectedInChain.colours, 'the selected arrow stays in the focus colour').to.deep.equal(now);

    await sendKeys({ press: 'Delete' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'b')!.dependsOn ?? []).to.deep.equal([]);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.dependsOn).to.deep.equal(['b']);
  });

  it('takes a click a few pixels beside an arrow but not one well clear of it, and a press on one does not pan', async () => {
    const element = await timelineWith(
      planOf({
        a: ['2026-03-02', '2026-03-04'],
        b: ['2026-03-09', '2026-03-11', 'a'],
        // Far out, so the timeline scrolls sideways and a press on the empty background pans it.
        z: ['2026-07-06', '2026-07-08'],
      }),
      { zoom: 'week' },
    );
    const line = arrow(element, 'a', 'b');
    const [x, y] = along(line);
    const near = [x, y + 3] as [number, number];
    const clear = [x, y + 14] as [number, number];
    expect(distanceTo(line, near), 'the near point lies beside the line').to.be.within(2, 4);
    expect(distanceTo(line, [x + 12, y - 3]), 'and so does one above it').to.be.within(2, 4);
    expect(distanceTo(line, clear), 'the clear point lies well off it').to.be.above(10);
    expect(
      shadow(element)
        .elementFromPoint(...clear)
        ?.closest('[data-step]'),
      'and on no step',
    ).to.equal(null);

    await sendMouse({ type: 'click', position: clear });
    await settle(element);
    expect(isSelected(element, 'a', 'b'), 'a click well clear selects nothing').to.equal(false);
    // Pressed well clear and let go beside the arrow, as a pan may end: not a click on the arrow.
    await sendMouse({ type: 'move', position: clear });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: near });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(isSelected(element, 'a', 'b'), 'a press elsewhere let go beside it selects nothing').to.equal(false);
    // Above the line this time: a second click where the last one ended would be a double click, which adds a step.
    await sendMouse({ type: 'click', position: [x + 12, y - 3] });
    await settle(element);
    expect(isSelected(element, 'a', 'b'), 'a click beside it selects it').to.equal(true);

    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    const pressAndPull = async (from: [number, number]) => {
      const left = scroller.scrollLeft;
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [from[0] - 60, from[1]] });
      await sendMouse({ type: 'up' });
      return scroller.scrollLeft - left;
    };
    expect(await pressAndPull(along(arrow(element, 'a', 'b'))), 'a press on the arrow').to.equal(0);
    expect(await pressAndPull(clear), 'the control: a press on the empty lane pans').to.equal(60);

    // Scrolled: the arrow is found where it is drawn now.
    await sendMouse({ type: 'click', position: clear });
    await settle(element);
    expect(isSelected(element, 'a', 'b'), 'deselected').to.equal(false);
    const [movedX, movedY] = along(arrow(element, 'a', 'b'));
    expect(movedX, 'the arrow moved with the view').to.equal(x - 60);
    await sendMouse({ type: 'click', position: [movedX, movedY + 3] });
    await settle(element);
    expect(isSelected(element, 'a', 'b'), 'a click beside it in the scrolled view selects it').to.equal(true);
  });

  it('leaves a click on a step to the step, right where an arrow ends on it', async () => {
    const element = await timelineWith(
      planOf({
        a: ['2026-03-02', '2026-03-04'],
        b: ['2026-03-09', '2026-03-11', 'a'],
      }),
      { zoom: 'week' },
    );
    const bar = stepNode(element, 'b').getBoundingClientRect();
    const point = [Math.round(bar.left + 2), Math.round(bar.top + bar.height / 2)] as [number, number];
    expect(distanceTo(arrow(element, 'a', 'b'), point), 'the arrow ends within reach').to.be.below(5);
    await sendMouse({ type: 'click', position: point });
    await settle(element);
    expect(stepNode(element, 'b').part.contains('selected'), 'the step is selected').to.equal(true);
    expect(isSelected(element, 'a', 'b'), 'and not the arrow').to.equal(false);
  });
});

/** How far a page point lies from an arrow's drawn line, in the page's pixels. */
function distanceTo(line: SVGPathElement, [x, y]: [number, number]): number {
  const toPage = line.getScreenCTM()!;
  const total = line.getTotalLength();
  let nearest = Infinity;
  for (let step = 0; step <= 400; step += 1) {
    const point = line.getPointAtLength((total * step) / 400).matrixTransform(toPage);
    nearest = Math.min(nearest, Math.hypot(point.x - x, point.y - y));
  }
  return nearest;
}
