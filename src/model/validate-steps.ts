import { Checker, isObject, show, type Json } from './checker.js';
import { ITEM_KINDS, ITEM_STATUSES, type Item } from './types.js';

/** Checks the steps of a plan against Plan JSON v1 and returns those that are objects, for the cycle check. */
export function checkItems(check: Checker, items: unknown, partyIds: Set<string>): Item[] {
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

/** The steps of a plan by id, as the checks of a step's links read them. */
export interface StepLookup {
  has(id: string): boolean;
  get(id: string): Json | undefined;
}

export function checkItem(check: Checker, item: unknown, at: string, partyIds: Set<string>, ids: StepLookup): void {
  if (!isObject(item)) return check.fail(at, `${show(item)} is not a step object`);
  check.nonEmptyString(item['id'], at, 'id');
  check.string(item['title'], at, 'title');
  if (!partyIds.has(item['partyId'] as string))
    check.fail(`${at}.partyId`, `${show(item['partyId'])} is not the id of a party`);
  check.oneOf(item['kind'], ITEM_KINDS, at, false, 'kind');
  const datesOk = check.date(item['start'], at, 'start') && check.date(item['end'], at, 'end');
  if (datesOk) checkSpan(check, item, at);
  check.optionalString(item['owner'], at, 'owner');
  check.optionalString(item['role'], at, 'role');
  check.optionalString(item['notes'], at, 'notes');
  check.optionalString(item['estimate'], at, 'estimate');
  check.stringList(item['withPartyIds'], at, partyIds, 'withPartyIds');
  check.oneOf(item['status'], ITEM_STATUSES, at, true, 'status');
  if (item['internal'] !== undefined && typeof item['internal'] !== 'boolean') {
    check.fail(`${at}.internal`, `${show(item['internal'])} must be true or false`);
  }
  checkDependsOn(check, item, at, ids);
  if (item['ifYes'] !== undefined) {
    const decision = ids.get(item['ifYes'] as string);
    if (!decision) check.fail(`${at}.ifYes`, `${show(item['ifYes'])} is not the id of a step`);
    else if (decision['kind'] !== 'decision')
      check.fail(`${at}.ifYes`, `${show(item['ifYes'])} is a ${String(decision['kind'])}, not a decision`);
  }
  checkBaseline(check, item['baseline'], at);
}

function checkSpan(check: Checker, item: Json, at: string): void {
  const start = item['start'] as string;
  const end = item['end'] as string;
  if (end < start) check.fail(`${at}.end`, `${show(end)} is before start ${show(start)}`);
  else if ((item['kind'] === 'milestone' || item['kind'] === 'decision') && start !== end) {
    check.fail(`${at}.end`, `${show(end)} must equal start ${show(start)} for a ${String(item['kind'])}`);
  }
}

function checkDependsOn(check: Checker, item: Json, at: string, ids: StepLookup): void {
  const dependsOn = item['dependsOn'];
  if (dependsOn === undefined) return;
  if (!Array.isArray(dependsOn))
    return check.fail(`${at}.dependsOn`, `${show(dependsOn)} must be an array of step ids`);
  // Most steps wait for one step or none: no set for them.
  const seen = dependsOn.length > 1 ? new Set<unknown>() : undefined;
  dependsOn.forEach((id: unknown, index) => {
    const problem =
      id === item['id']
        ? 'is the step itself'
        : !ids.has(id as string)
          ? 'is not the id of a step'
          : seen?.has(id)
            ? 'is listed twice'
            : undefined;
    if (problem) check.fail(`${at}.dependsOn[${index}]`, `${show(id)} ${problem}`);
    seen?.add(id);
  });
}

/** The agreed dates of the step at `step`, if it has them. */
function checkBaseline(check: Checker, baseline: unknown, step: string): void {
  if (baseline === undefined) return;
  const at = `${step}.baseline`;
  if (!isObject(baseline)) return check.fail(at, `${show(baseline)} must be an object with start and end`);
  if (check.date(baseline['start'], at, 'start') && check.date(baseline['end'], at, 'end')) {
    if ((baseline['end'] as string) < (baseline['start'] as string)) {
      check.fail(`${at}.end`, `${show(baseline['end'])} is before start ${show(baseline['start'])}`);
    }
  }
}
