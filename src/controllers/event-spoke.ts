import type { ReactiveControllerHost } from 'lit';
import type { PlanDocument } from '../document/plan-document.js';
import { MapChangeEvent, MapLoadEvent, withPlanCopy } from '../events.js';

/** The document's events spoke: the view updates, and hosts hear of every committed change and every load. */
export function publishDocumentEvents(host: ReactiveControllerHost & EventTarget, document: PlanDocument): void {
  document.subscribe((event) => {
    host.requestUpdate();
    if (event.type === 'change')
      host.dispatchEvent(
        new MapChangeEvent(withPlanCopy(event.plan, { changes: event.changes, source: event.source })),
      );
    else if (event.type === 'load')
      host.dispatchEvent(new MapLoadEvent(withPlanCopy(event.plan, { from: event.from })));
  });
}
