import { expect, oneEvent } from '@open-wc/testing';
import 'map-timeline';
import { MapChangeEvent, type LogEntry, type MapLoadEvent, type MapTimeline } from 'map-timeline';
import { validatePlan } from '../../src/model/validate.js';
import { cleanUp, uniqueId } from '../io/storage-fixtures.js';
import { record } from '../support/input.js';
import { acmePlan, container } from './acme.js';

const page = new URL('../../examples/plain.html', import.meta.url);

/** The example page's element and inline script, as the dev server hands the page to a browser. */
async function examplePage(): Promise<{ element: Element; script: string }> {
  const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
  return {
    element: doc.querySelector('map-timeline')!,
    script: doc.querySelector('script[type="module"]')!.textContent!,
  };
}

/** Runs a module script in this page as its own page would run it; resolves once it has run. */
function runModule(code: string): Promise<void> {
  const ran = `ran-${crypto.randomUUID()}`;
  const done = new Promise<void>((resolve) => addEventListener(ran, () => resolve(), { once: true }));
  const script = document.createElement('script');
  script.type = 'module';
  script.textContent = `${code}\ndispatchEvent(new Event('${ran}'));`;
  document.body.append(script);
  return done.finally(() => script.remove());
}

describe('examples/plain.html', () => {
  const realFetch = window.fetch;
  let posts: Array<{ url: string; init: RequestInit }>;
  let planId: string;
  let element: MapTimeline | undefined;

  beforeEach(() => {
    posts = [];
    planId = uniqueId('acme-deal');
    window.fetch = async (input, init) => {
      if (init?.method !== 'POST') return realFetch(input, init);
      posts.push({ url: String(input), init });
      return new Response(null, { status: 204 });
    };
  });

  afterEach(async () => {
    window.fetch = realFetch;
    await element?.flush();
    element?.parentElement?.remove();
    await cleanUp(planId);
  });

  it('ships a valid plan: three parties, six steps, a decision that later steps assume', async () => {
    const plan = validatePlan(await acmePlan());
    expect(plan.id).to.equal('acme-deal');
    expect(plan.parties.map((party) => party.side)).to.deep.equal(['seller', 'buyer', 'partner']);
    expect(plan.items).to.have.length(6);
    const decision = plan.items.find((item) => item.kind === 'decision')!;
    expect(plan.items.filter((item) => item.ifYes === decision.id).map((item) => item.id)).to.deep.equal([
      'sow',
      'contract-signed',
    ]);
  });

  it('loads the plan from src and posts every committed change to the back end', async () => {
    const { element: markup, script } = await examplePage();
    expect(markup.getAttribute('plan-id')).to.equal('acme-deal');
    expect(script).to.contain('import "/src/index.ts"'); // `import 'map-timeline'`, resolved as a bundler would
    // Stored plans from earlier runs must not answer instead of src; the page's relative src is resolved against it.
    markup.setAttribute('plan-id', planId);
    markup.setAttribute('src', new URL(markup.getAttribute('src')!, page).href);
    element = document.importNode(markup, true) as MapTimeline;
    const loaded = oneEvent(element, 'map-load') as Promise<MapLoadEvent>;
    container().append(element);
    const { detail } = await loaded;
    expect(detail.from).to.equal('src');
    expect(detail.plan.id).to.equal('acme-deal');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[data-item-id]')).to.have.length(6);

    await runModule(script);

    const changes = record<MapChangeEvent>(element, 'map-change');
    element.updateItem('security-review', { end: '2026-05-06' });
    expect(changes).to.have.length(1);
    expect(posts).to.have.length(1);
    expect(posts[0]!.url).to.equal('/api/plans/acme-deal/changes');
    expect(new Headers(posts[0]!.init.headers).get('content-type')).to.equal('application/json');
    const sent = JSON.parse(posts[0]!.init.body as string) as LogEntry[];
    expect(sent).to.deep.equal(changes[0]!.detail.changes);
    expect(sent.map((entry) => [entry.op, entry.itemId])).to.deep.include(['update', 'security-review']);
    // The decision after the review moved with it, and that is in the same post.
    expect(sent.map((entry) => entry.itemId)).to.include('go-no-go');

    // Changes merged in from another tab were posted by that tab.
    element.dispatchEvent(new MapChangeEvent({ plan: element.getPlan(), changes: sent, source: 'remote' }));
    expect(posts).to.have.length(1);
  });
});
