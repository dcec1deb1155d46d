import { expect } from '@open-wc/testing';
import { addDays, localToday, parseDate } from '../../src/model/dates.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { validatePlan } from '../../src/model/validate.js';

describe('the model inside Chromium', () => {
  it('parses calendar dates without time-zone drift', () => {
    expect(parseDate('2026-03-08')).to.equal(Date.UTC(2026, 2, 8) / 86_400_000);
    expect(addDays('2026-10-31', 1)).to.equal('2026-11-01');
    expect(localToday()).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('validates the enterprise sample in the browser', () => {
    expect(() => validatePlan(enterprisePlan('2026-03-02'))).not.to.throw();
  });
});
