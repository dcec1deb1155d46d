// Checked by the type check of `npm test`, never run: `map-timeline/react` types <map-timeline> in TSX. If the
// types were missing, the first element would not compile; if they accepted anything, the expected errors below
// would be unused, which fails too.
import 'map-timeline/react';
import type { MapTimeline, Plan } from 'map-timeline';

// A plan written `as const` (or an immutable store's state) is read-only data, which the element only reads.
const literal = {
  version: 1,
  id: 'acme',
  title: 'Acme',
  parties: [{ id: 'us', name: 'Northwind', side: 'seller' }],
  items: [{ id: 'demo', title: 'Demo', partyId: 'us', kind: 'task', start: '2027-04-05', end: '2027-04-09' }],
} as const;

export function setByScript(element: MapTimeline) {
  element.plan = literal;
  element.plan = JSON.stringify(literal); // the plan's JSON text, as a file or a server gives it
  element.plan = undefined;
  // @ts-expect-error a plan is a Plan (or its JSON text), not a number
  element.plan = 1;
  // @ts-expect-error a side is one of seller, buyer, partner
  element.plan = { ...literal, parties: [{ id: 'us', name: 'Northwind', side: 'vendor' }] } as const;
}

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
      <map-timeline plan={literal} />
      {/* @ts-expect-error "year" is not a zoom preset */}
      <map-timeline zoom="year" />
      <map-timeline plan={JSON.stringify(plan)} />
      {/* @ts-expect-error a plan is a Plan (or its JSON text), not its list of steps */}
      <map-timeline plan={plan.items} />
      {/* @ts-expect-error a change event's detail has no `steps` */}
      <map-timeline onmap-change={(event) => seen(event.detail.steps)} />
    </>
  );
}
