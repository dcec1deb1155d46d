import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { planOf } from '../support/plan-builders.js';
import { settle, shadow, stepNode, timelineWith } from '../support/element.js';
import { click } from '../support/input.js';

const picker = (element: MapTimeline) =>
  shadow(element).querySelector<HTMLSelectElement>('.inspector [name="addDependency"]')!;
const offered = (element: MapTimeline) =>
  [...picker(element).options].map((option) => option.value).filter((value) => value !== '');

describe('the step panel’s list of steps to wait for', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('is filled when it is first reached, and then links the step chosen by keyboard', async () => {
    const element = await timelineWith(
      planOf({ a: ['2026-03-02', '2026-03-04'], b: ['2026-03-05', '2026-03-06'], c: ['2026-03-09', '2026-03-13'] }),
      { zoom: 'week' },
    );
    await click(element, stepNode(element, 'c'));
    await settle(element);
    // Opening the panel does not name every step of the plan: a large plan would pay for it on each click.
    expect(shadow(element).querySelector('.inspector'), 'the details open on a click').to.exist;
    expect(picker(element), 'the list is shown').to.exist;
    expect(offered(element)).to.deep.equal([]);

    picker(element).focus();
    await settle(element);
    expect(offered(element)).to.deep.equal(['a', 'b']);
    const waitsFor = () => element.getPlan().items.find((item) => item.id === 'c')!.dependsOn;
    // Looking through the closed list with the arrows links nothing: only Enter adds the step shown.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(picker(element).value, 'the list shows the step passed last').to.equal('b');
    expect(waitsFor(), 'browsing links nothing').to.equal(undefined);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(waitsFor()).to.deep.equal(['a']);
    expect(picker(element).value, 'the list shows its prompt again').to.equal('');
    expect(offered(element), 'a step already waited for is not offered again').to.deep.equal(['b']);
  });

  it('makes a step chosen to wait for the buyer’s decision hold only if yes, and says so when it is set back to always', async () => {
    const base = planOf({ d: ['2026-03-04', '2026-03-04'], c: ['2026-03-09', '2026-03-13'] });
    const plan = {
      ...base,
      items: base.items.map((item) => (item.id === 'd' ? { ...item, kind: 'decision' as const } : item)),
    };
    const element = await timelineWith(plan, { zoom: 'week' });
    await click(element, stepNode(element, 'c'));
    await settle(element);
    const ifYes = () => shadow(element).querySelector<HTMLSelectElement>('.inspector [name="ifYes"]')!;
    const hint = () => shadow(element).querySelector('.inspector #ifYes-note')?.textContent ?? '';
    expect(ifYes().value, 'the control: it always happens before').to.equal('');
    picker(element).focus();
    await settle(element);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const step = () => element.getPlan().items.find((item) => item.id === 'c')!;
    expect(step().dependsOn).to.deep.equal(['d']);
    expect(step().ifYes, 'it holds only if yes now').to.equal('d');
    expect(ifYes().value).to.equal('d');
    expect(stepNode(element, 'c')!.getAttribute('part'), 'drawn as conditional').to.contain('conditional');
    expect(hint()).to.equal('');

    ifYes().value = '';
    ifYes().dispatchEvent(new Event('change'));
    await settle(element);
    expect(step().ifYes, 'the rep may say it always happens').to.equal(undefined);
    expect(hint()).to.equal('Waits for “D”: choose it if this step holds only on a yes.');
  });

  it('moves the step after the one chosen when it started too early, as one undo step', async () => {
    const element = await timelineWith(
      planOf({
        a: ['2026-03-02', '2026-03-11'],
        c: ['2026-03-04', '2026-03-05'],
        d: ['2026-03-06', '2026-03-06', 'c'],
      }),
      { zoom: 'week' },
    );
    await click(element, stepNode(element, 'c'));
    await settle(element);
    picker(element).focus();
    await settle(element);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const item = (id: string) => element.getPlan().items.find((candidate) => candidate.id === id)!;
    expect(item('c')).to.include({ start: '2026-03-12', end: '2026-03-13' });
    expect(item('d').start, 'and what waits for it').to.equal('2026-03-14');
    expect(element.undo()).to.equal(true);
    expect(item('c')).to.include({ start: '2026-03-04', end: '2026-03-05' });
    expect(item('c').dependsOn).to.equal(undefined);
  });

  it('drops a step browsed to in the closed list when focus moves on without Enter', async () => {
    const element = await timelineWith(planOf({ a: ['2026-03-02', '2026-03-04'], c: ['2026-03-09', '2026-03-13'] }), {
      zoom: 'week',
    });
    await click(element, stepNode(element, 'c'));
    await settle(element);
    picker(element).focus();
    await settle(element);
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(picker(element).value, 'positive control: the arrow did choose a').to.equal('a');
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(element.getPlan().items.find((item) => item.id === 'c')!.dependsOn).to.equal(undefined);
    expect(picker(element).value).to.equal('');
  });

  it('leaves out the steps that wait for this one, which would close a loop', async () => {
    const element = await timelineWith(
      planOf({
        a: ['2026-03-02', '2026-03-03'],
        b: ['2026-03-04', '2026-03-05', 'a'],
        c: ['2026-03-06', '2026-03-09', 'b'],
        d: ['2026-03-02', '2026-03-04'],
      }),
      { zoom: 'week' },
    );
    const offeredFor = async (id: string) => {
      await click(element, stepNode(element, id));
      await settle(element);
      picker(element).focus();
      await settle(element);
      return offered(element);
    };
    expect(await offeredFor('a'), 'b waits for a, and c for b').to.deep.equal(['d']);
    expect(await offeredFor('d'), 'd is free to wait for any step').to.deep.equal(['a', 'b', 'c']);
  });
});
