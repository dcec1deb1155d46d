import type { Calendar, ISODate } from '../model/types.js';
import type { Field } from './columns.js';
import type { DateOrder } from './date-text.js';
import type { Delimiter } from './delimited.js';
import type { ImportIssue } from './issues.js';
import type { Plan } from '../model/types.js';

export interface ImportOptions {
  fileName?: string;
  /** The day the import happens (YYYY-MM-DD): steps that would have to start earlier put the target at risk. */
  today: ISODate;
  dateOrder?: DateOrder;
  /** Field → column letter ("F") or header text, overriding what was detected. */
  mapping?: Partial<Record<Field, string>>;
  /**
   * The working days and holidays the work-back counts (default Monday–Friday); holidays the file's deal details
   * list ("Holidays:") are added to it. The imported plan carries the result.
   */
  calendar?: Calendar;
}

export interface ImportDetected {
  format?: 'csv' | 'json' | 'xlsx';
  delimiter?: Delimiter;
  encoding?: string;
  /** The workbook sheet the step table was read from. */
  sheet?: string;
  /** 1-based row of the step table's header. */
  headerRow?: number;
  /** The cells of that header row, column A first: what a column mapping can choose from. */
  headers?: string[];
  columns: Record<string, { column: string; header: string }>;
  dateOrder?: DateOrder;
  /** The text each lane was read from (a lane or side column's, else the owner's) → party id. */
  parties: Record<string, string>;
  /** Each step's key in `parties`, by step id ('' for a step whose lane no text named). */
  laneKeys?: Record<string, string>;
  /** The deal's title, when the file names it (a title row above the table); the plan is otherwise named after the file. */
  title?: string;
}

export interface ImportResult {
  plan: Plan | null;
  issues: ImportIssue[];
  detected: ImportDetected;
}
