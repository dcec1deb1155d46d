import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { MapErrorEvent } from '../../src/events.js';
import { LoopError } from '../../src/model/loop.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { center, drag, handle, record } from '../support/input.js';

/** Security review → (internal prep →) Decision, with a target so the axis carries marker pills. */
function deal(internalStep: boolean): Plan {
  const plan = planOf(
    {
      security: ['2026-03-09', '2026-03-13'],
      prep: ['2026-03-16', '2026-03-17', 'security'],
      decision: ['2026-03-19', '2026-03-19', internalStep ? 'prep' : 'security'],
    },
    { targetDate: '2026-03-20' },
  );
  const titles: Record<string, string> = {
    security: 'Security review',
    prep: 'Pricing guardrails',
    decision: 'Decision',
  };
  for (const item of plan.items) item.title = titles[item.id]!;
  plan.items.find((item) => item.id === 'prep')!.internal = true;
  plan.items.find((item) => item.id === 'decision')!.kind = 'decision';
  return plan;
}

/** Drags from Decision's link handle onto Security review: "Security review starts after Decision". */
async function linkDecisionToSecurity(element: MapTimeline): Promise<void> {
  await sendMouse({ type: 'move', position: center(stepNode(element, 'decision')) });
  await settle(element);
  await drag(element, center(handle(element, 'decision', 'link')), center(stepNode(element, 'security')));
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;
const intersects = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<map-timeline> refusal messages', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('names a refused loop by title, in arrow order, once, on a line that covers no marker', async () => {
    const element = await timelineWith(deal(false), { zoom: 'week' });
    const errors = record<MapErrorEvent>(element, 'map-error');
    const pills = [...shadow(element).querySelectorAll('.pill rect')].map((pill) => pill.getBoundingClientRect());
    expect(pills.length, 'the axis shows marker pills').to.be.at.least(2);

    await linkDecisionToSecurity(element);

    const message =
      'Security review → Decision → Security review would loop: Security review already comes before Decision.';
    const line = shadow(element).querySelector('.notice')!;
    expect(line.textContent!.trim()).to.equal(message);
    expect(occurrences(shadow(element).textContent!, 'would loop'), 'shown once').to.equal(1);
    expect(element.getPlan().items.find((item) => item.id === 'security')!.dependsOn).to.equal(undefined);

    const box = line.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(
      intersects(box, shadow(element).querySelector('svg.axis')!.getBoundingClientRect()),
      'clear of the axis',
    ).to.equal(false);
    for (const pill of [...shadow(element).querySelectorAll('.pill rect')].map((node) =>
      node.getBoundingClientRect(),
    )) {
      expect(intersects(box, pill), 'clear of the marker pills').to.equal(false);
    }
    for (const id of ['security', 'prep', 'decision']) {
      expect(intersects(box, stepNode(element, id).getBoundingClientRect()), `clear of ${id}`).to.equal(false);
    }

    expect(errors).to.have.length(1);
    const { detail } = errors[0]!;
    expect(detail).to.include({ code: 'cycle', shown: true, message });
    expect(detail.cause).to.be.instanceOf(LoopError);
    expect((detail.cause as LoopError).loop, 'hosts get the ids, in arrow order').to.deep.equal([
      'security',
      'decision',
      'security',
    ]);
  });

  it('never names a step the audience cannot see', async () => {
    const element = await timelineWith(deal(true), { zoom: 'week', audience: 'buyer' });
    const errors = record<MapErrorEvent>(element, 'map-error');
    expect(stepNode(element, 'prep'), 'the internal step is hidden').to.equal(null);

    await linkDecisionToSecurity(element);

    const text = shadow(element).querySelector('.notice')!.textContent!;
    expect(text).to.contain('Security review → an internal step → Decision → Security review would loop');
    expect(text).to.not.contain('Pricing guardrails');
    expect((errors[0]!.detail.cause as LoopError).loop).to.deep.equal(['security', 'prep', 'decision', 'security']);
  });

  it('leaves nothing said of an internal step for the buyer to read once the view turns to the buyer', async () => {
    const element = await timelineWith(deal(true), { zoom: 'week' });
    element.updateItem('prep', { title: 'Discount approval' });
    await linkDecisionToSecurity(element);
    const said = () =>
      ['.notice', '[role="status"]'].map((selector) => shadow(element).querySelector(selector)?.textContent ?? '');
    const [line, status] = said();
    expect(line, 'the seller reads the loop through the internal step').to.contain('Discount approval');
    expect(status, 'and screen readers heard its rename').to.contain('Discount approval');

    element.audience = 'buyer';
    await settle(element);
    expect(said().join(' | ')).to.not.contain('Discount approval');
  });
});
