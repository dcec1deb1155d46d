import { MapTimeline } from './components/map-timeline.js';
import { rehearseFirstUseWhenIdle } from './controllers/first-use-rehearsal.js';
import { measureDefaultFontsWhenIdle } from './controllers/measure-text.js';

/** Registers `<map-timeline>` once, even when the package is loaded twice. */
export function defineMapTimeline(tagName = 'map-timeline'): void {
  if (customElements.get(tagName)) return;
  customElements.define(tagName, tagName === 'map-timeline' ? MapTimeline : class extends MapTimeline {});
  measureDefaultFontsWhenIdle();
  rehearseFirstUseWhenIdle(tagName);
}

declare global {
  interface HTMLElementTagNameMap {
    'map-timeline': MapTimeline;
  }
}
