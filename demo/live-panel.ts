import { html } from 'lit';
import { LoopError, type Audience, type ISODate, type LoadSource, type MapTimeline } from '../src/index.js';
import { inReadingOrder } from '../src/model/log.js';
import { changesFor, describeChange } from './describe-change.js';
import { brief, type EventLog } from './event-log.js';
import { renderSummary } from './summary.js';
import { toast } from './toast.js';

const LOADED_FROM: Record<LoadSource, string> = {
  storage: "loaded from this browser's storage",
  property: 'set through the plan property',
  src: 'fetched from its src URL',
  room: 'received from the shared room',
};

/**
 * Listens to the element's events where they bubble to (the stage, which outlives each element) and keeps the
 * event log and the summary current. `onPlanChanged` runs after every commit or load.
 */
export function wireLivePanel(options: {
  stage: HTMLElement;
  log: EventLog;
  summary: HTMLElement;
  /** Today's date each time the summary is drawn. */
  today: () => ISODate;
  current: () => MapTimeline | undefined;
  onPlanChanged: (element: MapTimeline) => void;
}) {
  const { stage, log, summary, today, current, onPlanChanged } = options;

  const refresh = (): void => {
    const element = current();
    if (!element) return;
    renderSummary(summary, element.getPlan(), element.audience, today());
    onPlanChanged(element);
  };

  stage.addEventListener('map-change', (event) => {
    const { source, plan, changes } = event.detail;
    // Both views' lines: the buyer's leave out internal steps, and a change to those alone is no row for them.
    const lines = (audience: Audience) => {
      const shown = changesFor(audience, plan, changes);
      if (changes.length === 0) return [html`No effective change`];
      return inReadingOrder(shown.changes, source).map((entry) => describeChange(entry, shown.plan));
    };
    log.add(source, lines('seller'), lines('buyer'));
    refresh();
  });
  stage.addEventListener('map-load', (event) => {
    const { plan, from } = event.detail;
    log.add('load', [html`<b>${brief(plan.title)}</b> ${LOADED_FROM[from]}`]);
    refresh();
  });
  stage.addEventListener('map-error', (event) => {
    const { code, message, cause, shown } = event.detail;
    // A refused room turns the plan read-only: the toolbar's Undo and Redo follow.
    const element = current();
    if (code === 'access-refused' && element) onPlanChanged(element);
    if (!shown) {
      log.add('error', [html`<b>${code}</b>: ${message}`]);
      toast(message, { tone: 'error', title: `Timeline error (${code})` });
      return;
    }
    // The timeline already told the user on its message line: log what a host gets (the ids), without repeating it;
    // but values refused from the shared plan can come several at once, and the line shows only the last.
    if (code === 'invalid-plan') return log.add('error', [html`<b>${code}</b>: ${message}`]);
    const loop = cause instanceof LoopError ? html`: <code>${cause.loop.join(' → ')}</code>` : '';
    log.add('error', [html`<b>${code}</b>, shown in the timeline${loop}`]);
  });

  return { refresh };
}
