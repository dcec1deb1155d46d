import { expect } from '@open-wc/testing';
import { readSettings, rememberPlan, rememberedPlan } from '../../demo/settings.js';

const KEY = 'map-timeline-demo:last-plan';

describe('the demo’s settings', () => {
  let before: string | null;
  beforeEach(() => {
    before = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
  });
  afterEach(() => {
    if (before === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, before);
  });

  it('opens the plan last opened in this browser at a bare address, and the plan an address names', () => {
    expect(readSettings('').plan, 'nothing remembered: the sample').to.equal('enterprise');
    rememberPlan('own-7f3a');
    expect(rememberedPlan()).to.equal('own-7f3a');
    expect(readSettings('').plan).to.equal('own-7f3a');
    expect(readSettings('?plan=small').plan, 'the address wins').to.equal('small');
    expect(readSettings('?audience=buyer').plan, 'other settings keep the remembered plan').to.equal('own-7f3a');
  });
});
