import '../src/index.js';
import { SAMPLE_PLANS, currentSample, localToday } from '../src/index.js';

const params = new URLSearchParams(location.search);
const today = params.get('today') ?? localToday();
const sample = SAMPLE_PLANS.find((candidate) => candidate.id === params.get('plan')) ?? SAMPLE_PLANS[0]!;

const timeline = document.querySelector('map-timeline')!;
timeline.today = today;
if (params.get('zoom')) timeline.zoom = params.get('zoom') as never;
if (params.get('audience') === 'buyer') timeline.audience = 'buyer';
timeline.plan = currentSample(sample, today);
if (!params.get('zoom')) {
  await timeline.updateComplete;
  timeline.fit();
}
