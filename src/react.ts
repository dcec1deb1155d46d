// JSX types for React 19. `import 'map-timeline/react'` once, beside `import 'map-timeline'`, and TSX takes
// <map-timeline> with its properties and its events typed. This module holds types only: it adds nothing to a bundle.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MapTimeline } from './components/map-timeline.js';
import type { MapChangeEvent, MapErrorEvent, MapLoadEvent, MapPreviewEvent, MapSelectEvent } from './events.js';
import type { Plan, ReadonlyPlan } from './model/types.js';

/** The properties React 19 sets on the element (it sets a property when the element has one by that name). */
type SettableProperties = Partial<
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
  /** A plan, also a read-only one (an `as const` literal, an immutable store's state); `undefined` changes nothing. */
  plan?: Plan | ReadonlyPlan | null;
};

/** React 19 adds `onmap-change` as a listener of `map-change`, and so on. */
interface EventProps {
  'onmap-change'?: (event: MapChangeEvent) => void;
  'onmap-preview'?: (event: MapPreviewEvent) => void;
  'onmap-select'?: (event: MapSelectEvent) => void;
  'onmap-load'?: (event: MapLoadEvent) => void;
  'onmap-error'?: (event: MapErrorEvent) => void;
}

export type MapTimelineProps = DetailedHTMLProps<HTMLAttributes<MapTimeline>, MapTimeline> &
  SettableProperties &
  EventProps & { 'plan-id'?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'map-timeline': MapTimelineProps;
    }
  }
}
