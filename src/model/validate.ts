import { Checker, isObject, show, type Json } from './checker.js';
import { PlanError, formatIssues, type ValidationIssue } from './errors.js';
import { isCssColor } from './colors.js';
import { findCycle, placeIn } from './graph.js';
import { migrate } from './migrate.js';
import { readPlainData } from './plain-data.js';
import { AGREEMENT_STATUSES, LOG_OPS, SIDES, type Item, type Plan } from './types.js';
import { checkItem, checkItems, type StepLookup } from './validate-steps.js';

/**
 * Checks an untrusted document against Plan JSON v1, returning every problem found. Never throws: a value that is
 * not plain JSON data (a cycle, a BigInt, a throwing getter, a sparse array, nesting too deep) is one issue.
 */
export function planIssues(input: unknown): ValidationIssue[] {
  const { issue } = readPlainData(input);
  return issue ? [issue] : fieldIssues(input);
}

/**
 * The issues of a plan made from a valid plan by changing fields of some steps, where no change touches a link, a
 * kind or an `ifYes` (those can make other steps invalid): only the changed steps are checked, with the same paths
 * and messages as `planIssues`. An edit of one step of a large plan then costs what that step costs. `steps` finds
 * the plan's steps by id; by default they are found through the places kept for `graph`, the plan the edit was made
 * from (see `placeIn`), instead of indexing every step again.
 */
export function changedStepIssues(
  plan: Plan,
  changedIds: ReadonlySet<string>,
  steps: StepLookup = stepLookup(plan.items),
): ValidationIssue[] {
  const check = new Checker();
  if (changedIds.size === 0) return check.issues;
  const partyIds = new Set(plan.parties.map((party) => party.id));
  const { items } = plan;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (!changedIds.has(item.id)) continue;
    // Only the changed steps can hold what is not plain data: the rest were read when the plan was.
    const { issue } = readPlainData(item, { at: ['items', index] });
    if (issue) return [issue];
    checkItem(check, item, `items[${index}]`, partyIds, steps);
  }
  return check.issues;
}

/** The steps of `list` by id, found through the places kept for `graph` (see `placeIn`). */
export function stepLookup(list: readonly Item[], graph: readonly Item[] = list): StepLookup {
  const placeOf = placeIn(list, graph);
  const get = (id: string): Json | undefined => {
    const place = placeOf(id);
    return place === undefined ? undefined : (list[place] as unknown as Json);
  };
  return { get, has: (id) => get(id) !== undefined };
}

/** The checks of Plan JSON v1 on a value already known to be plain JSON data. */
function fieldIssues(input: unknown): ValidationIssue[] {
  const check = new Checker();
  if (!isObject(input)) {
    check.fail('(plan)', `${show(input)} is not a plan object`);
    return check.issues;
  }
  const version = input['version'];
  if (typeof version === 'number' && version > 1)
    check.fail('version', `${version} is newer than this component reads (1)`);
  else if (version !== 1) check.fail('version', `${show(version)} must be 1`);
  check.nonEmptyString(input['id'], 'id');
  check.string(input['title'], 'title');
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

function checkCalendar(check: Checker, calendar: unknown): void {
  if (calendar === undefined) return;
  if (!isObject(calendar)) return check.fail('calendar', `${show(calendar)} must be an object with workdays`);
  const workdays = calendar['workdays'];
  if (!Array.isArray(workdays) || workdays.length === 0) {
    check.fail(
      'calendar.workdays',
      `${show(workdays)} must list at least one working weekday (0 = Sunday … 6 = Saturday)`,
    );
  } else {
    const seen = new Set<unknown>();
    workdays.forEach((day: unknown, index) => {
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) {
        check.fail(
          `calendar.workdays[${index}]`,
          `${show(day)} is not a weekday number from 0 (Sunday) to 6 (Saturday)`,
        );
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
    for (const field of ['at', 'by', 'note'] as const) check.text(entry[field], `${at}.${field}`);
    check.oneOf(entry['op'], LOG_OPS, `${at}.op`, false);
  });
}

const refused = (issues: readonly ValidationIssue[]): PlanError =>
  new PlanError('invalid-plan', formatIssues(issues), issues);

/**
 * Turns untrusted data (an object or JSON text) into a Plan, migrating older versions first.
 * Throws a PlanError (code `invalid-plan`) listing every problem, and nothing else, whatever the input; the input is
 * never modified.
 */
export function validatePlan(input: unknown): Plan {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw refused([{ path: '(plan)', message: `not valid JSON (${(error as Error).message})` }]);
    }
  }
  // The copy holds exactly what was checked: a getter is read once, so it cannot answer differently later.
  const read = readPlainData(data, { copy: true });
  if (read.issue) throw refused([read.issue]);
  let migrated: unknown;
  let issues: ValidationIssue[];
  try {
    migrated = migrate(read.value);
    issues = fieldIssues(migrated);
  } catch (error) {
    issues = [
      { path: '(plan)', message: `could not be checked (${error instanceof Error ? error.message : String(error)})` },
    ];
  }
  if (issues.length > 0) throw refused(issues);
  return migrated as Plan;
}

export function isValidPlan(input: unknown): input is Plan {
  return planIssues(input).length === 0;
}
