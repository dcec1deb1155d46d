import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlanError } from '../../src/model/errors.js';
import { validatePlan } from '../../src/model/validate.js';
import type { Plan } from '../../src/model/types.js';

const valid = (): Plan => ({
  version: 1,
  id: 'deal',
  title: 'Deal',
  status: 'verbal',
  targetDate: '2026-06-30',
  targetItemId: 'sign',
  parties: [
    { id: 's', name: 'Seller', side: 'seller' },
    { id: 'b', name: 'Buyer', side: 'buyer' },
  ],
  items: [
    { id: 'demo', title: 'Demo', partyId: 's', kind: 'task', start: '2026-03-02', end: '2026-03-06' },
    {
      id: 'go',
      title: 'Decision',
      partyId: 'b',
      kind: 'decision',
      start: '2026-03-10',
      end: '2026-03-10',
      dependsOn: ['demo'],
    },
    {
      id: 'sign',
      title: 'Signature',
      partyId: 'b',
      kind: 'milestone',
      start: '2026-03-20',
      end: '2026-03-20',
      dependsOn: ['go'],
      ifYes: 'go',
    },
  ],
});

type Breaker = (plan: any) => unknown;

/** Each case breaks one rule; the error must name this path and say something specific. */
const BAD_INPUT: [string, Breaker, string, RegExp][] = [
  ['not an object', () => 42, '(plan)', /not a plan object/],
  ['an array', () => [], '(plan)', /not a plan object/],
  [
    'missing version',
    (p) => {
      delete p.version;
    },
    'version',
    /version: missing \(it must be 1\)/,
  ],
  [
    'a future version',
    (p) => {
      p.version = 2;
    },
    'version',
    /newer than this component reads/,
  ],
  [
    'empty id',
    (p) => {
      p.id = '';
    },
    'id',
    /non-empty string/,
  ],
  [
    'numeric title',
    (p) => {
      p.title = 7;
    },
    'title',
    /must be a string/,
  ],
  [
    'unknown agreement status',
    (p) => {
      p.status = 'green';
    },
    'status',
    /"green" is not one of vague, verbal, written/,
  ],
  [
    'impossible target date',
    (p) => {
      p.targetDate = '2026-02-30';
    },
    'targetDate',
    /"2026-02-30" is not a date/,
  ],
  [
    'unknown target step',
    (p) => {
      p.targetItemId = 'nope';
    },
    'targetItemId',
    /"nope" is not the id of a step/,
  ],
  [
    'parties not a list',
    (p) => {
      p.parties = {};
    },
    'parties',
    /must be an array/,
  ],
  [
    'party without id',
    (p) => {
      delete p.parties[1].id;
    },
    'parties[1].id',
    /parties\[1\]\.id: missing \(it must be a non-empty string\)/,
  ],
  [
    'duplicate party id',
    (p) => {
      p.parties[1].id = 's';
    },
    'parties[1].id',
    /"s" is used by another party/,
  ],
  [
    'party without name',
    (p) => {
      p.parties[0].name = ' ';
    },
    'parties[0].name',
    /non-empty string/,
  ],
  [
    'unknown side',
    (p) => {
      p.parties[1].side = 'customer';
    },
    'parties[1].side',
    /"customer" is not one of seller, buyer, partner/,
  ],
  [
    'items not a list',
    (p) => {
      p.items = 'none';
    },
    'items',
    /must be an array/,
  ],
  [
    'step that is not an object',
    (p) => {
      p.items[1] = null;
    },
    'items[1]',
    /not a step object/,
  ],
  [
    'duplicate step id',
    (p) => {
      p.items[2].id = 'demo';
    },
    'items[2].id',
    /"demo" is used by another step/,
  ],
  [
    'step in an unknown lane',
    (p) => {
      p.items[0].partyId = 'x';
    },
    'items[0].partyId',
    /"x" is not the id of a party/,
  ],
  [
    'unknown kind',
    (p) => {
      p.items[0].kind = 'phase';
    },
    'items[0].kind',
    /"phase" is not one of task, milestone, decision/,
  ],
  [
    'end that is not a date',
    (p) => {
      p.items[0].end = '2026-02-30';
    },
    'items[0].end',
    /"2026-02-30" is not a date/,
  ],
  [
    'start with a time',
    (p) => {
      p.items[0].start = '2026-03-02T09:00';
    },
    'items[0].start',
    /is not a date/,
  ],
  [
    'end before start',
    (p) => {
      p.items[0].end = '2026-03-01';
    },
    'items[0].end',
    /"2026-03-01" is before start "2026-03-02"/,
  ],
  [
    'a milestone that lasts',
    (p) => {
      p.items[2].end = '2026-03-21';
    },
    'items[2].end',
    /must equal start "2026-03-20" for a milestone/,
  ],
  [
    'unknown step status',
    (p) => {
      p.items[0].status = 'wip';
    },
    'items[0].status',
    /"wip" is not one of todo/,
  ],
  [
    'dependsOn not a list',
    (p) => {
      p.items[1].dependsOn = 'demo';
    },
    'items[1].dependsOn',
    /must be an array of step ids/,
  ],
  [
    'dependency on an unknown step',
    (p) => {
      p.items[1].dependsOn = ['ghost'];
    },
    'items[1].dependsOn[0]',
    /"ghost" is not the id of a step/,
  ],
  [
    'dependency on itself',
    (p) => {
      p.items[1].dependsOn = ['go'];
    },
    'items[1].dependsOn[0]',
    /is the step itself/,
  ],
  [
    'the same dependency twice',
    (p) => {
      p.items[1].dependsOn = ['demo', 'demo'];
    },
    'items[1].dependsOn[1]',
    /listed twice/,
  ],
  [
    'ifYes on a task',
    (p) => {
      p.items[2].ifYes = 'demo';
    },
    'items[2].ifYes',
    /"demo" is a task, not a decision/,
  ],
  [
    'ifYes on nothing',
    (p) => {
      p.items[2].ifYes = 'maybe';
    },
    'items[2].ifYes',
    /"maybe" is not the id of a step/,
  ],
  [
    'internal as text',
    (p) => {
      p.items[0].internal = 'yes';
    },
    'items[0].internal',
    /must be true or false/,
  ],
  [
    'owner as a number',
    (p) => {
      p.items[0].owner = 5;
    },
    'items[0].owner',
    /must be a string/,
  ],
  [
    'baseline backwards',
    (p) => {
      p.items[0].baseline = { start: '2026-03-05', end: '2026-03-01' };
    },
    'items[0].baseline.end',
    /is before start/,
  ],
  [
    'baseline not a range',
    (p) => {
      p.items[0].baseline = '2026-03-05';
    },
    'items[0].baseline',
    /must be an object with start and end/,
  ],
  [
    'log entry with unknown op',
    (p) => {
      p.log = [{ at: '2026-03-01T10:00:00Z', op: 'rename' }];
    },
    'log[0].op',
    /"rename" is not one of/,
  ],
  [
    'dependency cycle',
    (p) => {
      p.items[0].dependsOn = ['sign'];
    },
    'items',
    /dependency cycle: demo → sign → go → demo/,
  ],
];

describe('validating untrusted plan documents', () => {
  it('accepts a valid plan and returns an equal copy, not the same object', () => {
    const input = valid();
    const plan = validatePlan(input);
    assert.deepEqual(plan, input);
    assert.notEqual(plan, input);
  });

  for (const [name, breakIt, path, message] of BAD_INPUT) {
    it(`rejects ${name} at ${path}`, () => {
      const input: any = valid();
      const replaced = breakIt(input);
      const document = replaced === undefined ? input : replaced;
      const error = catchError(() => validatePlan(document));
      assert.ok(error instanceof PlanError, 'a PlanError');
      assert.equal(error.code, 'invalid-plan');
      const issue = error.issues.find((candidate) => candidate.path === path);
      assert.ok(issue, `an issue at ${path}, got ${error.message}`);
      assert.match(`${issue.path}: ${issue.message}`, message);
      assert.ok(error.message.includes(path));
    });
  }

  it('reports several problems at once', () => {
    const input: any = valid();
    input.items[0].end = '2026-02-30';
    input.items[1].partyId = 'nobody';
    input.parties[0].side = 'vendor';
    const error = catchError(() => validatePlan(input)) as PlanError;
    assert.deepEqual(error.issues.map((issue) => issue.path).sort(), [
      'items[0].end',
      'items[1].partyId',
      'parties[0].side',
    ]);
  });

  it('explains invalid JSON text instead of throwing a SyntaxError', () => {
    const error = catchError(() => validatePlan('{"version": 1,')) as PlanError;
    assert.equal(error.code, 'invalid-plan');
    assert.match(error.message, /not valid JSON/);
  });

  it('keeps unknown fields through a load and save round trip', () => {
    const input: any = valid();
    input.crmId = 'OPP-123';
    input.parties[0].logo = 'acme.svg';
    input.items[0].effortHours = 12;
    const saved = JSON.parse(JSON.stringify(validatePlan(JSON.stringify(input))));
    assert.equal(saved.crmId, 'OPP-123');
    assert.equal(saved.parties[0].logo, 'acme.svg');
    assert.equal(saved.items[0].effortHours, 12);
  });

  it('does not modify the document it checks', () => {
    const input = valid();
    const before = JSON.stringify(input);
    validatePlan(input);
    assert.equal(JSON.stringify(input), before);
  });
});

function catchError(run: () => unknown): PlanError | undefined {
  try {
    run();
  } catch (error) {
    return error as PlanError;
  }
  assert.fail('expected an error');
}
