import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { MapErrorEvent, MapLoadEvent } from '../../src/events.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import type { Plan } from '../../src/model/types.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow } from '../support/element.js';

const good = (): Plan => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-11', 'a'] });
const bad = (): Plan => ({ ...good(), items: [{ ...good().items[0]!, start: '2027-02-30' }] });

const noticeText = (element: MapTimeline): string => shadow(element).querySelector('.notice')?.textContent ?? '';

// React, Vue and lit templates set the properties written first before they add the listeners written after them,
// and insert the element last.
describe('<map-timeline> events of a plan given before the listeners', () => {
  it('a lit template that sets an invalid plan before its error listener hears the refusal, which the element shows', async () => {
    const errors: MapErrorEvent[] = [];
    const element = await fixture<MapTimeline>(
      html`<map-timeline .plan=${bad()} @map-error=${(event: MapErrorEvent) => errors.push(event)}></map-timeline>`,
    );
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-plan']);
    expect(errors[0]!.detail.message).to.contain('items[0].start: "2027-02-30" is not a date');
    expect(errors[0]!.detail.shown).to.equal(true);
    await settle(element);
    expect(noticeText(element)).to.contain('This plan could not be shown: items[0].start: "2027-02-30" is not a date');
  });

  it('a lit template that sets a plan before its load listener hears the load', async () => {
    const loads: MapLoadEvent[] = [];
    await fixture<MapTimeline>(
      html`<map-timeline .plan=${good()} @map-load=${(event: MapLoadEvent) => loads.push(event)}></map-timeline>`,
    );
    expect(loads.map((event) => [event.detail.from, event.detail.plan.items.length])).to.deep.equal([['property', 2]]);
  });

  it('an element made by script hears, once inserted, what happened before, in order', async () => {
    const element = document.createElement('map-timeline');
    element.plan = good();
    element.plan = bad();
    const heard: string[] = [];
    element.addEventListener('map-load', (event) => heard.push(`load ${event.detail.from}`));
    element.addEventListener('map-error', (event) => heard.push(`error ${event.detail.code}`));
    expect(heard).to.deep.equal([]);
    document.body.append(element);
    // Just after the task that inserted it (a React handler may set state then), before anything else.
    await Promise.resolve();
    expect(heard).to.deep.equal(['load property', 'error invalid-plan']);
    await settle(element);
    expect(noticeText(element)).to.contain('The plan shown is unchanged.');
    expect(element.getPlan().items[0]!.start).to.equal('2026-03-02');
    element.remove();
  });

  it('an element that has been on the page tells at once, even taken off it', async () => {
    const element = await fixture<MapTimeline>(html`<map-timeline .plan=${good()}></map-timeline>`);
    element.remove();
    const heard: string[] = [];
    element.addEventListener('map-error', (event) => heard.push(event.detail.code));
    element.plan = bad();
    expect(heard).to.deep.equal(['invalid-plan']);
    document.body.append(element);
    await waitUntil(() => element.isConnected);
    const again = oneEvent(element, 'map-error');
    element.plan = bad();
    expect(((await again) as MapErrorEvent).detail.code).to.equal('invalid-plan');
    expect(heard).to.deep.equal(['invalid-plan', 'invalid-plan']);
    element.remove();
  });
});

describe('<map-timeline> a refused plan in a short element', () => {
  /** The top of the line that shows `part` of the message line's text. */
  function lineTop(notice: Element, part: string): number {
    const text =
      notice.firstChild?.nodeType === Node.TEXT_NODE
        ? notice.firstChild
        : [...notice.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const at = text.textContent!.indexOf(part);
    expect(at, part).to.be.at.least(0);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + part.length);
    return range.getClientRects()[0]!.top;
  }

  it('puts each problem on a line of its own, and the empty-plan card clear of the message', async () => {
    const plan: Plan = {
      version: 1,
      id: 'broken',
      title: 'Broken',
      parties: [{ id: 'seller', name: 'Us', side: 'seller' }],
      items: [{ id: 'a', title: 'A', partyId: 'nope', start: '2026-02-30', end: '2026-03-02', kind: 'task' }],
    };
    const element = await fixture<MapTimeline>(
      html`<map-timeline today="2026-03-10" style="width:1000px;height:200px" .plan=${plan}></map-timeline>`,
    );
    await settle(element);
    const notice = shadow(element).querySelector('.notice')!;
    expect(notice.textContent).to.contain('items[0].partyId').and.to.contain('items[0].start');
    expect(lineTop(notice, 'items[0].start'), 'the second problem starts a line').to.be.greaterThan(
      lineTop(notice, 'items[0].partyId'),
    );
    const card = shadow(element).querySelector('.empty')!.getBoundingClientRect();
    const bar = notice.getBoundingClientRect();
    expect(card.height, 'the card is shown').to.be.greaterThan(40);
    expect(card.bottom, 'the card ends above the message line').to.be.at.most(bar.top);
  });

  it('takes a refused plan’s message off the line once the host gives a plan that is shown', async () => {
    const element = await fixture<MapTimeline>(html`<map-timeline .plan=${good()}></map-timeline>`);
    element.plan = bad();
    await settle(element);
    expect(noticeText(element)).to.contain('The plan shown is unchanged.');
    // A second refusal keeps it on the line: only a plan shown in place of the kept one ends the refusal.
    element.plan = bad();
    await settle(element);
    expect(noticeText(element)).to.contain('The plan shown is unchanged.');

    element.plan = { ...good(), title: 'Another deal' };
    await settle(element);
    expect(element.getPlan().title).to.equal('Another deal');
    expect(noticeText(element)).to.equal('');
  });
});
