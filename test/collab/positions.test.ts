import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assignPositions, keyAfter, keyBetween, keysBetween } from '../../src/collab/positions.js';
import { seededRandom } from '../support/random-plan.js';

const increasing = (keys: readonly string[]): boolean =>
  keys.every((key, index) => index === 0 || keys[index - 1]! < key);

describe('stored positions', () => {
  it('makes a key between any two keys, however often the same gap is split', () => {
    let low = 'i';
    const high = 'j';
    for (let split = 0; split < 500; split += 1) {
      const middle = keyBetween(low, high);
      assert.ok(low < middle && middle < high, `${low} < ${middle} < ${high}`);
      assert.ok(!middle.endsWith('0'));
      low = middle;
    }
  });

  it('keeps keys short when steps are added at the end one by one or many at once', () => {
    let last = keyAfter('');
    for (let step = 0; step < 1000; step += 1) {
      const next = keyAfter(last);
      assert.ok(last < next);
      last = next;
    }
    assert.ok(last.length <= 30, `${last.length} characters after 1,000 appends`);
    const many = keysBetween('', undefined, 5000);
    assert.ok(increasing(many));
    assert.ok(Math.max(...many.map((key) => key.length)) <= 4);
  });

  it('rewrites only the entries out of order, and every result is in order', () => {
    assert.deepEqual([...assignPositions(['b', 'c', 'd'])], []);
    const moved = assignPositions(['b', 'd', 'c', 'e']);
    assert.equal(moved.size, 1);
    const random = seededRandom(11);
    for (let trial = 0; trial < 200; trial += 1) {
      const stored = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        random() < 0.3 ? undefined : keysBetween('', undefined, 40)[Math.floor(random() * 40)],
      );
      const result = stored.map((key, index) => assignPositions(stored).get(index) ?? key!);
      assert.ok(increasing(result), JSON.stringify({ stored, result }));
    }
  });
});
