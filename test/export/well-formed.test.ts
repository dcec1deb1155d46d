import { expect } from '@open-wc/testing';
import { MapTimeline } from '../../src/components/map-timeline.js';
import { cssTextOf } from '../../src/export/stylesheet.js';
import { svgExport, type ExportSource } from '../../src/export/svg-document.js';
import { planToCSV } from '../../src/io/csv.js';
import { pngExport } from '../../src/io/export-png.js';
import { planToICS } from '../../src/io/ics.js';
import { planToJSON } from '../../src/io/json.js';
import { PlanError } from '../../src/model/errors.js';
import { enterprisePlan } from '../../src/model/samples/index.js';
import type { Plan } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import { readAs } from '../support/csv-reader.js';
import { timelineWith } from '../support/element.js';

/** What Word, a database dump or a cut emoji leave in text, none of which XML 1.0 can hold. */
const BAD = ['\u000B', '\u0000', '\u0001', '\u001B', '\u000C', '\uFFFE', '\uFFFF', '\uD83D', '\uDE80'];
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** The enterprise deal with a character no XML can hold in every text: plan title, lanes, titles, owners, notes, an id. */
function poisonedPlan(): Plan {
  const plan = enterprisePlan('2026-03-02');
  const bad = (index: number): string => BAD[index % BAD.length]!;
  plan.title = `Northwind${bad(0)} × Acme${bad(1)} deal`;
  plan.parties.forEach((party, index) => {
    party.name = `${party.name}${bad(index + 2)} team`;
  });
  plan.items.forEach((item, index) => {
    item.title = `${item.title.slice(0, 4)}${bad(index)}${item.title.slice(4)}`;
    item.owner = `Owner${bad(index + 1)}`;
    item.role = `role${bad(index + 2)}`;
    item.notes = `Line one${bad(index + 3)}Line two\nLine three`;
  });
  const renamed = `${plan.items[0]!.id}${bad(1)}`;
  for (const item of plan.items)
    if (item.dependsOn) item.dependsOn = item.dependsOn.map((id) => (id === plan.items[0]!.id ? renamed : id));
  plan.items[0]!.id = renamed;
  return plan;
}

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('exports of text no XML can hold', () => {
  let source: ExportSource;
  before(async () => {
    const host = await timelineWith(enterprisePlan('2026-03-02'));
    source = {
      plan: poisonedPlan(),
      audience: 'seller',
      today: '2026-03-10',
      host,
      css: cssTextOf(MapTimeline.elementStyles),
    };
  });

  it('is refused by validation, each problem named by its path', () => {
    let error: unknown;
    try {
      validatePlan(poisonedPlan());
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(PlanError);
    const { message, issues } = error as PlanError;
    expect(message).to.match(/^title: contains a control character \(U\+000B\) at character 10/m);
    expect(message).to.match(/^items\[0\]\.id: contains a control character \(U\+0000\)/m);
    expect(message).to.match(/^items\[2\]\.title: contains a control character \(U\+0001\) at character 5/m);
    expect(message).to.match(/^items\[7\]\.title: contains a lone surrogate \(U\+D83D\)/m);
    expect(message).to.match(/^parties\[0\]\.name: contains a control character \(U\+0001\)/m);
    const paths = new Set(issues.map((issue) => issue.path));
    for (const field of ['title', 'owner', 'role', 'notes'])
      expect(paths.has(`items[4].${field}`), field).to.equal(true);
  });

  it('draws a well-formed SVG, with every step and the text readable', () => {
    const { svg } = svgExport(source);
    expect(svg).not.to.match(ILLEGAL);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('[data-item-id]')).to.have.length(source.plan.items.length);
    expect(doc.querySelector('.x-title')!.textContent).to.equal('Northwind  × Acme  deal');
    expect(doc.querySelector('title')!.textContent).to.equal('Northwind  × Acme  deal');
    // The check can fail: the parser refuses a document holding U+000B.
    expect(parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a\u000Bb</text></svg>').querySelector('parsererror')).to
      .exist;
  });

  it('rasterises to a PNG (the SVG loads as an image)', async () => {
    const blob = await pngExport(source, { scale: 1, width: 1280 });
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(1280);
  });

  it('writes CSV that reads back, one row per step, without those characters', () => {
    const text = planToCSV(source.plan);
    expect(text).not.to.match(ILLEGAL);
    const rows = readAs(text, ',');
    expect(rows).to.have.length(source.plan.items.length + 1);
    for (const row of rows) expect(row).to.have.length(rows[0]!.length);
    expect(rows[1]![rows[0]!.indexOf('Notes')]).to.equal('Line one Line two\nLine three');
  });

  it('writes ICS whose every line is a property and holds none of them', () => {
    const text = planToICS(source.plan, { now: '2026-03-01T09:30:00Z' });
    expect(text).not.to.match(ILLEGAL);
    const lines = text
      .slice(0, -2)
      .split('\r\n')
      .filter((line) => !line.startsWith(' '));
    for (const line of lines) expect(line).to.match(/^[A-Z-]+(;[^:]*)?:/);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT').length).to.be.above(2);
  });

  it('writes JSON that parses back to the same plan: nothing lost', () => {
    expect(JSON.parse(planToJSON(source.plan))).to.deep.equal(source.plan);
  });
});
