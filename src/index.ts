import { defineMapTimeline } from './define.js';

export { MapTimeline } from './components/map-timeline.js';
export { defineMapTimeline } from './define.js';
export * from './events.js';
export * from './model/index.js';
export type { ZoomPreset } from './render/scale.js';

defineMapTimeline();
