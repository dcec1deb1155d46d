import { expect } from '@open-wc/testing';
import { exportNote, fileName } from '../../demo/files.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';

describe('the demo’s file names', () => {
  const plan = enterprisePlan('2026-11-25');

  it('gives the slide picture and the whole plan picture names of their own, so one never replaces the other', () => {
    const open = { ...plan, items: plan.items.map(({ internal: _internal, ...item }) => item) };
    const slide = fileName(open, 'seller', 'png', 'slide');
    const full = fileName(open, 'seller', 'png', 'full');
    expect(slide).to.equal('acme-logistics-northwind-fleet-analytics-rollout-slide.png');
    expect(full).to.equal('acme-logistics-northwind-fleet-analytics-rollout-full.png');
    expect(fileName(open, 'buyer', 'png', 'slide')).to.equal(
      'acme-logistics-northwind-fleet-analytics-rollout-buyer-slide.png',
    );
    expect(fileName(open, 'seller', 'csv')).to.equal('acme-logistics-northwind-fleet-analytics-rollout.csv');
  });

  it('names the seller’s files of a plan with internal steps as internal, and says so after the export', () => {
    expect(plan.items.some((item) => item.internal)).to.equal(true);
    expect(fileName(plan, 'seller', 'png', 'slide')).to.equal(
      'acme-logistics-northwind-fleet-analytics-rollout-internal-slide.png',
    );
    expect(fileName(plan, 'buyer', 'png', 'slide')).to.equal(
      'acme-logistics-northwind-fleet-analytics-rollout-buyer-slide.png',
    );
    const internal = plan.items.filter((item) => item.internal).length;
    expect(exportNote(plan, 'seller')).to.equal(
      `This export shows ${internal} internal steps: for your team only. Choose Buyer to export what the customer may see.`,
    );
    expect(exportNote(plan, 'buyer')).to.equal('Exported the buyer view: internal steps are left out.');
    expect(exportNote({ ...plan, items: plan.items.filter((item) => !item.internal) }, 'seller')).to.equal(undefined);
  });

  it('cuts a long title short without leaving a double hyphen', () => {
    const name = fileName({ ...plan, title: 'Northwind '.repeat(30) }, 'buyer', 'png', 'slide');
    expect(name).to.equal('northwind-northwind-northwind-northwind-northwind-northwind-buyer-slide.png');
    expect(name).not.to.contain('--');
  });
});
