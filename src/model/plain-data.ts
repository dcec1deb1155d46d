import { PlanError } from './errors.js';

/** Deeper than any plan needs: a document nested further is refused instead of overflowing the stack. */
export const MAX_DEPTH = 64;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const refuse = (path: string, message: string): never => {
  throw new PlanError('invalid-plan', `${path}: ${message}`, [{ path, message, kind: 'invalid' }]);
};

/** One field, read through whatever holds it; a getter or proxy trap that throws is refused, naming the field. */
function read(object: Record<string, unknown>, key: string, path: string): unknown {
  try {
    return object[key];
  } catch (error) {
    return refuse(path, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * A plain JSON copy of any data-like value, read through whatever holds it: Vue reactive proxies, Svelte state,
 * MobX observables and frozen Immer results all copy like plain objects. Values JSON cannot hold (functions,
 * BigInt, symbols, cycles, sparse arrays, getters that throw) and nesting deeper than MAX_DEPTH are refused with a
 * PlanError naming the path; nothing else is ever thrown.
 */
export function toPlainData(value: unknown, path = '(plan)'): Json {
  const seen = new Set<object>();
  const copy = (current: unknown, at: string, depth: number): Json => {
    if (current === null || typeof current === 'string' || typeof current === 'boolean') return current;
    if (typeof current === 'number') return Number.isFinite(current) ? current : refuse(at, `${String(current)} is not a JSON number`);
    if (typeof current !== 'object') return refuse(at, `a ${typeof current} is not plan data`);
    if (depth > MAX_DEPTH) return refuse(at, `nested more than ${MAX_DEPTH} levels deep`);
    if (seen.has(current)) return refuse(at, 'refers back to itself (a cycle in the data)');
    seen.add(current);
    try {
      if (Array.isArray(current)) {
        const list: Json[] = [];
        for (let index = 0; index < current.length; index += 1) {
          if (!(index in current)) refuse(`${at}[${index}]`, 'is a hole in the list (a sparse array)');
          list.push(copy(current[index], `${at}[${index}]`, depth + 1));
        }
        return list;
      }
      const object: Record<string, Json> = {};
      for (const key of Object.keys(current)) {
        const field = read(current as Record<string, unknown>, key, `${at}.${key}`);
        // An undefined field is kept as such (log entries say "this field was absent" that way), like a structured clone.
        object[key] = field === undefined ? (undefined as unknown as Json) : copy(field, `${at}.${key}`, depth + 1);
      }
      return object;
    } catch (error) {
      if (error instanceof PlanError) throw error;
      return refuse(at, `could not be read (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      seen.delete(current);
    }
  };
  return copy(value, path, 0);
}

/** Structural equality of two plain-data values, stopping at the first difference (no serialising). */
export function plansEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((entry, index) => plansEqual(entry, other[index]));
  }
  const left = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const right = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return left.length === right.length && left.every((key) => plansEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
