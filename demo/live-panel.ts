import { html } from 'lit';
import type { ISODate, LoadSource, MapTimeline } from '../src/index.js';
import { describeChange } from './describe-change.js';
import type { EventLog } from './event-log.js';
import { renderSummary } from './summary.js';
import { toast } from './toast.js';

const LOADED_FROM: Record<LoadSource, string> = {
  storage: 'loaded from this browser\'s storage',
  property: 'set through the plan property',
  src: 'fetched from its src URL',
};

/**
 * Listens to the element's events where they bubble to (the stage, which outlives each element) and keeps the
 * event log and the summary current. `onPlanChanged` runs after every commit or load.
 */
export function wireLivePanel(options: {
  stage: HTMLElement;
  log: EventLog;
  summary: HTMLElement;
  today: ISODate;
  current: () => MapTimeline | undefined;
  onPlanChanged: (element: MapTimeline) => void;
}) {
  const { stage, log, summary, today, current, onPlanChanged } = options;

  const refresh = (): void => {
    const element = current();
    if (!element) return;
    renderSummary(summary, element.getPlan(), element.audience, today);
    onPlanChanged(element);
  };

  stage.addEventListener('map-change', (event) => {
    const { plan, changes, source } = event.detail;
    const lines = changes.length > 0 ? changes.map((entry) => describeChange(entry, plan)) : [html`No effective change`];
    log.add(source, lines);
    refresh();
  });
  stage.addEventListener('map-load', (event) => {
    const { plan, from } = event.detail;
    log.add('load', [html`<b>${plan.title}</b> ${LOADED_FROM[from]}`]);
    refresh();
  });
  stage.addEventListener('map-error', (event) => {
    const { code, message } = event.detail;
    log.add('error', [html`<b>${code}</b>: ${message}`]);
    toast(message, { tone: 'error', title: `Timeline error (${code})` });
  });

  return { refresh };
}
