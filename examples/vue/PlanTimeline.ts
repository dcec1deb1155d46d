import 'map-timeline';
import type { Audience, LogEntry, MapChangeEvent, Plan } from 'map-timeline';
import { defineComponent, h, toRaw, type PropType } from 'vue';

// A render function needs no compiler options. In a template, tell the compiler the tag is not a Vue component
// (compilerOptions.isCustomElement: (tag) => tag === 'map-timeline'), then write
// <map-timeline :plan.prop="plan" :audience="audience" @map-change="...">.
// A new `plan` object is loaded afresh, with a new undo history: store what `change` gives, don't pass it back.
export const PlanTimeline = defineComponent({
  props: {
    plan: { type: Object as PropType<Plan>, required: true },
    audience: { type: String as PropType<Audience>, default: 'seller' },
  },
  emits: {
    change: (_plan: Plan, _changes: LogEntry[]) => true,
  },
  setup(props, { emit }) {
    return () => h('map-timeline', {
      '.plan': toRaw(props.plan), // a DOM property; the element copies it, which a reactive proxy would not allow
      audience: props.audience,
      onMapChange: (event: MapChangeEvent) => emit('change', event.detail.plan, event.detail.changes),
    });
  },
});
