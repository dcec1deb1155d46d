import { expect } from '@open-wc/testing';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, timelineWith } from '../support/element.js';

const todayPill = (element: HTMLElement): string =>
  element.shadowRoot!.querySelector('.pill.today text')?.textContent?.trim() ?? '';

/** Runs `during` with the clock a day ahead, as a tab left open overnight sees it in the morning. */
async function aDayLater(during: () => Promise<void>): Promise<void> {
  const RealDate = Date;
  const ahead = 86_400_000;
  class Tomorrow extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + ahead);
      else super(...(args as [number]));
    }
    static override now(): number {
      return RealDate.now() + ahead;
    }
  }
  globalThis.Date = Tomorrow as DateConstructor;
  try {
    await during();
  } finally {
    globalThis.Date = RealDate;
  }
}

describe('a new day', () => {
  it('moves the Today line of an element that follows today, when the page is shown again', async () => {
    const element = await timelineWith(planOf({ a: ['2026-12-01', '2026-12-31'] }), { zoom: 'week' });
    element.removeAttribute('today');
    (element as unknown as { today?: string }).today = undefined;
    await settle(element);
    const before = todayPill(element);
    expect(before).to.match(/^Today /);
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(element);
    expect(todayPill(element), 'the same day: nothing moves').to.equal(before);
    await aDayLater(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(element);
      expect(todayPill(element)).to.not.equal(before);
      expect(shadow(element).querySelector('.pill.today')).to.exist;
    });
  });

  it('leaves an element given a today alone (the control)', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-06'] }), { zoom: 'week' });
    element.setAttribute('today', '2026-03-04');
    await settle(element);
    const before = todayPill(element);
    await aDayLater(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(element);
      expect(todayPill(element)).to.equal(before);
    });
  });
});
