import { expect } from '@open-wc/testing';
import type { MapChangeEvent, MapSelectEvent } from '../../src/events.js';
import { PlanError } from '../../src/model/errors.js';
import { dates, planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { record } from '../support/input.js';

const plan = () => planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-09', '2026-03-11', 'a'] });

describe('<map-timeline> methods', () => {
  it('edits through the same commands as gestures: source "api", undoable, one map-change each', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    const added = element.addItem({ title: 'Security review', partyId: 'buyer', start: '2026-03-16' });
    expect(added).to.include({ id: 'security-review', kind: 'task', start: '2026-03-16', end: '2026-03-20' });
    element.updateItem('a', { owner: 'Dana Lee' });
    element.link('b', 'security-review');
    element.unlink('b', 'security-review');
    element.agree('Dana Lee');
    element.removeItem('security-review');
    expect(changes.map((event) => event.detail.source)).to.deep.equal(['api', 'api', 'api', 'api', 'api', 'api']);
    expect(changes[4]!.detail.plan.status).to.equal('written');
    expect(element.getPlan().items.map((item) => item.baseline)).to.deep.equal([
      { start: '2026-03-02', end: '2026-03-04' },
      { start: '2026-03-09', end: '2026-03-11' },
    ]);
    for (let i = 0; i < 6; i += 1) expect(element.undo()).to.equal(true);
    expect(element.undo()).to.equal(false);
    expect(changes.at(-1)!.detail.source).to.equal('undo');
    const { log, ...restored } = element.getPlan();
    expect(restored).to.deep.equal(plan());
    expect(log ?? []).to.deep.equal([]);
    expect(element.redo()).to.equal(true);
    await settle(element);
    expect(stepNode(element, 'security-review')).to.exist;
  });

  it('records every committed change in the plan log', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    element.updateItem('b', { start: '2026-03-10', end: '2026-03-12' });
    const log = element.getPlan().log!;
    expect(log).to.have.length(1);
    expect(log[0]).to.include({ op: 'update', itemId: 'b' });
    expect(log[0]!.after).to.deep.equal({ start: '2026-03-10', end: '2026-03-12' });
  });

  it('throws a clear error for unknown ids, bad values and cycles, and changes nothing', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const before = element.getPlan();
    const cases: [() => unknown, string, RegExp][] = [
      [() => element.updateItem('nope', { title: 'x' }), 'unknown-id', /no step with id "nope"/],
      [() => element.removeItem('nope'), 'unknown-id', /no step with id "nope"/],
      [() => element.updateItem('a', { end: '2026-02-30' }), 'invalid-value', /a.end: "2026-02-30" is not a date/],
      [
        () => element.updateItem('a', { end: '2026-03-01' }),
        'invalid-value',
        /a.end: 2026-03-01 is before start 2026-03-02/,
      ],
      [() => element.addItem({ partyId: 'legal' }), 'unknown-id', /no party with id "legal"/],
      [() => element.link('b', 'a'), 'cycle', /^A → B → A would loop: A already comes before B\.$/],
    ];
    for (const [run, code, message] of cases) {
      expect(run).to.throw(PlanError, message);
      try {
        run();
      } catch (error) {
        expect((error as PlanError).code).to.equal(code);
      }
    }
    expect(element.getPlan()).to.deep.equal(before);
    expect(dates(element.getPlan())).to.deep.equal(dates(plan()));
  });

  it('fires map-select when the selection changes', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const selects = record<MapSelectEvent>(element, 'map-select');
    stepNode(element, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(selects.map((event) => event.detail.itemIds)).to.deep.equal([['a']]);
  });
});

describe('<map-timeline> plan property round trip', () => {
  it('keeps the undo history when a host sets back the plan it just received', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const loads = record(element, 'map-load');
    element.updateItem('a', { title: 'Discovery' });
    element.plan = element.getPlan(); // what React/Vue state round trips do
    expect(loads.length).to.equal(0);
    expect(element.undo()).to.equal(true);
    expect(element.getPlan().items[0]!.title).to.equal('A');
    element.plan = { ...plan(), title: 'Another plan' };
    expect(loads.length).to.equal(1);
    expect(element.undo()).to.equal(false);
  });
});

describe('<map-timeline> host conveniences', () => {
  it('sets the agreement state as an undoable change and tells whether undo and redo can act', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const changes = record<MapChangeEvent>(element, 'map-change');
    expect(element.canUndo).to.equal(false);
    element.setAgreement('verbal');
    expect(element.getPlan().status).to.equal('verbal');
    expect(changes[0]!.detail.changes[0]).to.include({ op: 'plan', note: 'status: — → verbal' });
    expect([element.canUndo, element.canRedo]).to.deep.equal([true, false]);
    element.undo();
    expect([element.canUndo, element.canRedo]).to.deep.equal([false, true]);
    expect(element.getPlan().status).to.equal(undefined);
  });

  it('scales type and rows with --mt-font-scale for presentations', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    const before = stepNode(element, 'a').getBoundingClientRect().height;
    element.style.setProperty('--mt-font-scale', '1.5');
    element.requestUpdate();
    await settle(element);
    expect(stepNode(element, 'a').getBoundingClientRect().height).to.be.greaterThan(before * 1.4);
    const title = shadow(element).querySelector('[data-step="a"] .title')!;
    expect(getComputedStyle(title).fontSize).to.equal('18.75px');
  });
});

describe('<map-timeline> review fixes', () => {
  it('never tells the buyer about internal steps: names, table, panel, selection', async () => {
    const { enterprisePlan } = await import('../../src/model/samples/enterprise.js');
    const full = enterprisePlan('2026-03-02');
    const internalTitles = full.items.filter((item) => item.internal).map((item) => item.title);
    const element = await timelineWith(full, { zoom: 'month' });
    element.selectedIds = ['discount-approval'];
    element.audience = 'buyer';
    await settle(element);
    expect(element.selectedIds).to.deep.equal([]);
    const names = [...shadow(element).querySelectorAll('[data-item-id]')]
      .map((node) => node.getAttribute('aria-label'))
      .join(' | ');
    for (const title of internalTitles) expect(names, title).not.to.contain(title);
    element.view = 'table';
    await settle(element);
    for (const title of internalTitles)
      expect(shadow(element).querySelector('table')!.textContent, title).not.to.contain(title);
  });

  it('keeps readonly plans safe from Ctrl+Z', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    element.updateItem('a', { title: 'Edited' });
    element.readonly = true;
    await settle(element);
    stepNode(element, 'a').focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(element.getPlan().items[0]!.title).to.equal('Edited');
  });

  it('falls back to the local date when today is not a date, and re-applies a zoom preset after fit()', async () => {
    const element = await timelineWith(plan(), { zoom: 'week' });
    element.today = '2026-3-1';
    await settle(element);
    expect(stepNode(element, 'a')).to.exist;
    const width = () => stepNode(element, 'a').getBoundingClientRect().width;
    element.fit();
    await settle(element);
    element.zoom = 'week';
    await settle(element);
    expect(width()).to.be.closeTo(3 * 16, 0.5);
  });
});
