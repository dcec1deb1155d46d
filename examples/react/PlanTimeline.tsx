import 'map-timeline';
// Types <map-timeline> in TSX: its properties and its events (types only, nothing is bundled).
import 'map-timeline/react';
import type { Audience, LogEntry, Plan } from 'map-timeline';

interface PlanTimelineProps {
  plan: Plan;
  audience?: Audience;
  onChange: (plan: Plan, changes: LogEntry[]) => void;
}

// React 19 sets `plan` and `audience` as properties and adds `onmap-change` as a `map-change` listener.
// Passing back the plan onChange gave keeps undo, even with fields of your own added or arriving late; a different plan starts afresh.
export function PlanTimeline({ plan, audience = 'seller', onChange }: PlanTimelineProps) {
  return (
    <map-timeline
      plan={plan}
      audience={audience}
      onmap-change={(event) => onChange(event.detail.plan, event.detail.changes)}
    />
  );
}
