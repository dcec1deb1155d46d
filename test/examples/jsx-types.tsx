// Checked by the type check of `npm test`, never run: `map-timeline/react` types <map-timeline> in TSX. If the
// types were missing, the first element would not compile; if they accepted anything, the expected errors below
// would be unused, which fails too.
import 'map-timeline/react';
import type { Plan } from 'map-timeline';

export function typed(plan: Plan, seen: (text: string) => void) {
  return (
    <>
      <map-timeline
        plan={plan}
        plan-id="acme"
        zoom="month"
        audience="buyer"
        readonly
        style={{ height: 640 }}
        onmap-change={(event) => seen(event.detail.plan.title)}
        onmap-error={(event) => seen(event.detail.code)}
        onmap-load={(event) => seen(event.detail.from)}
      />
      {/* @ts-expect-error "year" is not a zoom preset */}
      <map-timeline zoom="year" />
      {/* @ts-expect-error a plan is a Plan, not its title */}
      <map-timeline plan={plan.title} />
      {/* @ts-expect-error a change event's detail has no `steps` */}
      <map-timeline onmap-change={(event) => seen(event.detail.steps)} />
    </>
  );
}
