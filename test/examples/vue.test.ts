import { expect } from '@open-wc/testing';
import type { LogEntry, MapTimeline, Plan } from 'map-timeline';
import { createApp, defineComponent, h, ref, type App } from 'vue';
import { PlanTimeline } from '../../examples/vue/PlanTimeline.js';
import { settle } from '../support/element.js';
import { acmePlan, container } from './acme.js';

describe('examples/vue/PlanTimeline.ts', () => {
  let box: HTMLDivElement;
  let app: App | undefined;
  afterEach(() => {
    app?.unmount();
    box.remove();
  });

  it('passes a reactive plan as a property, draws its steps, and emits change on an edit', async () => {
    const initial = await acmePlan();
    const calls: Array<[Plan, LogEntry[]]> = [];
    const Host = defineComponent({
      setup() {
        const plan = ref(initial); // deep reactive, as a host would keep it
        return () =>
          h(PlanTimeline, {
            plan: plan.value,
            audience: 'buyer',
            onChange: (...args: [Plan, LogEntry[]]) => calls.push(args),
          });
      },
    });
    box = container();
    app = createApp(Host);
    app.mount(box);
    const element = box.querySelector<MapTimeline>('map-timeline')!;
    await settle(element);
    expect(element.hasAttribute('plan')).to.equal(false);
    expect(element.getPlan().title).to.equal(initial.title);
    expect(element.audience).to.equal('buyer');
    expect(element.shadowRoot!.querySelectorAll('[data-item-id]')).to.have.length(initial.items.length);

    element.updateItem('discovery', { status: 'in-progress' });
    expect(calls).to.have.length(1);
    const [next, changes] = calls[0]!;
    expect(next.items.find((item) => item.id === 'discovery')!.status).to.equal('in-progress');
    expect(changes.map((entry) => [entry.op, entry.itemId])).to.deep.equal([['update', 'discovery']]);
  });
});
