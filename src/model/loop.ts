import { PlanError } from './errors.js';
import { cycleText, dependentsIndex } from './graph.js';
import type { Item } from './types.js';

/**
 * A link refused because it would close a loop. `loop` holds the step ids in the direction the arrows point, from
 * the step the new arrow would enter back to it (`['security', 'decision', 'security']`: the new arrow is the last
 * one, decision → security). The message names the steps by title; the ids are here for hosts and for messages
 * worded for one audience.
 */
export class LoopError extends PlanError {
  override name = 'LoopError';
  constructor(
    readonly loop: readonly string[],
    message: string,
    path: string,
  ) {
    super('cycle', message, [{ path, message: `${cycleText(loop)} would loop`, kind: 'cycle' }]);
  }
}

/**
 * The loop that the arrow `fromId` → `toId` would close: the shortest run of arrows from `toId` to `fromId`, plus
 * the new arrow back to `toId`; undefined when there is none (the link is fine).
 */
export function loopThrough(items: readonly Item[], fromId: string, toId: string): string[] | undefined {
  if (fromId === toId) return [fromId, toId];
  const dependents = dependentsIndex(items);
  const cameFrom = new Map<string, string>([[toId, toId]]);
  const pending = [toId];
  for (let index = 0; index < pending.length; index += 1) {
    const id = pending[index]!;
    for (const next of dependents.get(id) ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, id);
      if (next === fromId) {
        const path = [fromId];
        while (path[0] !== toId) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, toId];
      }
      pending.push(next);
    }
  }
  return undefined;
}

/**
 * The sentence for a refused loop, with a name for each step id (its title, or whatever the audience may be told).
 * "Security review → Decision → Security review would loop: Security review already comes before Decision."
 */
export function loopMessage(loop: readonly string[], name: (id: string) => string): string {
  if (loop.length <= 2) return `${name(loop[0]!)} cannot come after itself.`;
  const names = loop.map(name);
  return `${cycleText(names)} would loop: ${names[0]} already comes before ${names[names.length - 2]}.`;
}

/** The error for linking `fromId` → `toId` along `loop`, its message naming the steps by title. */
export function loopError(items: readonly Item[], loop: readonly string[], toId: string): LoopError {
  const titles = new Map(items.map((item) => [item.id, item.title]));
  const index = items.findIndex((item) => item.id === toId);
  return new LoopError(
    loop,
    loopMessage(loop, (id) => titles.get(id) ?? id),
    `items[${index}].dependsOn`,
  );
}
