import { planDateProblem } from './dates.js';
import type { ValidationIssue } from './errors.js';
import { unsafeTextProblem } from './text.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MISSING_MUST = 'missing must be ';

/** A value as a message shows it; never throws (the value may not be JSON at all). */
export const show = (value: unknown): string => {
  if (value === undefined) return 'missing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `a ${typeof value}`;
  }
};

/** Collects every problem of a document instead of stopping at the first. */
export class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(path: string, message: string, kind?: ValidationIssue['kind']): void {
    // "missing must be a string" would read as if the value were the word "missing".
    const said = message.startsWith(MISSING_MUST)
      ? `missing (it must be ${message.slice(MISSING_MUST.length)})`
      : message;
    this.issues.push(kind ? { path, message: said, kind } : { path, message: said });
  }

  /**
   * A string that every export can carry (no control characters, noncharacters or lone surrogates). Here and below,
   * `field` names the value inside the object at `path`: the two are joined only for a message, since a large plan
   * has a dozen checked fields per step and almost never a problem.
   */
  string(value: unknown, path: string, field?: string): boolean {
    if (typeof value !== 'string') {
      this.fail(joined(path, field), `${show(value)} must be a string`);
      return false;
    }
    const problem = unsafeTextProblem(value);
    if (problem !== undefined) this.fail(joined(path, field), problem);
    return problem === undefined;
  }

  /** Text in a field that may hold anything: only checked when it is a string. */
  text(value: unknown, path: string): void {
    const problem = typeof value === 'string' ? unsafeTextProblem(value) : undefined;
    if (problem !== undefined) this.fail(path, problem);
  }

  nonEmptyString(value: unknown, path: string, field?: string): boolean {
    if (typeof value === 'string' && value.trim() !== '') return this.string(value, path, field);
    this.fail(joined(path, field), `${show(value)} must be a non-empty string`);
    return false;
  }

  optionalString(value: unknown, path: string, field?: string): void {
    if (value !== undefined) this.string(value, path, field);
  }

  date(value: unknown, path: string, field?: string): boolean {
    const problem = planDateProblem(value);
    if (problem === undefined) return true;
    this.fail(joined(path, field), problem);
    return false;
  }

  stringList(value: unknown, path: string, allowed?: ReadonlySet<string>, field?: string): void {
    if (value === undefined) return;
    const at = () => joined(path, field);
    if (!Array.isArray(value)) return this.fail(at(), `${show(value)} must be an array`);
    value.forEach((entry: unknown, index) => {
      if (typeof entry !== 'string') this.fail(`${at()}[${index}]`, `${show(entry)} must be a string`);
      else if (allowed && !allowed.has(entry))
        this.fail(`${at()}[${index}]`, `${show(entry)} is not the id of a party`);
    });
  }

  oneOf<T>(value: unknown, allowed: readonly T[], path: string, optional = true, field?: string): void {
    if (optional && value === undefined) return;
    if (!allowed.includes(value as T))
      this.fail(joined(path, field), `${show(value)} is not one of ${allowed.join(', ')}`);
  }
}

/** `items[2].title` from `items[2]` and `title`; the path alone without a field. */
const joined = (path: string, field: string | undefined): string => (field === undefined ? path : `${path}.${field}`);
