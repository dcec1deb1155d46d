// JSX types for React 19. `import 'map-timeline/react'` once, beside `import 'map-timeline'`, and TSX takes
// <map-timeline> with its properties and its events typed. This module holds types only: it adds nothing to a bundle.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MapTimeline } from './components/map-timeline.js';
import type { MapTimelineEvents, SettableProperties } from './host-types.js';

/** React 19 adds `onmap-change` as a listener of `map-change`, and so on. */
type EventProps = {
  [Name in keyof MapTimelineEvents as `on${Name}`]?: (event: MapTimelineEvents[Name]) => void;
};

export type MapTimelineProps = DetailedHTMLProps<HTMLAttributes<MapTimeline>, MapTimeline> &
  SettableProperties &
  EventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'map-timeline': MapTimelineProps;
    }
  }
}
