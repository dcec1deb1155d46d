// Types for framework typings (`map-timeline/react`, `map-timeline/vue`): what a template may set on the element and
// the events it may listen to. Types only.
import type { MapTimeline } from './components/map-timeline.js';
import type { MapChangeEvent, MapErrorEvent, MapLoadEvent, MapPreviewEvent, MapSelectEvent } from './events.js';
import type { Plan, ReadonlyPlan } from './model/types.js';

/** The properties a template sets on the element (React 19 and Vue set a property when the element has one). */
export type SettableProperties = Partial<
  Pick<
    MapTimeline,
    | 'planId'
    | 'src'
    | 'store'
    | 'readonly'
    | 'today'
    | 'zoom'
    | 'audience'
    | 'view'
    | 'theme'
    | 'collab'
    | 'collabToken'
    | 'user'
    | 'selectedIds'
  >
> & {
  /**
   * A plan, also a read-only one (an `as const` literal, an immutable store's state), or its JSON text; `undefined`
   * changes nothing.
   */
  plan?: Plan | ReadonlyPlan | string | null;
  'plan-id'?: string;
};

/** The element's events by name. */
export interface MapTimelineEvents {
  'map-change': MapChangeEvent;
  'map-preview': MapPreviewEvent;
  'map-select': MapSelectEvent;
  'map-load': MapLoadEvent;
  'map-error': MapErrorEvent;
}
