import type { PlanDocument } from '../document/plan-document.js';
import { MapChangeEvent, MapLoadEvent, withPlanCopy } from '../events.js';
import type { HostEvents } from './host-events.js';

/** The document's events spoke: the view updates, and hosts hear of every committed change and every load. */
export function publishDocumentEvents(events: HostEvents, document: PlanDocument): void {
  document.subscribe((event) => {
    events.host.requestUpdate();
    if (event.type === 'change')
      events.dispatch(new MapChangeEvent(withPlanCopy(event.plan, { changes: event.changes, source: event.source })));
    else if (event.type === 'load') events.dispatch(new MapLoadEvent(withPlanCopy(event.plan, { from: event.from })));
  });
}
