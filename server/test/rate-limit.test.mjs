import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRateLimiter } from '../rate-limit.mjs';

test('a burst passes at once, then messages pass at the average rate', () => {
  let now = 0;
  const allow = createRateLimiter({ perSecond: 10, burst: 3 }, () => now);
  assert.deepEqual([allow(), allow(), allow(), allow()], [true, true, true, false]);
  now += 100; // one tenth of a second refills one message
  assert.deepEqual([allow(), allow()], [true, false]);
  now += 10_000; // a long pause refills no more than the burst
  assert.deepEqual([allow(), allow(), allow(), allow()], [true, true, true, false]);
});
