import { expect } from '@open-wc/testing';
import { PlanPicker } from '../../demo/plan-picker.js';
import { SAMPLE_CHOICES } from '../../demo/plans.js';
import { IdbPlanStore } from '../../src/index.js';
import type { Plan } from '../../src/model/types.js';

const TODAY = '2026-12-04';
const store = new IdbPlanStore();

const options = (select: HTMLSelectElement) =>
  [...select.querySelectorAll('option')].map(
    (option) => `${(option.parentElement as HTMLOptGroupElement).label}: ${option.textContent}`,
  );

describe('the demo’s plan picker', () => {
  let select: HTMLSelectElement;
  let picker: PlanPicker;
  const stored: string[] = [];

  beforeEach(() => {
    select = document.createElement('select');
    document.body.append(select);
    picker = new PlanPicker(select, () => TODAY);
  });

  afterEach(async () => {
    select.remove();
    for (const key of stored.splice(0)) await store.remove(key);
  });

  it('drops a new plan left as it was made, and keeps one that was changed', async () => {
    const untouched = picker.create();
    const untouchedPlan = untouched.fresh(TODAY)!;
    await store.save(untouched.storageKey, untouchedPlan);
    stored.push(untouched.storageKey);
    const named = picker.create();
    const namedPlan: Plan = {
      ...named.fresh(TODAY)!,
      title: 'Globex renewal',
      log: [
        {
          at: '2026-12-04T10:00:00Z',
          op: 'plan',
          before: { title: 'New mutual action plan' },
          after: { title: 'Globex renewal' },
        },
      ],
    };
    await store.save(named.storageKey, namedPlan);
    stored.push(named.storageKey);
    await picker.refresh(untouched.id);
    expect(options(select)).to.include('Your plans: New mutual action plan');

    await picker.leave(untouched, untouchedPlan);
    await picker.leave(named, namedPlan);
    await picker.refresh(SAMPLE_CHOICES[0]!.id);

    expect(options(select)).not.to.include('Your plans: New mutual action plan');
    expect(await store.load(untouched.storageKey)).to.equal(undefined);
    expect(options(select)).to.include('Your plans: Globex renewal');
  });

  it('names each new plan apart from the new plans kept before it', async () => {
    const first = picker.create();
    const second = picker.create();
    const third = picker.create();
    expect([first, second, third].map((choice) => choice.fresh(TODAY)!.title)).to.deep.equal([
      'New mutual action plan',
      'New mutual action plan 2',
      'New mutual action plan 3',
    ]);
    // The control: a name given up (the plan left untouched, so dropped) is given again.
    await picker.leave(third, third.fresh(TODAY));
    expect(picker.create().fresh(TODAY)!.title).to.equal('New mutual action plan 3');
  });

  it('goes from a deleted plan to the plan listed first under “Your plans”, never back to the deleted one', async () => {
    const older = picker.create();
    await store.save(older.storageKey, { ...older.fresh(TODAY)!, title: 'Globex renewal' });
    stored.push(older.storageKey);
    const newer = picker.create();
    await store.save(newer.storageKey, { ...newer.fresh(TODAY)!, title: 'Initech pilot' });
    stored.push(newer.storageKey);
    await picker.refresh(newer.id);
    // Other tests may have stored plans of their own in this browser: the expectation is read from the list shown.
    const yours = () =>
      [...select.querySelectorAll('optgroup[label="Your plans"] option')].map((option) => option.getAttribute('value'));
    expect(yours(), 'both plans are listed').to.include.members([older.id, newer.id]);
    const next = picker.afterDeleting(newer);
    expect(next.id).to.equal(yours().find((id) => id !== newer.id));
    expect(next.own, 'one of the user’s plans, not a sample').to.equal(true);
  });

  it('names a sample after the plan stored in its place once that is another plan', async () => {
    const sample = SAMPLE_CHOICES.find((choice) => choice.id === 'hiring')!;
    const fresh = sample.fresh(TODAY)!;
    stored.push(sample.storageKey);
    await store.save(sample.storageKey, fresh);
    await picker.refresh(sample.id);
    expect(options(select)).to.include(`Samples: ${sample.label}`);

    await store.save(sample.storageKey, { ...fresh, title: 'Helios pilot' });
    await picker.refresh(sample.id);
    expect(options(select)).to.include(`Samples: Helios pilot · was “${sample.label}”`);
    expect(select.value).to.equal(sample.id);
  });
});
