/** The step fields a column can hold, and the header words that name each. */
export type Field =
  | 'id'
  | 'phase'
  | 'title'
  | 'owner'
  | 'sellerOwner'
  | 'buyerOwner'
  | 'party'
  | 'role'
  | 'duration'
  | 'start'
  | 'due'
  | 'completed'
  | 'status'
  | 'dependsOn'
  | 'notes'
  | 'clientFacing'
  | 'internal'
  | 'kind'
  | 'forecast'
  | 'side'
  | 'statusCode'
  | 'dependsOnIds'
  | 'ifYes'
  | 'ifYesId'
  | 'baselineStart'
  | 'baselineEnd';

const SYNONYMS: Record<Field, readonly string[]> = {
  id: ['#', 'no', 'no.', 'nr', 'id', 'step #', 'step no', 'step no.', 'item #', 'ref'],
  phase: ['phase', 'stage', 'workstream', 'category'],
  title: [
    'action item',
    'task',
    'milestone',
    'activity',
    'action',
    'deliverable',
    'description',
    'title',
    'step',
    'step name',
    'task name',
    'item',
  ],
  owner: ['owner', 'responsible', 'assigned to', 'assignee', 'who', 'accountable'],
  sellerOwner: [],
  buyerOwner: [],
  party: [
    'party',
    'lane',
    'team',
    'party/lane',
    'party / lane',
    'lane/party',
    'company',
    'organization',
    'organisation',
  ],
  side: ['side'],
  role: ['role / contact', 'role/contact', 'role', 'contact', 'role & contact'],
  duration: [
    'est. days',
    'est days',
    'days',
    'duration',
    'duration (days)',
    'est. duration',
    'effort (days)',
    'effort',
    'working days',
  ],
  start: ['start', 'start date', 'begin', 'planned start'],
  due: ['target date', 'due date', 'deadline', 'end date', 'due', 'end', 'date', 'due by', 'finish', 'planned end'],
  completed: ['completed date', 'completed', 'date completed', 'done date', 'completion date', 'actual date'],
  status: ['status', 'state', 'progress'],
  dependsOn: ['depends on', 'predecessors', 'dependencies', 'dependency', 'prerequisites', 'after', 'blocked by'],
  notes: [
    'success criteria / notes',
    'notes',
    'comments',
    'success criteria',
    'remarks',
    'comment',
    'details',
    'exit criteria',
  ],
  clientFacing: [
    'client-facing',
    'client facing',
    'customer-facing',
    'customer facing',
    'visible to client',
    'visible to customer',
    'shared',
    'external',
  ],
  internal: ['internal', 'internal only'],
  kind: ['kind', 'type', 'step type'],
  forecast: ['forecast milestone', 'forecast', 'forecast category'],
  // The machine-readable columns of our own CSV export.
  statusCode: ['status code'],
  dependsOnIds: ['depends on ids'],
  ifYes: ['if yes'],
  ifYesId: ['if yes id'],
  baselineStart: ['baseline start'],
  baselineEnd: ['baseline end'],
};

const SELLER_WORDS = 'provider|vendor|seller|supplier|our|us|sales';
const BUYER_WORDS = 'client|customer|buyer|prospect|their|them|account';
const sideOwner = (words: string) => new RegExp(`^(${words})\\b.*\\b(owner|lead|responsible|contact|resource)s?$`);
const SELLER_OWNER = sideOwner(SELLER_WORDS);
const BUYER_OWNER = sideOwner(BUYER_WORDS);
/** Header text → field, for the first field that lists it. */
const FIELD_OF = new Map<string, Field>();
for (const [field, words] of Object.entries(SYNONYMS) as [Field, readonly string[]][])
  for (const word of words) if (!FIELD_OF.has(word)) FIELD_OF.set(word, field);

export const normalizeHeader = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[:*?]+$/, '')
    .trim();

/** The field a header names, if any. */
export function fieldOf(header: string): Field | undefined {
  // A header is a few words; long cells (notes, prose) are passed over without a look.
  if (header.length > 100) return undefined;
  const text = normalizeHeader(header);
  if (text === '') return undefined;
  if (SELLER_OWNER.test(text)) return 'sellerOwner';
  if (BUYER_OWNER.test(text)) return 'buyerOwner';
  // "Predecessor" as well as "Predecessors", "Dependency" as well as "Dependencies".
  return (
    FIELD_OF.get(text) ??
    FIELD_OF.get(text.endsWith('s') ? text.slice(0, -1) : `${text}s`) ??
    FIELD_OF.get(text.endsWith('y') ? `${text.slice(0, -1)}ies` : text.replace(/ies$/, 'y'))
  );
}

/** Field → 0-based column index for a header row (the first column naming a field wins). */
export function mapColumns(row: readonly string[]): Map<Field, number> {
  const columns = new Map<Field, number>();
  row.forEach((cell, index) => {
    const field = fieldOf(cell);
    if (field && !columns.has(field)) columns.set(field, index);
  });
  return columns;
}

/** How much a row looks like the step table's header: the fields it names, when one of them is a title. */
export function headerScore(row: readonly string[]): number {
  const columns = mapColumns(row);
  if (!columns.has('title')) return 0;
  return columns.size >= 2 ? columns.size : 0;
}
