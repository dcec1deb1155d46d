import { addDays } from '../../src/model/dates.js';
import { between, pick } from './random-plan.js';

type Doc = any;
type Random = () => number;

/** One way a plan from someone else can be wrong (or odd but valid); returns what it did, for the failure message. */
type Mutation = (doc: Doc, random: Random) => string;

const list = (value: unknown): Doc[] => (Array.isArray(value) ? value : []);
const someItem = (doc: Doc, random: Random): Doc | undefined => {
  const items = list(doc?.items).filter((item) => item && typeof item === 'object');
  return items.length > 0 ? pick(random, items) : undefined;
};
const someParty = (doc: Doc, random: Random): Doc | undefined => {
  const parties = list(doc?.parties).filter((party) => party && typeof party === 'object');
  return parties.length > 0 ? pick(random, parties) : undefined;
};
/** The plan, a step, a lane, or a nested part of a step: somewhere to put a bad value. */
const someObject = (doc: Doc, random: Random): Doc => {
  const item = someItem(doc, random);
  return pick(
    random,
    [doc, doc, item, item, item, someParty(doc, random), item?.baseline, doc?.calendar].filter(Boolean),
  );
};
const someKey = (target: Doc, random: Random): string =>
  pick(random, [
    ...Object.keys(target),
    'id',
    'title',
    'start',
    'end',
    'partyId',
    'dependsOn',
    'kind',
    'version',
    'items',
    'parties',
    'side',
  ]);

const WRONG_VALUES: (() => unknown)[] = [
  () => 42,
  () => -1,
  () => 0,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => true,
  () => false,
  () => null,
  () => [],
  () => ({}),
  () => '',
  () => 'x',
  () => [1, 'two'],
  () => ({ nested: { value: 1 } }),
  () => 1e308,
  () => () => 1,
  () => 10n,
  () => Symbol('hostile'),
  () => new Date(2026, 2, 1),
  () => new Map([['a', 1]]),
];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-5',
  '26-01-05',
  '2026-01-05T00:00:00Z',
  '2026/01/05',
  '',
  ' 2026-01-05',
  '2026-01-05 ',
  '+02026-01-05',
  '2026-W01',
  '٢٠٢٦-٠١-٠٥',
  '2026-01-05\u0000',
  'yesterday',
  '0000-00-00',
];
const NASTY_TEXT = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u007f',
  '\u202e',
  '\u2028',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u200b',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${x}',
  '=HYPERLINK("x")',
  '👩‍👩‍👧‍👦',
];
const UNKNOWN_KEYS = [
  'extra',
  'x-vendor',
  'constructor',
  'toString',
  'hasOwnProperty',
  'then',
  'length',
  '💥',
  'a.b',
  'items[0]',
  '',
];

function nested(depth: number, random: Random): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = random() < 0.5 ? [value] : { [`level${level}`]: value };
  return value;
}

function setDate(target: Doc, field: 'start' | 'end', value: string): void {
  target[field] = value;
  if (target.kind !== 'task' || field === 'start') target.end = value;
}

export const MUTATIONS: Record<string, Mutation> = {
  wrongType(doc, random) {
    const target = someObject(doc, random);
    const key = someKey(target, random);
    target[key] = pick(random, WRONG_VALUES)();
    return `${key} of a wrong type`;
  },
  missingField(doc, random) {
    const target = someObject(doc, random);
    const key = someKey(target, random);
    delete target[key];
    return `${key} removed`;
  },
  badDate(doc, random) {
    const item = someItem(doc, random);
    const value = pick(random, BAD_DATES);
    const where = pick(random, ['start', 'end', 'baseline', 'targetDate', 'holiday']);
    if (where === 'targetDate' || !item) doc.targetDate = value;
    else if (where === 'baseline') item.baseline = { start: item.start, end: value };
    else if (where === 'holiday') doc.calendar = { workdays: [1, 2, 3, 4, 5], holidays: [value] };
    else item[where] = value;
    return `bad date ${JSON.stringify(value)} at ${where}`;
  },
  unknownId(doc, random) {
    const item = someItem(doc, random) ?? {};
    const where = pick(random, ['dependsOn', 'partyId', 'ifYes', 'targetItemId', 'withPartyIds']);
    if (where === 'dependsOn') item.dependsOn = [...list(item.dependsOn), 'ghost-step'];
    else if (where === 'withPartyIds') item.withPartyIds = ['ghost-party'];
    else if (where === 'targetItemId') doc.targetItemId = 'ghost-step';
    else item[where] = 'ghost';
    return `unknown id in ${where}`;
  },
  cycle(doc, random) {
    const a = someItem(doc, random);
    const b = someItem(doc, random);
    if (!a || !b) return 'no cycle (no steps)';
    a.dependsOn = [...list(a.dependsOn).filter((id) => id !== b.id), b.id];
    b.dependsOn = [...list(b.dependsOn).filter((id) => id !== a.id), a.id];
    return `cycle ${a.id} ↔ ${b.id}`;
  },
  hugeString(doc, random) {
    const target = pick(random, [doc, someItem(doc, random), someParty(doc, random)].filter(Boolean));
    const key = pick(random, ['title', 'notes', 'owner', 'name', 'role', 'estimate']);
    const unit = pick(random, ['x', 'Legal review ', 'Ωμέγα ', '漢字', '👍']);
    target[key] = unit.repeat(Math.ceil(between(random, 10_000, 400_000) / unit.length));
    return `huge ${key}`;
  },
  controlCharacters(doc, random) {
    const target = pick(random, [doc, someItem(doc, random), someParty(doc, random)].filter(Boolean));
    const key = pick(random, ['title', 'name', 'owner', 'notes', 'id', 'partyId', 'role']);
    const text = pick(random, NASTY_TEXT);
    target[key] = typeof target[key] === 'string' && random() < 0.7 ? `${target[key]}${text}${target[key]}` : text;
    return `control characters in ${key}`;
  },
  deepNesting(doc, random) {
    const depth = between(random, 5, 400);
    someObject(doc, random).deep = nested(depth, random);
    return `nested ${depth} deep`;
  },
  sparseArray(doc, random) {
    const item = someItem(doc, random);
    const array = pick(random, [doc.items, doc.parties, item?.dependsOn, doc.calendar?.workdays].filter(Array.isArray));
    if (!array) return 'no array to make sparse';
    if (random() < 0.5 && array.length > 1) delete array[between(random, 0, array.length - 1)];
    else array.length += between(random, 1, 3);
    return 'sparse array';
  },
  extraFields(doc, random) {
    for (let count = between(random, 1, 6); count > 0; count -= 1) {
      const target = someObject(doc, random);
      const key = pick(random, UNKNOWN_KEYS);
      if (key === 'constructor' || key === 'toString' || key === 'hasOwnProperty')
        Object.defineProperty(target, key, { value: 'hostile', enumerable: true, configurable: true, writable: true });
      else target[key] = pick(random, [1, 'text', { any: ['thing'] }, null, [true]]);
    }
    // JSON.parse makes "__proto__" an own field; copying it must not change what the plan inherits from.
    if (random() < 0.3)
      Object.defineProperty(doc, '__proto__', {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return 'unknown fields';
  },
  farYears(doc, random) {
    const year = pick(random, [1900, 1901, 2198, 2199, 1899, 2200, 1000, 9999, 0]);
    const date = `${String(year).padStart(4, '0')}-${pick(random, ['01-01', '06-15', '12-31'])}`;
    const item = someItem(doc, random);
    if (!item || random() < 0.2) doc.targetDate = date;
    else setDate(item, 'start', date);
    return `a date in ${year}`;
  },
  manySteps(doc, random) {
    const originals = list(doc.items).filter((item) => item && typeof item === 'object' && typeof item.id === 'string');
    if (originals.length === 0) return 'no steps to copy';
    const copies = between(random, 10, 120);
    for (let copy = 1; copy <= copies; copy += 1) {
      for (const item of originals) {
        const moved =
          typeof item.start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item.start) ? copy * between(random, 0, 30) : 0;
        doc.items.push({
          ...item,
          id: `${item.id}~${copy}`,
          ...(moved && typeof item.end === 'string'
            ? { start: addDays(item.start, moved), end: addDays(item.end, moved) }
            : {}),
          ...(Array.isArray(item.dependsOn)
            ? { dependsOn: item.dependsOn.map((id: unknown) => `${String(id)}~${copy}`) }
            : {}),
        });
      }
    }
    return `${doc.items.length} steps`;
  },
  duplicateId(doc, random) {
    const a = someItem(doc, random);
    const b = someItem(doc, random);
    if (a && b) b.id = a.id;
    return 'duplicate step id';
  },
  notAPlan(_doc, random) {
    return pick(random, ['null', 'number', 'text', 'array', 'json']);
  },
};

const WHOLE: Record<string, (doc: Doc) => unknown> = {
  null: () => null,
  number: () => 42,
  text: () => 'not a plan',
  array: (doc) => [doc],
  json: asJson,
};

/** The plan as JSON text (the element reads that too), or broken JSON when it holds what JSON cannot. */
function asJson(doc: Doc): string {
  try {
    return JSON.stringify(doc) ?? 'undefined';
  } catch {
    return '{"version": 1, "items": [';
  }
}

/** A copy of `plan` with 0–3 random mutations (about one plan in seven is left valid); with what was done. */
export function mutatedPlan(plan: unknown, random: Random): { plan: unknown; did: string[] } {
  let doc: Doc = structuredClone(plan);
  const did: string[] = [];
  const count = random() < 0.15 ? 0 : between(random, 1, 3);
  for (let index = 0; index < count; index += 1) {
    const name = pick(random, Object.keys(MUTATIONS));
    if (name === 'manySteps' && did.some((done) => done.endsWith(' steps'))) continue;
    const what = MUTATIONS[name]!(doc, random);
    if (name === 'notAPlan') {
      doc = WHOLE[what]!(doc);
      did.push(`not a plan: ${what}`);
      break;
    }
    did.push(what);
  }
  return { plan: doc, did };
}
