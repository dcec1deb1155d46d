import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { settle, stepNode } from '../support/element.js';
import { center, drag } from '../support/input.js';

const TODAY = '2026-03-02';

describe('<map-timeline> step descriptions during a drag', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 1000 });
  });

  it('keep the committed text while the steps move, and tell the new dates once they are dropped', async () => {
    const element = await fixture<MapTimeline>(
      html`<map-timeline today=${TODAY} zoom="week" style="width:1400px;height:900px"></map-timeline>`,
    );
    element.plan = enterprisePlan(TODAY);
    await settle(element);
    const label = (id: string) => stepNode(element, id).getAttribute('aria-label')!;
    const left = (id: string) => stepNode(element, id).getBoundingClientRect().left;
    const before = { dragged: label('security-review'), pushed: label('business-case') };
    const leftBefore = left('business-case');

    const [x, y] = center(stepNode(element, 'security-review'));
    await drag(element, [x, y], [x + 3 * 16, y], { release: false });
    expect(left('business-case'), 'the control: the drag pushed business-case along').to.be.above(leftBefore + 16);
    expect(label('security-review'), 'the dragged step, mid-drag').to.equal(before.dragged);
    expect(label('business-case'), 'a pushed step, mid-drag').to.equal(before.pushed);

    await sendMouse({ type: 'up' });
    await settle(element);
    const dropped = element.getPlan().items.find((item) => item.id === 'business-case')!;
    expect(label('business-case'), 'dropped: described anew').to.not.equal(before.pushed);
    const day = Number(dropped.start.slice(8));
    expect(label('business-case'), 'with its new start').to.contain(`${day} `);
    expect(label('security-review')).to.not.equal(before.dragged);
  });
});
