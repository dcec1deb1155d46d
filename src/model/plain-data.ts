import { PlanError, type ValidationIssue } from './errors.js';

/** How deep objects and arrays may nest; a plan needs 5 (plan → log → entry → after → dependsOn), unknown fields some more. */
export const MAX_DEPTH = 100;

export interface PlainData {
  /** A copy made of exactly what was checked (getters are read once), or undefined when `copy` was not asked for. */
  value?: unknown;
  /** Why the input is not plain JSON data; the copy is then incomplete and must not be used. */
  issue?: ValidationIssue;
}

type Segment = string | number;

/** `items[2].title`, `parties[0]["odd key"]`; `(plan)` for the plan as a whole. */
export function formatPath(segments: readonly Segment[]): string {
  if (segments.length === 0) return '(plan)';
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

const describeThrown = (error: unknown): string => {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an unreadable error';
  }
};

/**
 * Frozen objects whose own properties are all data properties (no getters) and whose children are primitives or
 * themselves in this map, with the height of their subtree. They can never change, so a plan that is checked again
 * after an edit only reads what the edit made new (the model freezes the steps and parties it shares).
 */
const frozenPlain = new WeakMap<object, number>();

function hasOnlyDataProperties(object: object, keys: readonly string[]): boolean {
  return keys.every((key) => 'value' in (Object.getOwnPropertyDescriptor(object, key) ?? {}));
}

const READING = 'reading';

/** Thrown to stop the walk; the reason is kept by the reader, so nothing thrown by the input is ever inspected. */
const STOP = Symbol('stop');

class Reader {
  readonly path: Segment[] = [];
  refusal: string | undefined;
  /** The copy of the last value visited, when copying. */
  private copied: unknown;
  /** Objects read (their copy and height), or still being read. */
  private readonly done = new Map<object, { copy: unknown; height: number } | typeof READING>();

  constructor(private readonly copy: boolean) {}

  refuse(message: string): never {
    this.refusal = message;
    throw STOP;
  }

  /** Checks (and copies) a value; returns the height of its subtree, 0 for a primitive. */
  read(value: unknown, depth: number): number {
    switch (typeof value) {
      case 'string':
      case 'boolean':
      case 'undefined':
        this.copied = value;
        return 0;
      case 'number':
        if (!Number.isFinite(value)) this.refuse(`${value} is not a finite number (JSON has no NaN or Infinity)`);
        this.copied = value;
        return 0;
      case 'bigint':
        return this.refuse(`${value}n is a BigInt, which JSON cannot hold (use a number or a string)`);
      case 'function':
        return this.refuse('is a function, not data');
      case 'symbol':
        return this.refuse('is a symbol, not data');
    }
    if (value === null) {
      this.copied = null;
      return 0;
    }
    const object = value as object;
    const known = this.copy ? undefined : frozenPlain.get(object);
    if (known !== undefined && depth + known <= MAX_DEPTH) return known;
    const seen = this.done.get(object);
    // An object still being read is one of its own ancestors.
    if (seen === READING) this.refuse('refers back to itself (a circular reference)');
    if (seen && depth + seen.height <= MAX_DEPTH) {
      this.copied = seen.copy;
      return seen.height;
    }
    if (depth >= MAX_DEPTH) this.refuse(`nests more than ${MAX_DEPTH} levels deep`);
    this.done.set(object, READING);
    const height = Array.isArray(object) ? this.readArray(object, depth) : this.readObject(object, depth);
    this.done.set(object, { copy: this.copied, height });
    return height;
  }

  private readArray(array: readonly unknown[], depth: number): number {
    const out: unknown[] | undefined = this.copy ? [] : undefined;
    let height = 0;
    let frozen = !this.copy && Object.isFrozen(array);
    for (let index = 0; index < array.length; index += 1) {
      this.path.push(index);
      if (!(index in array)) this.refuse('is an empty slot (a sparse array such as [a, , b])');
      const entry = array[index];
      if (entry === undefined) this.refuse('is undefined, which an array in JSON cannot hold');
      height = Math.max(height, this.read(entry, depth + 1));
      out?.push(this.copied);
      frozen &&= typeof entry !== 'object' || entry === null || frozenPlain.has(entry);
      this.path.pop();
    }
    if (frozen && hasOnlyDataProperties(array, Object.keys(array))) frozenPlain.set(array, height + 1);
    this.copied = out;
    return height + 1;
  }

  private readObject(object: object, depth: number): number {
    // Most objects are plain: skip building the tag string for them (it costs more than reading the object).
    const prototype = Object.getPrototypeOf(object);
    const plain = (prototype === Object.prototype || prototype === null) && !(Symbol.toStringTag in object);
    const tag = plain ? 'Object' : Object.prototype.toString.call(object).slice(8, -1);
    if (tag !== 'Object')
      this.refuse(
        `is a ${tag}, not plain data (a plan holds only strings, numbers, booleans, null, arrays and objects)`,
      );
    const out: Record<string, unknown> | undefined = this.copy ? {} : undefined;
    let height = 0;
    const keys = Object.keys(object);
    let frozen = !this.copy && Object.isFrozen(object);
    for (const key of keys) {
      this.path.push(key);
      const child = (object as Record<string, unknown>)[key];
      height = Math.max(height, this.read(child, depth + 1));
      // defineProperty for a key named "__proto__", so it stays data instead of replacing the copy's prototype.
      if (out && key === '__proto__')
        Object.defineProperty(out, key, { value: this.copied, enumerable: true, writable: true, configurable: true });
      else if (out) out[key] = this.copied;
      frozen &&= typeof child !== 'object' || child === null || frozenPlain.has(child);
      this.path.pop();
    }
    if (frozen && hasOnlyDataProperties(object, keys)) frozenPlain.set(object, height + 1);
    this.copied = out;
    return height + 1;
  }

  get value(): unknown {
    return this.copied;
  }
}

/**
 * Reads an untrusted value as JSON data (strings, finite numbers, booleans, null, arrays without holes and plain
 * objects, nested at most MAX_DEPTH deep, without cycles) and, when asked, copies it. Every property is read once,
 * inside a try, so a getter or proxy that throws is reported instead of thrown, and the copy holds exactly what was
 * checked. Objects shared by several parents stay shared in the copy, as `structuredClone` would keep them.
 */
export function readPlainData(
  input: unknown,
  { copy = false, at = [] }: { copy?: boolean; at?: readonly Segment[] } = {},
): PlainData {
  const reader = new Reader(copy);
  reader.path.push(...at);
  try {
    reader.read(input, 0);
    return copy ? { value: reader.value } : {};
  } catch (error) {
    // Deep paths are cut short: the first few steps say where, the message says the rest.
    const { path } = reader;
    const where = formatPath(path.slice(0, 6)) + (path.length > 6 ? '…' : '');
    return { issue: { path: where, message: reader.refusal ?? `could not be read (${describeThrown(error)})` } };
  }
}

/**
 * A plain copy of any data-like value, read through whatever holds it: Vue reactive proxies, Svelte state, MobX
 * observables and frozen Immer results all copy like plain objects. Throws a PlanError naming the path otherwise.
 */
export function toPlainData(value: unknown): unknown {
  const read = readPlainData(value, { copy: true });
  if (read.issue) throw new PlanError('invalid-plan', `${read.issue.path}: ${read.issue.message}`, [read.issue]);
  return read.value;
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
  return (
    left.length === right.length &&
    left.every((key) => plansEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
