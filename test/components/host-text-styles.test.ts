import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { settle, shadow } from '../support/element.js';

describe('text styles of the host page', () => {
  it('do not reach into the element: a centred, upper-case app root leaves its title and lane names as they are', async () => {
    const root = await fixture<HTMLDivElement>(html`<div
      style="text-align:center;text-transform:uppercase;letter-spacing:3px;font-style:italic;white-space:nowrap"
    >
      <p>Host text</p>
      <map-timeline today="2026-03-10" zoom="week" style="width:1000px;height:500px"></map-timeline>
    </div>`);
    const element = root.querySelector<MapTimeline>('map-timeline')!;
    element.plan = enterprisePlan('2026-03-02');
    await settle(element);
    // The control: the host's own text takes the root's styles.
    const host = getComputedStyle(root.querySelector('p')!);
    expect([host.textAlign, host.textTransform, host.fontStyle]).to.deep.equal(['center', 'uppercase', 'italic']);
    for (const selector of ['.plan-title', '.party-name']) {
      const style = getComputedStyle(shadow(element).querySelector(selector)!);
      const shown = [style.textAlign, style.textTransform, style.fontStyle, style.whiteSpace];
      expect(shown, selector).to.deep.equal(['start', 'none', 'normal', 'normal']);
      expect(style.letterSpacing, selector).to.not.equal('3px');
    }
  });
});
