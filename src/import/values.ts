import type { ItemKind, ItemStatus } from '../model/types.js';

/** Working days a duration cell says, or undefined for "TBD", "Ongoing", empty or anything unreadable. */
export function readDuration(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  let m = /^(\d+(?:[.,]\d+)?)\s*(d|days?|wd|working days?|business days?)?$/.exec(text);
  if (m) return Math.ceil(Number(m[1]!.replace(',', '.')));
  m = /^(\d+(?:[.,]\d+)?)\s*(w|wk|wks|weeks?)$/.exec(text);
  if (m) return Math.ceil(Number(m[1]!.replace(',', '.')) * 5);
  return undefined;
}

const STATUS_WORDS: Record<ItemStatus, readonly string[]> = {
  done: ['done', 'complete', 'completed', 'closed', 'finished', 'signed', 'approved', 'delivered', 'yes', 'y'],
  'in-progress': [
    'in progress',
    'in-progress',
    'started',
    'ongoing',
    'wip',
    'underway',
    'active',
    'on track',
    'at risk',
    'in review',
    'working',
  ],
  blocked: ['blocked', 'on hold', 'stuck', 'delayed', 'waiting', 'overdue', 'late'],
  todo: [
    'not started',
    'to do',
    'todo',
    'to-do',
    'open',
    'planned',
    'pending',
    'scheduled',
    'upcoming',
    'new',
    'tbd',
    'no',
    'n',
  ],
  cancelled: ['cancelled', 'canceled', 'dropped', 'n/a', 'not applicable', 'removed', 'skipped', 'descoped'],
};

const STATUS_EMOJI: Record<string, ItemStatus> = {
  '✅': 'done',
  '✔': 'done',
  '✓': 'done',
  '☑': 'done',
  '✔️': 'done',
  '🟢': 'in-progress',
  '🟡': 'in-progress',
  '🟠': 'in-progress',
  '⏳': 'in-progress',
  '🚧': 'in-progress',
  '🔄': 'in-progress',
  '🔴': 'blocked',
  '⛔': 'blocked',
  '🛑': 'blocked',
  '⚠': 'blocked',
  '⬜': 'todo',
  '⚪': 'todo',
  '⚫': 'todo',
  '🔲': 'todo',
  '☐': 'todo',
  '📅': 'todo',
  '❌': 'cancelled',
  '✖': 'cancelled',
  '🚫': 'cancelled',
};

/** A status cell in words or emoji; `null` for empty, undefined when not understood. */
export function readStatus(raw: string): ItemStatus | null | undefined {
  const text = raw.replace(/\uFE0F/g, '').trim();
  if (text === '') return null;
  const words = text
    .replace(/[^\p{L}\p{N}/\- ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  for (const [status, list] of Object.entries(STATUS_WORDS) as [ItemStatus, readonly string[]][]) {
    if (list.includes(words)) return status;
  }
  for (const [emoji, status] of Object.entries(STATUS_EMOJI)) if (text.includes(emoji)) return status;
  return undefined;
}

/** Yes/no cells: true, false, or undefined when empty or unclear. */
export function readYesNo(raw: string): boolean | undefined {
  const text = raw.trim().toLowerCase();
  if (/^(y|yes|true|x|1|✓|✔|✅)$/.test(text)) return true;
  if (/^(n|no|false|0|internal|internal only)$/.test(text)) return false;
  return undefined;
}

export function readKind(raw: string): ItemKind | 'close' | undefined {
  const text = raw.trim().toLowerCase();
  if (/^(milestone|ms|gate|checkpoint)$/.test(text)) return 'milestone';
  if (/^(decision|go\/no-go|go\/no go|approval gate)$/.test(text)) return 'decision';
  if (/^(close|target|signature|closing)$/.test(text)) return 'close';
  if (/^(task|step|activity|action)$/.test(text)) return 'task';
  return undefined;
}

const NO_DEPENDENCY = /^(|-+|—|–|none|n\/?a|tbd|\/)$/i;

/**
 * Dependency references: row numbers ("11, 12", "#4 & #5", "Step 3"), or else titles (`byTitle`: the cell's text
 * names steps by title, read by the links).
 */
export function readReferences(raw: string): { numbers: number[]; byTitle: boolean } {
  const text = raw.trim();
  if (NO_DEPENDENCY.test(text)) return { numbers: [], byTitle: false };
  const parts = text.split(/\s*(?:[,;&/]|\band\b)\s*/i).filter((part) => part !== '');
  const numbers = parts.map((part) => /^(?:#|no\.?\s*|step\s*|row\s*)?(\d+)$/i.exec(part));
  if (numbers.every((match) => match)) return { numbers: numbers.map((match) => Number(match![1])), byTitle: false };
  return { numbers: [], byTitle: true };
}
