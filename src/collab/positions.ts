/**
 * Order as stored positions: keys that sort as strings, base-36 fractions without trailing zeros, so a key can
 * always be made between any two others and a move rewrites only the moved entries. Two people inserting at the
 * same spot can pick the same key; readers order ties by id, and the next local reorder gives one of them a new key.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

const digit = (key: string, index: number): number => (index < key.length ? DIGITS.indexOf(key[index]!) : 0);

/** A key strictly between `low` ('' is the lowest bound) and `high` (undefined is the highest); low < high. */
export function keyBetween(low: string, high: string | undefined): string {
  let prefix = '';
  for (let index = 0; ; index += 1) {
    const lowDigit = digit(low, index);
    const highDigit = high === undefined ? BASE : digit(high, index);
    if (lowDigit === highDigit) {
      prefix += DIGITS[lowDigit];
      continue;
    }
    if (highDigit - lowDigit > 1) return prefix + DIGITS[Math.floor((lowDigit + highDigit) / 2)];
    // Adjacent digits: keep the low digit and go above the rest of `low`, with no upper bound left.
    return prefix + DIGITS[lowDigit] + keyBetween(low.slice(index + 1), undefined);
  }
}

/** A short key after `low`: its first digit below the highest one, plus one (appending keeps keys short). */
export function keyAfter(low: string): string {
  let index = 0;
  while (digit(low, index) === BASE - 1) index += 1;
  return low.slice(0, index) + DIGITS[digit(low, index) + 1];
}

/** `count` keys in increasing order between the bounds, bisecting so they stay short. */
export function keysBetween(low: string, high: string | undefined, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1 && high === undefined) return [keyAfter(low)];
  const middle = keyBetween(low, high);
  const below = Math.floor((count - 1) / 2);
  return [...keysBetween(low, middle, below), middle, ...keysBetween(middle, high, count - 1 - below)];
}

/** Indexes of a longest strictly increasing run of the defined keys (patience sorting). */
function longestIncreasing(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === undefined) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[tails[middle]!]! < key) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index]!) kept.add(index);
  return kept;
}

/**
 * New keys for a list whose entries have their stored keys (undefined for new entries): the longest run already in
 * order keeps its keys, every other entry gets a key between its kept neighbours. Returns only the entries to write.
 */
export function assignPositions(current: readonly (string | undefined)[]): Map<number, string> {
  const kept = longestIncreasing(current);
  const assigned = new Map<number, string>();
  let index = 0;
  while (index < current.length) {
    if (kept.has(index)) {
      index += 1;
      continue;
    }
    const from = index;
    while (index < current.length && !kept.has(index)) index += 1;
    const low = from > 0 ? current[from - 1]! : '';
    const high = index < current.length ? current[index] : undefined;
    keysBetween(low, high, index - from).forEach((key, offset) => assigned.set(from + offset, key));
  }
  return assigned;
}

/** Orders by position, ties (two people who picked the same key) by id, the same on every client. */
export const byPosition = (a: { position: string; id: string }, b: { position: string; id: string }): number =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
