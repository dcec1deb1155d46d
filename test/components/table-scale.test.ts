import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { addDays } from '../../src/model/dates.js';
import type { Item, Plan } from '../../src/model/types.js';
import '../../src/index.js';
import { settle, shadow } from '../support/element.js';
import { framesUntil } from '../support/frames.js';
import { between, pick, seededRandom } from '../support/random-plan.js';

const STEPS = 10_000;
const WORDS = [
  'Legal',
  'review',
  'Security',
  'demo',
  'Pricing',
  'call',
  'Budget',
  'sign-off',
  'Kickoff',
  'MSA',
  'Zeta',
  'alpha',
];

/** 10,000 steps whose every column varies: titles, lanes, kinds, owners, dates, statuses and dependencies. */
function widePlan(): Plan {
  const random = seededRandom(10_000);
  const parties = ['Northwind', 'Acme', 'Initech', 'Globex', 'Umbrella'].map((name, index) => ({
    id: `p${index}`,
    name,
    side: (['seller', 'buyer', 'partner'] as const)[index % 3]!,
  }));
  const items: Item[] = [];
  for (let index = 0; index < STEPS; index += 1) {
    const kind = pick(random, ['task', 'task', 'task', 'milestone', 'decision'] as const);
    const start = addDays('2026-01-05', between(random, 0, 900));
    const item: Item = {
      id: `s${index}`,
      title: `${pick(random, WORDS)} ${pick(random, WORDS)} ${between(random, 1, 400)}`,
      partyId: pick(random, parties).id,
      kind,
      start,
      end: kind === 'task' ? addDays(start, between(random, 0, 20)) : start,
      status: pick(random, ['todo', 'in-progress', 'done', 'blocked', 'cancelled'] as const),
    };
    if (random() < 0.7)
      item.owner = `${pick(random, ['Dana', 'Tom', 'Priya', 'Li', 'Ana'])} ${pick(random, ['Lee', 'Becker', 'Nair', 'Wu'])}`;
    if (random() < 0.4) item.role = pick(random, ['champion', 'signer', 'legal', 'procurement']);
    if (index > 0 && random() < 0.6)
      item.dependsOn = [
        ...new Set(Array.from({ length: between(random, 1, 3) }, () => `s${between(random, 0, index - 1)}`)),
      ];
    items.push(item);
  }
  return { version: 1, id: 'wide', title: 'Ten thousand steps', parties, items };
}

/** An independent statement of the table order: the cell text compared as a person would, ties by start, then plan order. */
function expectedOrder(plan: Plan, cell: (item: Item) => string): string[] {
  const { compare } = new Intl.Collator(undefined, { numeric: true }); // what localeCompare(b, undefined, { numeric: true }) does
  const ranked = plan.items.map((item, index) => ({ item, index, text: cell(item) }));
  ranked.sort((a, b) => compare(a.text, b.text) || compare(a.item.start, b.item.start) || a.index - b.index);
  return ranked.map(({ item }) => item.id);
}

const COLUMNS: [string, (plan: Plan) => (item: Item) => string][] = [
  ['Step', () => (item) => item.title],
  ['Party', (plan) => (item) => plan.parties.find((party) => party.id === item.partyId)!.name],
  ['Kind', () => (item) => item.kind],
  ['Owner', () => (item) => [item.owner, item.role].filter(Boolean).join(', ')],
  ['Start', () => (item) => item.start],
  ['End', () => (item) => item.end],
  ['Status', () => (item) => item.status ?? 'todo'],
  [
    'Depends on',
    (plan) => {
      const titles = new Map(plan.items.map((item) => [item.id, item.title]));
      return (item) => (item.dependsOn ?? []).map((id) => titles.get(id)!).join(', ');
    },
  ],
];

const scroller = (element: MapTimeline) => shadow(element).querySelector<HTMLElement>('.table-view')!;
const rowIds = (element: MapTimeline) =>
  [...shadow(element).querySelectorAll('tbody tr[data-item-id]')].map((row) => row.getAttribute('data-item-id')!);
const focusedId = (element: MapTimeline) => shadow(element).activeElement?.getAttribute('data-item-id');

/** The rows whose boxes can be seen in the scroller. */
function rowsInView(element: MapTimeline): string[] {
  const box = scroller(element).getBoundingClientRect();
  return [...shadow(element).querySelectorAll('tbody tr[data-item-id]')]
    .filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > box.top + 40 && rect.top < box.bottom; // below the sticky header
    })
    .map((row) => row.getAttribute('data-item-id')!);
}

describe('<map-timeline> table view of 10,000 steps', function () {
  this.timeout(60_000);
  const plan = widePlan();
  let element: MapTimeline;

  // One element for every test here (fixture() would remove it after the first): laying out 10,000 steps takes a while.
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
    element = document.createElement('map-timeline');
    element.setAttribute('today', '2026-03-10');
    element.setAttribute('zoom', 'month');
    element.style.cssText = 'width:1200px;height:600px';
    document.body.append(element);
    element.plan = plan;
    await settle(element);
    element.view = 'table';
    await settle(element);
  });

  after(() => element.remove());

  it('puts only the rows near the scroll position in the DOM, with the scroll height of all of them', async () => {
    const rows = rowIds(element);
    expect(rows.length).to.be.within(20, 300);
    expect(rows.slice(0, 3)).to.deep.equal(expectedOrder(plan, (item) => item.start).slice(0, 3));
    const rowHeight = shadow(element).querySelector('tbody tr[data-item-id]')!.getBoundingClientRect().height;
    expect(scroller(element).scrollHeight).to.be.closeTo(STEPS * rowHeight, 200);
    expect(shadow(element).querySelector('table')!.getAttribute('aria-rowcount')).to.equal(String(STEPS + 1));
  });

  it('shows the last rows after scrolling to the bottom, and the ones in between on the way', async () => {
    const order = expectedOrder(plan, (item) => item.start);
    const view = scroller(element);
    view.scrollTop = view.scrollHeight / 2;
    await framesUntil(
      () => rowsInView(element).length > 5 && rowsInView(element)[0] !== order[0],
      'the middle rows are drawn',
    );
    const middle = rowsInView(element);
    const at = order.indexOf(middle[0]!);
    expect(at).to.be.within(STEPS / 2 - 60, STEPS / 2 + 60);
    expect(middle).to.deep.equal(order.slice(at, at + middle.length));

    view.scrollTop = view.scrollHeight;
    await framesUntil(() => rowsInView(element).includes(order[STEPS - 1]!), 'the last row is drawn and in view');
    const bottom = rowsInView(element);
    expect(bottom).to.deep.equal(order.slice(STEPS - bottom.length));
    expect(rowIds(element).length).to.be.below(300);
    view.scrollTop = 0;
    await framesUntil(() => rowsInView(element)[0] === order[0], 'back at the top');
  });

  for (const [label, cell] of COLUMNS) {
    it(`sorts by ${label}: the right first row ascending and descending`, async () => {
      const order = expectedOrder(plan, cell(plan));
      const button = () =>
        [...shadow(element).querySelectorAll<HTMLButtonElement>('th button.sort')].find((node) =>
          node.textContent!.startsWith(label),
        )!;
      button().click();
      await settle(element);
      expect(rowIds(element)[0], `${label} ascending`).to.equal(order[0]);
      if (shadow(element).querySelector('th[aria-sort="ascending"]')?.textContent?.trim().startsWith(label) !== true) {
        button().click(); // the column was sorted already (Start is the default): this click made it ascending
        await settle(element);
        expect(rowIds(element)[0], `${label} ascending`).to.equal(order[0]);
      }
      button().click();
      await settle(element);
      expect(rowIds(element)[0], `${label} descending`).to.equal(order[STEPS - 1]);
      expect(rowIds(element).length).to.be.below(300);
    });
  }

  it('keeps keyboard navigation and focus: End goes to the last row, the focused row stays while scrolled away', async () => {
    [...shadow(element).querySelectorAll<HTMLButtonElement>('th button.sort')]
      .find((node) => node.textContent!.startsWith('Start'))!
      .click();
    await settle(element);
    if (shadow(element).querySelector('th[aria-sort="descending"]')) {
      [...shadow(element).querySelectorAll<HTMLButtonElement>('th button.sort')]
        .find((node) => node.textContent!.startsWith('Start'))!
        .click();
      await settle(element);
    }
    const order = expectedOrder(plan, (item) => item.start);
    shadow(element).querySelector<HTMLElement>(`tr[data-item-id="${order[0]}"]`)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(focusedId(element)).to.equal(order[1]);
    await sendKeys({ press: 'End' });
    await framesUntil(
      () => focusedId(element) === order[STEPS - 1] && rowsInView(element).includes(order[STEPS - 1]!),
      'focus and view move to the last row',
    );
    await sendKeys({ press: 'ArrowUp' });
    await framesUntil(() => focusedId(element) === order[STEPS - 2], 'focus moves up one row');

    scroller(element).scrollTop = 0;
    await framesUntil(() => rowsInView(element)[0] === order[0], 'scrolled back to the top');
    await settle(element);
    expect(focusedId(element), 'the focused row is still rendered, and still focused').to.equal(order[STEPS - 2]);
    expect(shadow(element).querySelectorAll('tr[tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'Home' });
    await framesUntil(() => focusedId(element) === order[0], 'Home goes to the first row');
  });
});
