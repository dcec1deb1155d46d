import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Item, Plan } from '../../src/model/types.js';
import { addDays } from '../../src/model/dates.js';
import { settle, shadow, timelineWith } from '../support/element.js';

const PARTIES = [
  { id: 'north', name: 'Northwind Software Group', side: 'seller' },
  { id: 'acme', name: 'Acme Logistics International', side: 'buyer', color: '#7c3aed' },
  { id: 'bright', name: 'Brightpath Consulting Partners', side: 'partner' },
] as const;

/** Three one-row lanes, each with ten open steps; `next` starts first, so it has the next move. */
function oneRowLanes(next: string): Plan {
  const items: Item[] = PARTIES.flatMap((party) =>
    Array.from({ length: 10 }, (_, index): Item => {
      const start = addDays('2026-03-09', index * 3 + (party.id === next ? 0 : 1));
      return {
        id: `${party.id}-${index}`,
        title: `S${index}`,
        partyId: party.id,
        kind: 'task',
        start,
        end: addDays(start, 1),
      };
    }),
  );
  return { version: 1, id: 'lanes', title: 'One-row lanes', parties: PARTIES.map((party) => ({ ...party })), items };
}

/** The rendered box of a node's text (not of its box, which may be wider than what is drawn). */
function textBox(node: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

const within = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

describe('<map-timeline> lane heads', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  for (const scale of ['1', '1.25']) {
    for (const next of PARTIES.map((party) => party.id)) {
      it(`shows every party name with "Next move" on ${next}, type scale ${scale}`, async () => {
        const element = await timelineWith(oneRowLanes(next), { zoom: 'day' });
        element.style.setProperty('--mt-font-scale', scale);
        element.requestUpdate();
        await settle(element);
        const lanes = [...shadow(element).querySelectorAll('[part~="lane"]')].map(
          (lane) => lane.getBoundingClientRect().height,
        );
        const rowHeight =
          parseFloat(getComputedStyle(element).getPropertyValue('--mt-row-height')) || 38 * Number(scale);
        expect(
          lanes.every((height) => height < 3 * rowHeight),
          'one-row lanes',
        ).to.equal(true);

        for (const party of PARTIES) {
          const head = shadow(element).querySelector(`[data-party-head="${party.id}"]`)!;
          const headBox = head.getBoundingClientRect();
          const name = head.querySelector('.party-name')!;
          const text = textBox(name);
          expect(name.textContent!.trim()).to.equal(party.name);
          expect(text.width, `${party.name}: text drawn`).to.be.greaterThan(40);
          expect(name.getBoundingClientRect().height, `${party.name}: a whole line`).to.be.at.least(text.height - 0.5);
          expect(within(name.getBoundingClientRect(), headBox), `${party.name}: inside its head`).to.equal(true);
          for (const badge of head.querySelectorAll('.side-pill, .open-count, .next-move')) {
            const box = badge.getBoundingClientRect();
            expect(within(box, headBox), `${party.name}: "${badge.textContent}" fully shown`).to.equal(true);
            expect(box.top, `${party.name}: "${badge.textContent}" under the name`).to.be.at.least(
              name.getBoundingClientRect().bottom - 0.5,
            );
          }
        }
        // Positive control: the pill is where the plan says the next move is, and only there.
        const pills = [...shadow(element).querySelectorAll('.next-move')].map((pill) =>
          pill.closest('[data-party-head]')!.getAttribute('data-party-head'),
        );
        expect(pills).to.deep.equal([next]);
      });
    }
  }

  it('tints a lane with its party colour, set only as a custom property', async () => {
    const element = await timelineWith(oneRowLanes('acme'));
    const lane = shadow(element).querySelector('[part~="lane"][data-party-id="acme"]') as SVGElement;
    const other = shadow(element).querySelector('[part~="lane"][data-party-id="north"]') as SVGElement;
    expect(lane.style.getPropertyValue('--side').trim()).to.equal('#7c3aed');
    expect([...lane.style], 'nothing but the custom property').to.deep.equal(['--side']);
    const fill = getComputedStyle(lane).fill;
    expect(fill).to.not.equal(getComputedStyle(other).fill);
    // A light violet: more red and blue than green, and close to the background.
    const channels = fill
      .match(/[\d.]+/g)!
      .slice(-3)
      .map(Number);
    const [r, g, b] = channels.map((value) => (channels.every((channel) => channel <= 1) ? value * 255 : value)) as [
      number,
      number,
      number,
    ];
    expect(r > g && b > g && g > 200, fill).to.equal(true);
  });
});
