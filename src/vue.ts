// Template types for Vue 3: `import 'map-timeline/vue'` once (in a .ts file the app compiles, or a .d.ts), beside
// `import 'map-timeline'`, and vue-tsc checks <map-timeline> in templates: its properties (`:plan.prop`, `zoom`) and
// its events (`@map-change` gets a MapChangeEvent). This module holds types only: it adds nothing to a bundle.
import type { DefineComponent } from 'vue';
import type { MapTimelineEvents, SettableProperties } from './host-types.js';

/** `@map-change` and the others, each with its event. */
type Emits = { [Name in keyof MapTimelineEvents]: (event: MapTimelineEvents[Name]) => void };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- DefineComponent's slots for data, computed …
export type MapTimelineComponent = DefineComponent<SettableProperties, {}, {}, {}, {}, {}, {}, Emits>;

declare module 'vue' {
  interface GlobalComponents {
    'map-timeline': MapTimelineComponent;
  }
}
