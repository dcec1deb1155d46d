import 'map-timeline';
import type { Audience, LogEntry, MapChangeEvent, MapTimeline, Plan } from 'map-timeline';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'map-timeline': DetailedHTMLProps<HTMLAttributes<MapTimeline>, MapTimeline> & {
        plan?: Plan;
        audience?: Audience;
        'onmap-change'?: (event: MapChangeEvent) => void;
      };
    }
  }
}

interface PlanTimelineProps {
  plan: Plan;
  audience?: Audience;
  onChange: (plan: Plan, changes: LogEntry[]) => void;
}

// React 19 sets `plan` and `audience` as properties and adds `onmap-change` as a `map-change` listener.
// A new `plan` object is loaded afresh, with a new undo history: store what onChange gives, don't pass it back.
export function PlanTimeline({ plan, audience = 'seller', onChange }: PlanTimelineProps) {
  return (
    <map-timeline plan={plan} audience={audience}
      onmap-change={(event) => onChange(event.detail.plan, event.detail.changes)} />
  );
}
