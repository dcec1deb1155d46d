import { expect } from '@open-wc/testing';
import { fileName } from '../../demo/files.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';

describe('the demo’s file names', () => {
  const plan = enterprisePlan('2026-11-25');

  it('gives the slide picture and the whole plan picture names of their own, so one never replaces the other', () => {
    const slide = fileName(plan, 'seller', 'png', 'slide');
    const full = fileName(plan, 'seller', 'png', 'full');
    expect(slide).to.equal('acme-logistics-northwind-fleet-analytics-rollout-slide.png');
    expect(full).to.equal('acme-logistics-northwind-fleet-analytics-rollout-full.png');
    expect(fileName(plan, 'buyer', 'png', 'slide')).to.equal(
      'acme-logistics-northwind-fleet-analytics-rollout-buyer-slide.png',
    );
    expect(fileName(plan, 'seller', 'csv')).to.equal('acme-logistics-northwind-fleet-analytics-rollout.csv');
  });

  it('cuts a long title short without leaving a double hyphen', () => {
    const name = fileName({ ...plan, title: 'Northwind '.repeat(30) }, 'seller', 'png', 'slide');
    expect(name).to.equal('northwind-northwind-northwind-northwind-northwind-northwind-slide.png');
    expect(name).not.to.contain('--');
  });
});
