import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlanError } from '../../src/model/errors.js';
import { updateItem } from '../../src/model/commands.js';
import { safeText, unsafeTextProblem } from '../../src/model/text.js';
import { validatePlan } from '../../src/model/validate.js';
import type { Plan } from '../../src/model/types.js';

const valid = (): Plan => ({
  version: 1,
  id: 'deal',
  title: 'Deal',
  parties: [
    { id: 's', name: 'Seller', side: 'seller' },
    { id: 'b', name: 'Buyer', side: 'buyer' },
  ],
  items: [
    { id: 'demo', title: 'Demo', partyId: 's', kind: 'task', start: '2026-03-02', end: '2026-03-06' },
    {
      id: 'legal',
      title: 'Legal review',
      partyId: 'b',
      kind: 'task',
      start: '2026-03-09',
      end: '2026-03-13',
      dependsOn: ['demo'],
    },
    {
      id: 'sign',
      title: 'Signature',
      partyId: 'b',
      kind: 'milestone',
      start: '2026-03-20',
      end: '2026-03-20',
      dependsOn: ['legal'],
    },
  ],
});

function refusal(input: unknown): PlanError {
  try {
    validatePlan(input);
  } catch (error) {
    assert.ok(error instanceof PlanError, `a PlanError, not ${String(error)}`);
    return error;
  }
  return assert.fail('the plan was accepted');
}

/** Each stored text field, with a way to put text into it. */
const FIELDS: [string, (plan: any, text: string) => void][] = [
  [
    'title',
    (p, text) => {
      p.title = text;
    },
  ],
  [
    'id',
    (p, text) => {
      p.id = text;
    },
  ],
  [
    'parties[1].name',
    (p, text) => {
      p.parties[1].name = text;
    },
  ],
  [
    'items[2].title',
    (p, text) => {
      p.items[2].title = text;
    },
  ],
  [
    'items[0].owner',
    (p, text) => {
      p.items[0].owner = text;
    },
  ],
  [
    'items[0].role',
    (p, text) => {
      p.items[0].role = text;
    },
  ],
  [
    'items[1].notes',
    (p, text) => {
      p.items[1].notes = text;
    },
  ],
  [
    'items[1].estimate',
    (p, text) => {
      p.items[1].estimate = text;
    },
  ],
  [
    'log[0].note',
    (p, text) => {
      p.log = [{ at: '2026-03-01T10:00:00Z', op: 'agree', note: text }];
    },
  ],
  [
    'log[0].by',
    (p, text) => {
      p.log = [{ at: '2026-03-01T10:00:00Z', op: 'agree', by: text }];
    },
  ],
];

/** Characters no XML export can hold, as Word, a database dump or a cut emoji leave them. */
const UNSAFE: [string, string, RegExp][] = [
  [
    'a vertical tab from Word',
    'Kick-off\u000Bagenda',
    /contains a control character \(U\+000B\) at character 9.*Shift\+Enter/,
  ],
  ['a NUL', 'Legal\u0000', /contains a control character \(U\+0000\) at character 6/],
  ['an escape', '\u001B[31mred', /contains a control character \(U\+001B\) at character 1/],
  ['U+FFFE', 'x\uFFFE', /contains a noncharacter \(U\+FFFE\)/],
  ['U+FFFF', '\uFFFFx', /contains a noncharacter \(U\+FFFF\)/],
  ['a lone high surrogate', 'Go \uD83D live', /contains a lone surrogate \(U\+D83D\) at character 4/],
  ['a lone low surrogate', '\uDE80', /contains a lone surrogate \(U\+DE80\)/],
];

describe('text that no export can carry', () => {
  for (const [path, put] of FIELDS) {
    it(`is refused in ${path}, naming the path and the character`, () => {
      for (const [what, text, message] of UNSAFE) {
        const plan = valid();
        put(plan, text);
        const error = refusal(plan);
        const issue = error.issues.find((candidate) => candidate.path === path);
        assert.ok(issue, `${what}: an issue at ${path}, got ${error.message}`);
        assert.match(issue.message, message, what);
        assert.ok(error.message.includes(`${path}: contains`), what);
      }
    });
  }

  it('is refused in a step title as `items[2].title: contains a control character (U+000B) …`', () => {
    const plan = valid();
    plan.items[2]!.title = 'Sign\u000Bhere';
    assert.match(refusal(plan).message, /^items\[2\]\.title: contains a control character \(U\+000B\) at character 5/m);
  });

  it('lets tabs, line breaks, emoji and every script through (positive control)', () => {
    const plan = valid();
    plan.title = 'Übernahme 🚀 — 合同\tQ3';
    plan.items[1]!.notes = 'Line one\nLine two\r\nLine three\rend';
    plan.items[0]!.owner = 'Zoë Ø’Brien';
    assert.deepEqual(validatePlan(plan), plan);
  });

  it('is refused in an edit too, which leaves the plan unchanged', () => {
    const plan = validatePlan(valid());
    assert.throws(
      () => updateItem(plan, 'demo', { title: 'Demo\u000Bday' }),
      (error: unknown) =>
        error instanceof PlanError &&
        error.code === 'invalid-value' &&
        /items\[0\]\.title: contains a control character/.test(error.message),
    );
    assert.equal(plan.items[0]!.title, 'Demo');
    assert.equal(updateItem(plan, 'demo', { title: 'Demo day' }).plan.items[0]!.title, 'Demo day');
  });
});

describe('safeText', () => {
  it('turns controls into spaces, lone surrogates into U+FFFD and drops noncharacters', () => {
    assert.equal(safeText('Kick-off\u000Bagenda\u0000'), 'Kick-off agenda ');
    assert.equal(safeText('a\uFFFEb\uFFFF'), 'ab');
    assert.equal(safeText('Go \uD83D live \uDE80'), 'Go \uFFFD live \uFFFD');
  });

  it('leaves text every export can carry as it is', () => {
    const text = 'Tab\there, lines\r\nand 🚀 emoji, 合同';
    assert.equal(safeText(text), text);
    assert.equal(unsafeTextProblem(text), undefined);
  });
});
