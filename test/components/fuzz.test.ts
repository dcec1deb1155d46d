import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { SAMPLE_PLANS } from '../../src/model/samples/index.js';
import { mutatedPlan } from '../support/plan-mutations.js';
import { pick, seededRandom } from '../support/random-plan.js';

const PLANS = 1_000;
const SEED = 20_260_310;
/**
 * A path at the start of the message: `(plan)`, `items[3].end`, `calendar.workdays[0]`, `version`, or an unknown
 * field's own path (`deep[0][0].level251…` when it nests too deep), then a colon.
 */
const NAMES_A_PATH = /^(\(plan\)|[A-Za-z_$][\w$]*|\[\d+\])(\[\d+\]|\.[A-Za-z_$][\w$]*|\["[^"]*"\])*…?: /;

describe('<map-timeline> 1,000 hostile plans (seeded fuzz)', function () {
  // A plan that hangs fails the test on this time limit, and `afterEach` names the plan it stopped at; how long each
  // plan takes is the bench's business, not an assertion here.
  this.timeout(120_000);
  let current = '';
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(`fuzz stopped at ${current}`);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`never throws, never hangs, names the path of every refusal and keeps the plan shown (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const element = document.createElement('map-timeline') as MapTimeline;
    element.setAttribute('today', '2026-03-10');
    element.style.cssText = 'width:1000px;height:500px';
    document.body.append(element);
    const errors: { code: string; message: string }[] = [];
    element.addEventListener('map-error', (event) => errors.push(event.detail));
    const titleShown = () => element.shadowRoot!.querySelector('.plan-title')?.textContent ?? '';
    let accepted = 0;
    let rejected = 0;
    try {
      for (let index = 0; index < PLANS; index += 1) {
        const sample = pick(random, SAMPLE_PLANS);
        const { plan, did } = mutatedPlan(sample.build('2026-03-02'), random);
        const what = `plan ${index} (${sample.id}: ${did.join('; ') || 'unchanged'})`;
        current = what;
        const before = { plan: accepted > 0 ? element.plan : undefined, title: titleShown() };
        errors.length = 0;
        element.plan = plan as MapTimeline['plan'];
        if (errors.length === 0 && index % 7 === 0) element.view = element.view === 'table' ? 'timeline' : 'table';
        if (errors.length === 0 && index % 11 === 0)
          element.audience = element.audience === 'buyer' ? 'seller' : 'buyer';
        await element.updateComplete;
        if (errors.length > 0) {
          rejected += 1;
          expect(errors, what).to.have.length(1);
          expect(errors[0]!.message, `${what}: the message names a path`).to.match(NAMES_A_PATH);
          if (before.plan) expect(element.plan, `${what}: the plan shown is kept`).to.equal(before.plan);
          expect(titleShown(), `${what}: the title bar still shows the plan before`).to.equal(before.title);
        } else {
          accepted += 1;
          expect(titleShown(), `${what}: the title bar shows the new plan`).to.equal(element.plan.title);
        }
        expect(uncaught, what).to.deep.equal([]);
      }
    } finally {
      element.remove();
    }
    console.log(`fuzz (seed ${SEED}): ${accepted} accepted, ${rejected} rejected`);
    // The mutations must leave some plans valid and break most of them, or the run proves little.
    expect(accepted).to.be.above(100);
    expect(rejected).to.be.above(400);
  });
});
