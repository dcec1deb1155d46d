import 'map-timeline';
import type { Audience, LogEntry, MapChangeEvent, Plan } from 'map-timeline';
import { defineComponent, h, type PropType } from 'vue';

// A render function needs no compiler options. In a template, tell the compiler the tag is not a Vue component
// (compilerOptions.isCustomElement: (tag) => tag === 'map-timeline'), then write
// <map-timeline :plan.prop="plan" :audience="audience" @map-change="...">.
// Passing back the plan `change` gave keeps undo, even with fields of your own added or arriving late; a different plan starts afresh.
export const PlanTimeline = defineComponent({
  props: {
    plan: { type: Object as PropType<Plan>, required: true },
    audience: { type: String as PropType<Audience>, default: 'seller' },
  },
  emits: {
    change: (_plan: Plan, _changes: LogEntry[]) => true,
  },
  setup(props, { emit }) {
    return () =>
      h('map-timeline', {
        '.plan': props.plan, // a DOM property; the element reads a plain copy through the reactive proxy
        audience: props.audience,
        onMapChange: (event: MapChangeEvent) => emit('change', event.detail.plan, event.detail.changes),
      });
  },
});
