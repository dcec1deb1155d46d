import type { Item, Plan } from '../model/types.js';
import { indexPlan } from './describe.js';

export type TableColumn = 'title' | 'party' | 'kind' | 'owner' | 'start' | 'end' | 'status' | 'dependsOn';
export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

export const COLUMNS: [TableColumn, string][] = [
  ['title', 'Step'],
  ['party', 'Party'],
  ['kind', 'Kind'],
  ['owner', 'Owner'],
  ['start', 'Start'],
  ['end', 'End'],
  ['status', 'Status'],
  ['dependsOn', 'Depends on'],
];

/** What the table says for each status and kind (sorted by these words, as they are read). */
const STATUS_WORDS: Record<NonNullable<Item['status']>, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  cancelled: 'Cancelled',
};
const KIND_WORDS: Record<Item['kind'], string> = { task: 'Task', milestone: 'Milestone', decision: 'Decision' };

/** Lookups every cell of one plan shares: party names and steps by id. */
export interface CellLookups {
  parties: Map<string, string>;
  steps: ReadonlyMap<string, Item>;
}

export const cellLookups = (plan: Plan): CellLookups => ({
  parties: new Map(plan.parties.map((party) => [party.id, party.name])),
  // The plan's own index, kept per plan: the timeline and the descriptions read the same map.
  steps: indexPlan(plan).byId,
});

/** The text a cell shows, which is also what it sorts by (dates sort as written, YYYY-MM-DD). */
export function cellValue(item: Item, column: TableColumn, lookups: CellLookups): string {
  switch (column) {
    case 'party':
      return lookups.parties.get(item.partyId) ?? '';
    case 'owner':
      return [item.owner, item.role].filter(Boolean).join(', ');
    case 'status':
      return STATUS_WORDS[item.status ?? 'todo'];
    case 'kind':
      return KIND_WORDS[item.kind];
    case 'dependsOn':
      return (item.dependsOn ?? []).map((id) => lookups.steps.get(id)?.title ?? id).join(', ');
    default:
      return String(item[column] ?? '');
  }
}

/** The steps in table order, and where each one is in it. */
export interface SortedRows {
  items: Item[];
  position(id: string): number | undefined;
  /** What the cells of these rows look up. */
  lookups: CellLookups;
}

const collator = new Intl.Collator(undefined, { numeric: true });

/**
 * Steps in table order: by the sorted column, ties by start date and then plan order. Each step's sort key is worked
 * out once per sort (party names and titles through maps), so sorting costs n log n comparisons of ready strings.
 */
export function sortRows(items: readonly Item[], plan: Plan, sort: TableSort): SortedRows {
  const lookups = cellLookups(plan);
  const keys = items.map((item) => cellValue(item, sort.column, lookups));
  const direction = sort.descending ? -1 : 1;
  const order = items
    .map((_, index) => index)
    .sort((a, b) => {
      const startA = items[a]!.start;
      const startB = items[b]!.start;
      return (
        direction * (collator.compare(keys[a]!, keys[b]!) || (startA < startB ? -1 : startA > startB ? 1 : 0) || a - b)
      );
    });
  const list = order.map((index) => items[index]!);
  let positions: Map<string, number> | undefined;
  return {
    items: list,
    lookups,
    position: (id) => (positions ??= new Map(list.map((item, index) => [item.id, index]))).get(id),
  };
}
