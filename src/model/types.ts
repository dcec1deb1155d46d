/** A calendar date `YYYY-MM-DD` with no time zone. */
export type ISODate = string;

export type AgreementStatus = 'vague' | 'verbal' | 'written';
export type Side = 'seller' | 'buyer' | 'partner';
export type ItemKind = 'task' | 'milestone' | 'decision';
export type ItemStatus = 'todo' | 'in-progress' | 'done' | 'blocked' | 'cancelled';
/**
 * `add`/`update`/`remove` change a step (`itemId`), `plan` changes plan-level fields, `party-*` change a lane
 * (`partyId`), `agree` baselines the plan.
 */
export type LogOp =
  'add' | 'update' | 'remove' | 'agree' | 'plan' | 'party-add' | 'party-update' | 'party-remove' | 'party-move';

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['vague', 'verbal', 'written'];
export const SIDES: readonly Side[] = ['seller', 'buyer', 'partner'];
export const ITEM_KINDS: readonly ItemKind[] = ['task', 'milestone', 'decision'];
export const ITEM_STATUSES: readonly ItemStatus[] = ['todo', 'in-progress', 'done', 'blocked', 'cancelled'];
export const LOG_OPS: readonly LogOp[] = [
  'add',
  'update',
  'remove',
  'agree',
  'plan',
  'party-add',
  'party-update',
  'party-remove',
  'party-move',
];

/** Working weekdays (0 = Sunday … 6 = Saturday) and holidays: durations and moves count working days. */
export interface Calendar {
  workdays: number[];
  holidays?: ISODate[];
  [extra: string]: unknown;
}

export interface Party {
  id: string;
  name: string;
  side: Side;
  color?: string;
  [extra: string]: unknown;
}

export interface DateRange {
  start: ISODate;
  end: ISODate;
}

export interface Item {
  id: string;
  title: string;
  partyId: string;
  kind: ItemKind;
  start: ISODate;
  /** Inclusive. */
  end: ISODate;
  owner?: string;
  role?: string;
  status?: ItemStatus;
  /** Finish-to-start: this step starts after each predecessor's end. */
  dependsOn?: string[];
  /** Id of the decision this step assumes will be "yes". */
  ifYes?: string;
  /** Seller-only: hidden from the buyer view and buyer exports. */
  internal?: boolean;
  baseline?: DateRange;
  notes?: string;
  /** Other parties taking part in a joint step. */
  withPartyIds?: string[];
  /** The original duration text of an imported step ("TBD", "Ongoing"). */
  estimate?: string;
  [extra: string]: unknown;
}

export interface LogEntry {
  at: string;
  by?: string;
  op: LogOp;
  itemId?: string;
  partyId?: string;
  before?: Partial<Item>;
  after?: Partial<Item>;
  note?: string;
  [extra: string]: unknown;
}

export interface Plan {
  version: 1;
  id: string;
  title: string;
  status?: AgreementStatus;
  targetDate?: ISODate;
  targetItemId?: string;
  calendar?: Calendar;
  parties: Party[];
  items: Item[];
  log?: LogEntry[];
  [extra: string]: unknown;
}

/** A value and everything in it, read-only to TypeScript. */
export type DeepReadonly<T> = T extends (infer Entry)[]
  ? readonly DeepReadonly<Entry>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/**
 * A plan the element only reads: what the `plan` property accepts besides a `Plan` (an `as const` literal, the state of
 * an immutable store). The element never writes to what it is given; it validates a copy.
 */
export type ReadonlyPlan = DeepReadonly<Plan>;

export const PLAN_VERSION = 1;
