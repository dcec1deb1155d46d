import { expect } from '@open-wc/testing';
import { get } from 'idb-keyval';
import { IdbPlanStore } from '../../src/io/idb-store.js';
import { PlanPersistence } from '../../src/io/plan-persistence.js';
import { unsavedKey, type UnsavedChange } from '../../src/io/plan-store.js';
import type { StorageError } from '../../src/io/storage-errors.js';
import type { Plan } from '../../src/model/types.js';
import { cleanUp, rawStore, samplePlan, uniqueId } from './storage-fixtures.js';

const ownedBy = (plan: Plan, id: string, owner: string): Plan => ({
  ...plan,
  items: plan.items.map((item) => (item.id === id ? { ...item, owner } : item)),
});
const ownerOf = (plan: Plan | undefined, id: string) => plan?.items.find((item) => item.id === id)?.owner;
const stored = async (id: string) => (await get<{ plan: Plan; revision: number }>(id, rawStore))?.plan;
const kept = (id: string) => get(unsavedKey(id), rawStore);

/** What a page that went away left: the side key only (its own connection was open, as a page's is once it read). */
async function keptByAGonePage(id: string, change: UnsavedChange): Promise<void> {
  const store = new IdbPlanStore();
  await store.load(id);
  expect(store.keepUnsaved(id, change), 'kept').to.equal(true);
  await store.load(id); // anything read after the keep sees it
}

describe('PlanPersistence when the page goes away before a save is done', () => {
  const ids: string[] = [];
  const open: PlanPersistence[] = [];
  let errors: StorageError[];
  const newId = (): string => {
    const id = uniqueId('recover');
    ids.push(id);
    return id;
  };
  /** A page's persistence, as the element makes it: listening to the page. */
  const page = (): PlanPersistence => {
    const persistence = new PlanPersistence(new IdbPlanStore(), { onError: (error) => errors.push(error) });
    persistence.connect();
    open.push(persistence);
    return persistence;
  };
  /** A page that saved the sample plan under a new id and read it back (revision 1): the id. */
  const savedByAPage = async (persistence = page()): Promise<string> => {
    const id = newId();
    persistence.schedule(id, samplePlan(id));
    await persistence.flush();
    await persistence.read(id);
    return id;
  };
  beforeEach(() => (errors = []));
  afterEach(async () => {
    await Promise.all(open.splice(0).map((persistence) => persistence.disconnect()));
    await Promise.all(ids.splice(0).map(cleanUp));
  });

  it('writes the change still to save to a side key as the page hides, and drops it once the save is done', async () => {
    const first = page();
    const id = await savedByAPage(first);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(await kept(id), 'nothing to keep when everything is saved').to.equal(undefined);

    first.schedule(id, ownedBy(samplePlan(id), 'discovery', 'Typed last'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const side = (await kept(id)) as { plan: Plan; revision: number; base: Plan } | undefined;
    expect(ownerOf(side?.plan, 'discovery'), 'the change, kept at once').to.equal('Typed last');
    expect(side?.revision, 'based on the revision saved').to.equal(1);
    expect(ownerOf(side?.base, 'discovery'), 'with the plan of that revision').to.not.equal('Typed last');

    await first.saved;
    expect(ownerOf(await stored(id), 'discovery'), 'the hidden page flushed').to.equal('Typed last');
    expect(await kept(id), 'the side key goes once the save is done').to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('recovers the change a page kept as it went away, and saves it', async () => {
    const id = await savedByAPage();
    // The page went away right after this: its save never ran, only the side key was written.
    await keptByAGonePage(id, {
      plan: ownedBy(samplePlan(id), 'discovery', 'Typed last'),
      revision: 1,
      base: samplePlan(id),
    });

    const next = page();
    const read = await next.read(id, undefined, { recover: true });
    expect(ownerOf(read.plan, 'discovery')).to.equal('Typed last');
    expect(ownerOf(read.recoveredOver, 'discovery'), 'what storage held').to.not.equal('Typed last');
    await next.saved;
    expect(ownerOf(await stored(id), 'discovery'), 'saved again').to.equal('Typed last');
    expect(await kept(id), 'and the side key dropped').to.equal(undefined);
    expect((await page().read(id, undefined, { recover: true })).recoveredOver, 'nothing left').to.equal(undefined);
  });

  it('never takes back a change it kept itself: the page still holds it, and maybe newer ones', async () => {
    const tab = page();
    const id = await savedByAPage(tab);
    tab.schedule(id, ownedBy(samplePlan(id), 'discovery', 'Kept as the tab hid'));
    document.dispatchEvent(new Event('visibilitychange')); // not hidden: nothing kept (the control)
    expect(await kept(id)).to.equal(undefined);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(ownerOf(((await kept(id)) as { plan: Plan }).plan, 'discovery')).to.equal('Kept as the tab hid');
    tab.schedule(id, ownedBy(samplePlan(id), 'discovery', 'Typed after'));
    const again = await tab.read(id, undefined, { recover: true });
    expect(again.recoveredOver, 'nothing recovered').to.equal(undefined);
    await tab.flush();
    expect(ownerOf(await stored(id), 'discovery')).to.equal('Typed after');
    expect(await kept(id), 'the newer save covers the kept change').to.equal(undefined);
  });

  it('merges a kept change with what another tab saved meanwhile', async () => {
    const id = await savedByAPage();
    const base = samplePlan(id);
    // Another tab, open all along, read revision 1 too.
    const other = page();
    await other.read(id);
    await keptByAGonePage(id, { plan: ownedBy(base, 'discovery', 'From the page that went'), revision: 1, base });
    // It saves over revision 1 before anyone comes back.
    other.schedule(id, ownedBy(base, 'security-review', 'From the other tab'));
    await other.flush();

    const read = await page().read(id, undefined, { recover: true });
    expect(ownerOf(read.plan, 'discovery'), 'the kept change').to.equal('From the page that went');
    expect(ownerOf(read.plan, 'security-review'), "the other tab's change").to.equal('From the other tab');
  });

  it('lists no side key as a plan', async () => {
    const id = await savedByAPage();
    await keptByAGonePage(id, { plan: samplePlan(id), revision: 1 });
    const listed = (await new IdbPlanStore().list()).map((summary) => summary.id);
    expect(listed).to.include(id);
    expect(listed).not.to.include(unsavedKey(id));
  });

  it('removes a kept change with its plan, so a deleted plan does not come back', async () => {
    const id = await savedByAPage();
    await keptByAGonePage(id, { plan: samplePlan(id), revision: 1 });
    expect(await kept(id), 'kept (the control)').to.exist;
    await new IdbPlanStore().remove(id);
    expect(await kept(id)).to.equal(undefined);
    expect((await page().read(id, undefined, { recover: true })).plan).to.equal(undefined);
  });

  it('takes the plan of an id that ends in ":unsaved" for that plan, not for a change kept for another id', async () => {
    const id = await savedByAPage();
    const neighbour = page();
    neighbour.schedule(unsavedKey(id), ownedBy(samplePlan(unsavedKey(id)), 'discovery', 'Another plan'));
    await neighbour.flush();
    ids.push(unsavedKey(id));
    const read = await page().read(id, undefined, { recover: true });
    expect(read.recoveredOver, 'nothing recovered').to.equal(undefined);
    expect(ownerOf(read.plan, 'discovery')).not.to.equal('Another plan');
    // The control: a change a page kept under that key is recovered.
    await keptByAGonePage(id, { plan: ownedBy(samplePlan(id), 'discovery', 'Kept'), revision: 1 });
    expect(ownerOf((await page().read(id, undefined, { recover: true })).plan, 'discovery')).to.equal('Kept');
  });
});
