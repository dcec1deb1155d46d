import { expect, fixture, html } from '@open-wc/testing';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import '../../src/index.js';
import { planOf } from '../support/plan-builders.js';
import { settle } from '../support/element.js';

/** What the element warned about in the console while `run` ran. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return said;
}

describe('<map-timeline> attribute values it does not know', () => {
  it('says which attribute, which value, what it takes and what it shows instead, once per value', async () => {
    let element!: MapTimeline;
    const said = await warnings(async () => {
      element = await fixture<MapTimeline>(
        html`<map-timeline zoom="weeks" audience="customer" view="grid" theme="blue" today="2026-13-01"></map-timeline>`,
      );
      element.plan = planOf({ a: ['2026-03-02', '2026-03-04'] });
      await settle(element);
      element.zoom = 'weeks' as MapTimeline['zoom']; // the same value again: not said twice
      await settle(element);
      element.today = '3 March 2026';
      await settle(element);
    });
    expect(said).to.deep.equal([
      '<map-timeline>: today="2026-13-01" is not a day of the calendar; showing the computer\'s date',
      '<map-timeline>: zoom="weeks" is not one of day, week, month, quarter; showing week',
      '<map-timeline>: audience="customer" is not one of seller, buyer; showing buyer (internal steps hidden)',
      '<map-timeline>: view="grid" is not one of timeline, table; showing timeline',
      '<map-timeline>: theme="blue" is not one of light, dark, auto; showing auto',
      '<map-timeline>: today="3 March 2026" is not a date (YYYY-MM-DD); showing the computer\'s date',
    ]);
  });

  it('says nothing of values it knows, nor of an attribute taken away', async () => {
    const said = await warnings(async () => {
      const element = await fixture<MapTimeline>(
        html`<map-timeline zoom="month" audience="buyer" view="table" theme="dark" today="2026-03-10"></map-timeline>`,
      );
      element.plan = planOf({ a: ['2026-03-02', '2026-03-04'] });
      await settle(element);
      element.removeAttribute('zoom');
      element.removeAttribute('today');
      await settle(element);
      // The control: the same element does speak up for a value it does not know.
      element.setAttribute('zoom', 'year');
      await settle(element);
    });
    expect(said).to.deep.equal(['<map-timeline>: zoom="year" is not one of day, week, month, quarter; showing week']);
  });
});
