// Writes the workbook fixtures: `node --import tsx test/import/make-xlsx.ts`. The .xlsx files are committed too.
import { writeFileSync } from 'node:fs';
import { workbookBytes, type SheetSpec } from '../support/xlsx-writer.js';

const cover: SheetSpec = {
  name: 'Cover',
  inlineStrings: true,
  rows: [
    ['Mutual Action Plan — Helios Analytics × Northwind Foods'],
    [],
    ['Provider:', 'Helios Analytics'],
    ['Client Name:', 'Northwind Foods'],
    ['Target Close Date:', { date: '2027-06-30', style: 'custom' }],
    ['MAP Start Date:', { date: '2027-05-03' }],
    ['Holidays:', { date: '2027-05-31' }],
  ],
};

const plan: SheetSpec = {
  name: 'Plan',
  rows: [
    ['#', 'Action Item', 'Owner', 'Est. Days', 'Target Date', 'Status', 'Depends On', 'Client-Facing', 'Notes'],
    ['Phase 1 — Discovery'],
    [1, 'Discovery call', 'Provider', 1, null, 'Done', '—', true, null],
    [2, 'Draft pricing', null, 'TBD', null, 'Not started', 1, false, 'Internal only'],
    [3, 'Share requirements', 'Client', 3, null, 'In progress', 1, true, null],
    [4, 'Old kickoff (superseded)', 'Provider', 2, null, null, 1, true, null],
    ['Phase 2 — Evaluation'],
    [5, 'Security review', 'Client', 5, { date: '2027-06-04' }, null, 3, true, 'SOC 2 & pen test'],
    [6, 'Business case', 'Joint', 3, null, null, '2, 5', true, null],
    [7, 'Contract signature', 'Client', 0, { date: '2027-06-30' }, null, 6, true, null],
    [],
    [],
    ['=== Internal forecast ==='],
    ['Quarter', 'Amount'],
    ['Q2', 120000.5],
  ],
  hidden: [6],
  // A phase heading merged across the table, and one owner merged over two steps.
  merges: ['A2:I2', 'C3:C4', 'A7:I7'],
};

const here = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
writeFileSync(here('helios-workbook.xlsx'), workbookBytes({ sheets: [cover, plan] }));
writeFileSync(here('helios-workbook-1904.xlsx'), workbookBytes({ sheets: [cover, plan], date1904: true }));

// A rep's own sheet: headers the importer must match loosely, and a column it has no field for.
const initech: SheetSpec = {
  name: 'MAP',
  rows: [
    ['#', 'Milestone', 'Responsible', 'Due Date', 'Predecessor', 'Owner email', 'Internal?'],
    [1, 'Pricing proposal', 'Vendor', { date: '2027-04-02' }, null, 'ana@example.com', null],
    [2, 'Discount approval (deal desk)', 'Vendor', { date: '2027-04-09' }, 1, null, 'Yes'],
    [3, 'Security review', 'Client', { date: '2027-04-16' }, 1, 'lee@example.com', null],
  ],
};
writeFileSync(here('initech-map.xlsx'), workbookBytes({ sheets: [initech] }));
