import type { ISODate, LogEntry, Plan } from './model/types.js';

export type ChangeSource = 'user' | 'api' | 'undo' | 'redo' | 'remote';
export type LoadSource = 'storage' | 'property' | 'src' | 'room';
export type MapErrorCode =
  | 'invalid-plan'
  | 'cycle'
  | 'unknown-id'
  | 'invalid-value'
  | 'storage-unavailable'
  | 'storage-quota'
  | 'newer-version'
  | 'export-failed'
  | 'fetch-failed'
  | 'access-refused'
  | 'shared-live';

const init = { bubbles: true, composed: true } as const;

/** Details carry a copy of the plan, so hosts cannot change the element's own; the copy is made only if read. */
export function withPlanCopy<T extends object>(plan: Plan, detail: T): T & { readonly plan: Plan } {
  let copy: Plan | undefined;
  return Object.defineProperty(detail, 'plan', {
    enumerable: true,
    get: () => (copy ??= structuredClone(plan)),
  }) as T & { readonly plan: Plan };
}

export interface MapChangeDetail {
  plan: Plan;
  changes: LogEntry[];
  source: ChangeSource;
}

/** A change was committed: drag end, edit, add, remove, link, undo, redo, API call or another tab. */
export class MapChangeEvent extends CustomEvent<MapChangeDetail> {
  static readonly eventName = 'map-change';
  constructor(detail: MapChangeDetail) {
    super(MapChangeEvent.eventName, { ...init, detail });
  }
}

export interface MapPreviewDetail {
  itemId: string;
  start: ISODate;
  end: ISODate;
  partyId: string;
}

/** Fired per frame while dragging; nothing is committed yet. */
export class MapPreviewEvent extends CustomEvent<MapPreviewDetail> {
  static readonly eventName = 'map-preview';
  constructor(detail: MapPreviewDetail) {
    super(MapPreviewEvent.eventName, { ...init, detail });
  }
}

export interface MapSelectDetail {
  itemIds: string[];
}

export class MapSelectEvent extends CustomEvent<MapSelectDetail> {
  static readonly eventName = 'map-select';
  constructor(detail: MapSelectDetail) {
    super(MapSelectEvent.eventName, { ...init, detail });
  }
}

export interface MapLoadDetail {
  plan: Plan;
  from: LoadSource;
}

export class MapLoadEvent extends CustomEvent<MapLoadDetail> {
  static readonly eventName = 'map-load';
  constructor(detail: MapLoadDetail) {
    super(MapLoadEvent.eventName, { ...init, detail });
  }
}

export interface MapErrorDetail {
  code: MapErrorCode;
  message: string;
  cause?: unknown;
  /** The element already told the user (a refused gesture, on its message line): a host need not show it again. */
  shown?: boolean;
}

export class MapErrorEvent extends CustomEvent<MapErrorDetail> {
  static readonly eventName = 'map-error';
  constructor(detail: MapErrorDetail) {
    super(MapErrorEvent.eventName, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'map-change': MapChangeEvent;
    'map-preview': MapPreviewEvent;
    'map-select': MapSelectEvent;
    'map-load': MapLoadEvent;
    'map-error': MapErrorEvent;
  }
}
