import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlanError } from '../../src/model/errors.js';
import { freezePlan } from '../../src/model/freeze.js';
import { isValidPlan, planIssues, validatePlan } from '../../src/model/validate.js';
import type { Plan } from '../../src/model/types.js';

const valid = (): Plan => ({
  version: 1,
  id: 'deal',
  title: 'Deal',
  parties: [{ id: 's', name: 'Seller', side: 'seller' }],
  items: [
    { id: 'a', title: 'A', partyId: 's', kind: 'task', start: '2026-03-02', end: '2026-03-06' },
    { id: 'b', title: 'B', partyId: 's', kind: 'task', start: '2026-03-09', end: '2026-03-13', dependsOn: ['a'] },
    { id: 'c', title: 'C', partyId: 's', kind: 'task', start: '2026-03-16', end: '2026-03-20', dependsOn: ['b'] },
  ],
});

/** An object nested `depth` levels deep: `{ next: { next: … } }`. */
function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let level = 1; level < depth; level += 1) current = (current['next'] = {}) as Record<string, unknown>;
  return root;
}

/** What validatePlan threw, which must be a PlanError whatever the input. */
function refusal(input: unknown): PlanError {
  let thrown: unknown;
  try {
    validatePlan(input);
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown !== undefined, 'the input was accepted');
  assert.ok(thrown instanceof PlanError, `a PlanError, not ${String(thrown)}`);
  assert.equal(thrown.code, 'invalid-plan');
  assert.doesNotMatch(thrown.message, /Maximum call stack|is not a function|Cannot read|DataCloneError/);
  return thrown;
}

type Hostile = [name: string, make: () => unknown, path: string, message: RegExp];

const HOSTILE: Hostile[] = [
  [
    'a plan that contains itself',
    () => {
      const p: any = valid();
      p.self = p;
      return p;
    },
    'self',
    /refers back to itself/,
  ],
  [
    'a step whose dependsOn contains the step',
    () => {
      const p: any = valid();
      p.items[1].dependsOn.push(p.items[1]);
      return p;
    },
    'items[1].dependsOn[1]',
    /refers back to itself/,
  ],
  [
    'a BigInt in an unknown field',
    () => ({ ...valid(), budget: 10n ** 20n }),
    'budget',
    /100000000000000000000n is a BigInt/,
  ],
  [
    'a BigInt as a title',
    () => {
      const p: any = valid();
      p.items[0].title = 1n;
      return p;
    },
    'items[0].title',
    /1n is a BigInt/,
  ],
  [
    'a getter that throws',
    () => {
      const p: any = valid();
      Object.defineProperty(p.items[2], 'owner', {
        enumerable: true,
        get: () => {
          throw new TypeError('no owner today');
        },
      });
      return p;
    },
    'items[2].owner',
    /could not be read \(TypeError: no owner today\)/,
  ],
  [
    'a proxy that throws on every read',
    () => ({
      ...valid(),
      parties: new Proxy([], {
        get: () => {
          throw new Error('trap');
        },
        has: () => {
          throw new Error('trap');
        },
      }),
    }),
    'parties',
    /could not be read/,
  ],
  [
    'something thrown that is not an Error',
    () => {
      const p: any = valid();
      Object.defineProperty(p, 'title', {
        enumerable: true,
        get: () => {
          throw Object.create(null);
        },
      });
      return p;
    },
    'title',
    /could not be read/,
  ],
  [
    'a sparse list of steps [a, , c]',
    () => {
      const p: any = valid();
      p.items = [p.items[0], , p.items[2]];
      return p;
    },
    'items[1]',
    /empty slot \(a sparse array/,
  ],
  [
    'undefined in a list',
    () => {
      const p: any = valid();
      p.items[1].dependsOn = [undefined];
      return p;
    },
    'items[1].dependsOn[0]',
    /undefined/,
  ],
  ['NaN in an unknown field', () => ({ ...valid(), effort: Number.NaN }), 'effort', /NaN is not a finite number/],
  ['a function', () => ({ ...valid(), onLoad: () => 1 }), 'onLoad', /is a function/],
  ['a symbol', () => ({ ...valid(), tag: Symbol('x') }), 'tag', /is a symbol/],
  ['a Date', () => ({ ...valid(), signedAt: new Date(0) }), 'signedAt', /is a Date, not plain data/],
  ['a Map as the steps', () => ({ ...valid(), items: new Map() }), 'items', /is a Map, not plain data/],
  ['Math as a field', () => ({ ...valid(), helper: Math }), 'helper', /is a Math, not plain data/],
  [
    'a prototype-free object with its own tag',
    () => ({ ...valid(), meta: Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Module', x: 1 }) }),
    'meta',
    /is a Module, not plain data/,
  ],
  [
    'an unknown field nested 5,000 deep',
    () => {
      const p: any = valid();
      p.items[0].meta = nested(5000);
      return p;
    },
    'items[0].meta.next.next.next…',
    /nests more than 100 levels deep/,
  ],
  [
    'a top-level field nested 100,000 deep',
    () => ({ ...valid(), extra: nested(100_000) }),
    'extra.next.next.next.next.next…',
    /nests more than 100 levels deep/,
  ],
  [
    'arrays nested 5,000 deep in JSON text',
    () => `{"version":1,"deep":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    'deep[0][0][0][0][0]…',
    /nests more than 100 levels deep/,
  ],
  ['a whole document that is a function', () => () => valid(), '(plan)', /is a function/],
];

describe('validatePlan never throws anything but a PlanError', () => {
  for (const [name, make, path, message] of HOSTILE) {
    it(`refuses ${name}, naming ${path}`, () => {
      const error = refusal(make());
      assert.equal(error.issues.length, 1, error.message);
      assert.equal(error.issues[0]!.path, path);
      assert.match(error.issues[0]!.message, message);
      assert.equal(error.message, `${error.issues[0]!.path}: ${error.issues[0]!.message}`);
    });
  }

  it('reports the same problems from planIssues and isValidPlan, which never throw either', () => {
    for (const [name, make, path] of HOSTILE) {
      const input = make();
      const document = typeof input === 'string' ? JSON.parse(input) : input;
      assert.deepEqual(
        planIssues(document).map((issue) => issue.path),
        [path],
        name,
      );
      assert.equal(isValidPlan(document), false, name);
    }
  });

  it('accepts the same plans when nothing hostile is left (positive control)', () => {
    const plan: any = valid();
    plan.items[0].meta = nested(90);
    plan.budget = '100000000000000000000';
    plan.shared = { note: 'one object' };
    plan.again = plan.shared; // shared, not circular
    const checked = validatePlan(plan);
    assert.deepEqual(checked, plan);
    assert.notEqual(checked.items[0], plan.items[0], 'a copy');
    assert.deepEqual(validatePlan(JSON.stringify(plan)), JSON.parse(JSON.stringify(plan)));
  });

  it('reads each getter once: the plan returned is the plan that was checked', () => {
    const plan: any = valid();
    let reads = 0;
    Object.defineProperty(plan.items[0], 'title', { enumerable: true, get: () => (reads++ === 0 ? 'Checked' : 10n) });
    assert.equal(validatePlan(plan).items[0]!.title, 'Checked');
    assert.equal(reads, 1);
  });

  it('keeps a "__proto__" key as data, without changing the prototype of the copy', () => {
    const plan = validatePlan(
      '{"version":1,"id":"x","title":"X","parties":[],"items":[],"__proto__":{"polluted":true}}',
    );
    assert.equal(Object.getPrototypeOf(plan), Object.prototype);
    assert.equal((plan as any).polluted, undefined);
    assert.deepEqual(Object.getOwnPropertyDescriptor(plan, '__proto__')?.value, { polluted: true });
    assert.equal(({} as any).polluted, undefined);
  });

  it('checks a frozen plan again after a getter-free change, and still finds new problems', () => {
    const plan = freezePlan(validatePlan(valid()));
    assert.deepEqual(planIssues(plan), []);
    const changed = { ...plan, items: [...plan.items, { ...plan.items[0]!, id: 'd', title: 'D\u0000' }] };
    assert.deepEqual(
      planIssues(changed).map((issue) => issue.path),
      ['items[3].title'],
    );
  });
});
