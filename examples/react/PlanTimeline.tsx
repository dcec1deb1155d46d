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
// Passing back the plan onChange gave is fine (an equal plan is ignored, undo survives); a different plan starts afresh.
export function PlanTimeline({ plan, audience = 'seller', onChange }: PlanTimelineProps) {
  return (
    <map-timeline
      plan={plan}
      audience={audience}
      onmap-change={(event) => onChange(event.detail.plan, event.detail.changes)}
    />
  );
}
