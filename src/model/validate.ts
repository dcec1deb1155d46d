import { planDateProblem } from './dates.js';
import { PlanError, formatIssues, type ValidationIssue } from './errors.js';
import { isCssColor } from './colors.js';
import { findCycle } from './graph.js';
import { migrate } from './migrate.js';
import { toPlainData } from './plain-data.js';
import {
  AGREEMENT_STATUSES, ITEM_KINDS, ITEM_STATUSES, LOG_OPS, SIDES,
  type Item, type Plan,
} from './types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => (value === undefined ? 'missing' : JSON.stringify(value));

/** Collects every problem of a document instead of stopping at the first. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(path: string, message: string, kind: ValidationIssue['kind'] = 'invalid'): void {
    this.issues.push({ path, message, kind });
  }

  nonEmptyString(value: unknown, path: string): boolean {
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.fail(path, `${show(value)} must be a non-empty string`);
    return false;
  }

  optionalString(value: unknown, path: string): void {
    if (value !== undefined && typeof value !== 'string') this.fail(path, `${show(value)} must be a string`);
  }

  date(value: unknown, path: string): boolean {
    const problem = planDateProblem(value);
    if (problem === undefined) return true;
    this.fail(path, problem);
    return false;
  }

  stringList(value: unknown, path: string, allowed?: ReadonlySet<string>): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) return this.fail(path, `${show(value)} must be an array`);
    value.forEach((entry: unknown, index) => {
      if (typeof entry !== 'string') this.fail(`${path}[${index}]`, `${show(entry)} must be a string`);
      else if (allowed && !allowed.has(entry)) this.fail(`${path}[${index}]`, `${show(entry)} is not the id of a party`);
    });
  }

  oneOf<T>(value: unknown, allowed: readonly T[], path: string, optional = true): void {
    if (optional && value === undefined) return;
    if (!allowed.includes(value as T)) this.fail(path, `${show(value)} is not one of ${allowed.join(', ')}`);
  }
}

/** Checks an untrusted document against Plan JSON v1, returning every problem found. */
export function planIssues(input: unknown): ValidationIssue[] {
  const check = new Checker();
  if (!isObject(input)) {
    check.fail('(plan)', `${show(input)} is not a plan object`);
    return check.issues;
  }
  const version = input['version'];
  if (typeof version === 'number' && version > 1) check.fail('version', `${version} is newer than this component reads (1)`);
  else if (version !== 1) check.fail('version', `${show(version)} must be 1`);
  check.nonEmptyString(input['id'], 'id');
  if (typeof input['title'] !== 'string') check.fail('title', `${show(input['title'])} must be a string`);
  check.oneOf(input['status'], AGREEMENT_STATUSES, 'status');
  if (input['targetDate'] !== undefined) check.date(input['targetDate'], 'targetDate');
  checkCalendar(check, input['calendar']);

  const partyIds = checkParties(check, input['parties']);
  const items = checkItems(check, input['items'], partyIds);
  const itemIds = new Set(items.map((item) => item.id));
  if (input['targetItemId'] !== undefined && !itemIds.has(input['targetItemId'] as string)) {
    check.fail('targetItemId', `${show(input['targetItemId'])} is not the id of a step`);
  }
  checkLog(check, input['log']);
  if (check.issues.length === 0) {
    const cycle = findCycle(items);
    if (cycle) check.fail('items', `dependency cycle: ${cycle.join(' → ')}`, 'cycle');
  }
  return check.issues;
}

function checkParties(check: Checker, parties: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(parties)) {
    check.fail('parties', `${show(parties)} must be an array`);
    return ids;
  }
  parties.forEach((party: unknown, index) => {
    const at = `parties[${index}]`;
    if (!isObject(party)) return check.fail(at, `${show(party)} is not a party object`);
    if (check.nonEmptyString(party['id'], `${at}.id`)) {
      const id = party['id'] as string;
      if (ids.has(id)) check.fail(`${at}.id`, `${show(id)} is used by another party`);
      ids.add(id);
    }
    check.nonEmptyString(party['name'], `${at}.name`);
    check.oneOf(party['side'], SIDES, `${at}.side`, false);
    if (party['color'] !== undefined && !isCssColor(party['color'])) {
      check.fail(`${at}.color`, `${show(party['color'])} is not a CSS colour (hex, rgb(), hsl() or a colour name)`);
    }
  });
  return ids;
}

function checkItems(check: Checker, items: unknown, partyIds: Set<string>): Item[] {
  if (!Array.isArray(items)) {
    check.fail('items', `${show(items)} must be an array`);
    return [];
  }
  const ids = new Map<string, Json>();
  items.forEach((item: unknown, index) => {
    if (!isObject(item) || typeof item['id'] !== 'string') return;
    if (ids.has(item['id'])) check.fail(`items[${index}].id`, `${show(item['id'])} is used by another step`);
    else ids.set(item['id'], item);
  });
  items.forEach((item: unknown, index) => checkItem(check, item, `items[${index}]`, partyIds, ids));
  return items.filter(isObject) as Item[];
}

function checkItem(check: Checker, item: unknown, at: string, partyIds: Set<string>, ids: Map<string, Json>): void {
  if (!isObject(item)) return check.fail(at, `${show(item)} is not a step object`);
  check.nonEmptyString(item['id'], `${at}.id`);
  if (typeof item['title'] !== 'string') check.fail(`${at}.title`, `${show(item['title'])} must be a string`);
  if (!partyIds.has(item['partyId'] as string)) check.fail(`${at}.partyId`, `${show(item['partyId'])} is not the id of a party`);
  check.oneOf(item['kind'], ITEM_KINDS, `${at}.kind`, false);
  const datesOk = check.date(item['start'], `${at}.start`) && check.date(item['end'], `${at}.end`);
  if (datesOk) checkSpan(check, item, at);
  check.optionalString(item['owner'], `${at}.owner`);
  check.optionalString(item['role'], `${at}.role`);
  check.optionalString(item['notes'], `${at}.notes`);
  check.optionalString(item['estimate'], `${at}.estimate`);
  check.stringList(item['withPartyIds'], `${at}.withPartyIds`, partyIds);
  check.oneOf(item['status'], ITEM_STATUSES, `${at}.status`);
  if (item['internal'] !== undefined && typeof item['internal'] !== 'boolean') {
    check.fail(`${at}.internal`, `${show(item['internal'])} must be true or false`);
  }
  checkDependsOn(check, item, at, ids);
  if (item['ifYes'] !== undefined) {
    const decision = ids.get(item['ifYes'] as string);
    if (!decision) check.fail(`${at}.ifYes`, `${show(item['ifYes'])} is not the id of a step`);
    else if (decision['kind'] !== 'decision') check.fail(`${at}.ifYes`, `${show(item['ifYes'])} is a ${String(decision['kind'])}, not a decision`);
  }
  checkBaseline(check, item['baseline'], `${at}.baseline`);
}

function checkSpan(check: Checker, item: Json, at: string): void {
  const start = item['start'] as string;
  const end = item['end'] as string;
  if (end < start) check.fail(`${at}.end`, `${show(end)} is before start ${show(start)}`);
  else if ((item['kind'] === 'milestone' || item['kind'] === 'decision') && start !== end) {
    check.fail(`${at}.end`, `${show(end)} must equal start ${show(start)} for a ${String(item['kind'])}`);
  }
}

function checkDependsOn(check: Checker, item: Json, at: string, ids: Map<string, Json>): void {
  const dependsOn = item['dependsOn'];
  if (dependsOn === undefined) return;
  if (!Array.isArray(dependsOn)) return check.fail(`${at}.dependsOn`, `${show(dependsOn)} must be an array of step ids`);
  const seen = new Set<unknown>();
  dependsOn.forEach((id: unknown, index) => {
    const path = `${at}.dependsOn[${index}]`;
    if (id === item['id']) check.fail(path, `${show(id)} is the step itself`);
    else if (!ids.has(id as string)) check.fail(path, `${show(id)} is not the id of a step`);
    else if (seen.has(id)) check.fail(path, `${show(id)} is listed twice`);
    seen.add(id);
  });
}

function checkBaseline(check: Checker, baseline: unknown, at: string): void {
  if (baseline === undefined) return;
  if (!isObject(baseline)) return check.fail(at, `${show(baseline)} must be an object with start and end`);
  if (check.date(baseline['start'], `${at}.start`) && check.date(baseline['end'], `${at}.end`)) {
    if ((baseline['end'] as string) < (baseline['start'] as string)) {
      check.fail(`${at}.end`, `${show(baseline['end'])} is before start ${show(baseline['start'])}`);
    }
  }
}

function checkCalendar(check: Checker, calendar: unknown): void {
  if (calendar === undefined) return;
  if (!isObject(calendar)) return check.fail('calendar', `${show(calendar)} must be an object with workdays`);
  const workdays = calendar['workdays'];
  if (!Array.isArray(workdays) || workdays.length === 0) {
    check.fail('calendar.workdays', `${show(workdays)} must list at least one working weekday (0 = Sunday … 6 = Saturday)`);
  } else {
    const seen = new Set<unknown>();
    workdays.forEach((day: unknown, index) => {
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) {
        check.fail(`calendar.workdays[${index}]`, `${show(day)} is not a weekday number from 0 (Sunday) to 6 (Saturday)`);
      } else if (seen.has(day)) check.fail(`calendar.workdays[${index}]`, `${show(day)} is listed twice`);
      seen.add(day);
    });
  }
  const holidays = calendar['holidays'];
  if (holidays === undefined) return;
  if (!Array.isArray(holidays)) return check.fail('calendar.holidays', `${show(holidays)} must be an array of dates`);
  holidays.forEach((day: unknown, index) => check.date(day, `calendar.holidays[${index}]`));
}

function checkLog(check: Checker, log: unknown): void {
  if (log === undefined) return;
  if (!Array.isArray(log)) return check.fail('log', `${show(log)} must be an array`);
  log.forEach((entry: unknown, index) => {
    const at = `log[${index}]`;
    if (!isObject(entry)) return check.fail(at, `${show(entry)} is not a log entry`);
    if (typeof entry['at'] !== 'string') check.fail(`${at}.at`, `${show(entry['at'])} must be a timestamp string`);
    check.oneOf(entry['op'], LOG_OPS, `${at}.op`, false);
  });
}

/**
 * Turns untrusted data (an object or JSON text) into a Plan, migrating older versions first.
 * Throws a PlanError (code `invalid-plan`) listing every problem; the input is never modified.
 */
export function validatePlan(input: unknown): Plan {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new PlanError('invalid-plan', `(plan): not valid JSON (${(error as Error).message})`, [
        { path: '(plan)', message: `not valid JSON (${(error as Error).message})`, kind: 'invalid' },
      ]);
    }
  }
  // A plain copy read through any proxy; values JSON cannot hold are refused here, naming the path.
  const migrated = migrate(toPlainData(data));
  const issues = planIssues(migrated);
  if (issues.length > 0) throw new PlanError('invalid-plan', formatIssues(issues), issues);
  return migrated as Plan;
}

export function isValidPlan(input: unknown): input is Plan {
  return planIssues(input).length === 0;
}

