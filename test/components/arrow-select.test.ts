import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, timelineWith } from '../support/element.js';

const arrow = (element: MapTimeline, from: string, to: string) =>
  shadow(element).querySelector(`.line[data-from="${from}"][data-to="${to}"]`)!.closest('.link')!;
const colours = (link: Element) => ({
  line: getComputedStyle(link.querySelector('.line')!).stroke,
  head: getComputedStyle(link.querySelector('.head')!).fill,
});

/** A point halfway along an arrow, in the page's pixels. */
function halfway(link: Element): [number, number] {
  const path = link.querySelector<SVGPathElement>('.hit')!;
  const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
  return [Math.round(point.x), Math.round(point.y)];
}

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
      element.classList.add('styled');
      expect(colours(arrow(element, 'a', 'b'))).to.deep.equal({ line: 'rgb(10, 20, 30)', head: 'rgb(10, 20, 30)' });
      // c waits for b but starts before b ends (as given): a violated arrow.
      const violated = arrow(element, 'b', 'c');
      expect(violated.classList.contains('violated')).to.equal(true);
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
    await sendMouse({ type: 'click', position: halfway(arrow(element, 'a', 'b')) });
    await settle(element);
    const selected = arrow(element, 'a', 'b');
    expect(selected.classList.contains('selected'), 'the click selects the arrow').to.equal(true);
    const now = colours(selected);
    expect(now.line, 'the line takes the focus colour').not.to.equal(before.line);
    expect(now.head, 'and so does its head').to.equal(now.line);
    expect(colours(arrow(element, 'b', 'c')), 'the other arrow stays as it was').to.deep.equal(before);

    await sendKeys({ press: 'Delete' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'b')!.dependsOn ?? []).to.deep.equal([]);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.dependsOn).to.deep.equal(['b']);
  });
});
