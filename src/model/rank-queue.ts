/**
 * Ids taken out lowest rank first (a binary heap): the cascade visits steps in dependency order with it, so each step
 * is settled once, whatever order the plan lists them in.
 */
export class RankQueue {
  readonly #ids: string[] = [];
  readonly #ranks: number[] = [];

  constructor(private readonly rankOf: (id: string) => number) {}

  get size(): number {
    return this.#ids.length;
  }

  push(id: string): void {
    const rank = this.rankOf(id);
    let index = this.#ids.length;
    this.#ids.push(id);
    this.#ranks.push(rank);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#ranks[parent]! <= rank) break;
      this.#move(parent, index);
      index = parent;
    }
    this.#ids[index] = id;
    this.#ranks[index] = rank;
  }

  pop(): string | undefined {
    const ids = this.#ids;
    const ranks = this.#ranks;
    if (ids.length === 0) return undefined;
    const first = ids[0];
    const lastId = ids.pop()!;
    const lastRank = ranks.pop()!;
    const size = ids.length;
    if (size === 0) return first;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const child = left + 1 < size && ranks[left + 1]! < ranks[left]! ? left + 1 : left;
      if (ranks[child]! >= lastRank) break;
      this.#move(child, index);
      index = child;
    }
    ids[index] = lastId;
    ranks[index] = lastRank;
    return first;
  }

  #move(from: number, to: number): void {
    this.#ids[to] = this.#ids[from]!;
    this.#ranks[to] = this.#ranks[from]!;
  }
}
