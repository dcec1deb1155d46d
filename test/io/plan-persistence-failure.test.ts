import { expect } from '@open-wc/testing';
import { IdbPlanStore } from '../../src/io/idb-store.js';
import { PlanPersistence } from '../../src/io/plan-persistence.js';
import type { StorageError } from '../../src/io/storage-errors.js';
import type { Plan } from '../../src/model/types.js';
import { FailingStore, samplePlan, withGlobal } from './storage-fixtures.js';

const titled = (plan: Plan, title: string): Plan => ({ ...plan, title });

/** The rejection of a flush or `saved` that must not resolve while changes are not durable. */
async function notDurable(promise: Promise<void>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('resolved although nothing was saved');
    },
    (error: Error) => error,
  );
}

describe('PlanPersistence when storage fails', () => {
  const failing = (fail: () => unknown) => {
    const store = new FailingStore(fail);
    const errors: StorageError[] = [];
    const persistence = new PlanPersistence(store, { debounceMs: 5, onError: (error) => errors.push(error) });
    return { store, errors, persistence };
  };

  it('reports storage-quota exactly once across several saves, and flush says the changes are not durable', async () => {
    const { store, errors, persistence } = failing(() => new DOMException('full', 'QuotaExceededError'));
    for (let round = 0; round < 3; round += 1) {
      persistence.schedule('quota', titled(samplePlan('quota'), `round ${round}`));
      expect((await notDurable(persistence.flush())).message).to.contain('"quota"');
    }
    persistence.schedule('quota', samplePlan('quota'));
    await notDurable(persistence.saved);
    expect(store.calls).to.equal(4);
    expect(errors).to.have.length(1);
    expect(errors[0]?.code).to.equal('storage-quota');
    expect((errors[0]?.cause as DOMException).name).to.equal('QuotaExceededError');
  });

  it('reports a generic open failure as storage-unavailable', async () => {
    const { errors, persistence } = failing(() => new Error('Failed to open database'));
    persistence.schedule('down', samplePlan('down'));
    persistence.schedule('down', samplePlan('down'));
    await notDurable(persistence.flush());
    await notDurable(persistence.flush());
    expect(errors.map((error) => error.code)).to.deep.equal(['storage-unavailable']);
  });

  it('reports each code once, and again after storage recovered and failed anew', async () => {
    let next: unknown = new DOMException('private mode', 'InvalidStateError');
    const { store, errors, persistence } = failing(() => next);
    store.save = async () => {
      store.calls += 1;
      if (next) throw next;
    };
    const save = async (): Promise<void> => {
      persistence.schedule('flaky', samplePlan('flaky'));
      await persistence.flush().catch(() => undefined); // rejects while storage fails; resolves once it works
    };
    await save();
    next = new DOMException('full', 'QuotaExceededError');
    await save();
    await save();
    next = undefined;
    await save();
    next = new DOMException('full', 'QuotaExceededError');
    await save();
    expect(errors.map((error) => error.code)).to.deep.equal(['storage-unavailable', 'storage-quota', 'storage-quota']);
  });

  it('keeps working without IndexedDB at all', async () => {
    await withGlobal('indexedDB', undefined, async () => {
      const errors: StorageError[] = [];
      const persistence = new PlanPersistence(new IdbPlanStore(), { onError: (error) => errors.push(error) });
      expect((await persistence.read('none')).failed?.code).to.equal('storage-unavailable');
      persistence.schedule('none', samplePlan('none'));
      await notDurable(persistence.flush());
      expect(errors.map((error) => error.code)).to.deep.equal(['storage-unavailable']);
    });
  });
});
