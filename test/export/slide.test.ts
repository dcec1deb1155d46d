import { expect } from '@open-wc/testing';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { hiringPlan } from '../../src/model/samples/hiring.js';
import type { Item, Plan } from '../../src/model/types.js';
import { timelineWith } from '../support/element.js';
import { planOf } from '../support/plan-builders.js';
import { addDays } from '../../src/model/dates.js';

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

async function pngSize(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  return [bitmap.width, bitmap.height];
}

describe('exportPNG({ aspect }) for slides', () => {
  it("is exactly 16:9 (and 4:3) with the whole plan inside, while the plain export follows the plan's height", async function () {
    this.timeout(30_000);
    const plan = enterprisePlan('2026-03-02');
    const element = await timelineWith(plan, { zoom: 'week' });
    expect(await pngSize(await element.exportPNG({ aspect: '16:9' }))).to.deep.equal([3840, 2160]);
    expect(await pngSize(await element.exportPNG({ aspect: '4:3', width: 1600, scale: 1 }))).to.deep.equal([
      1600, 1200,
    ]);
    const [width, height] = await pngSize(await element.exportPNG());
    expect(width).to.equal(3840);
    expect(width / height, 'without aspect the height follows the plan (not a slide)').to.not.be.closeTo(16 / 9, 0.01);

    const doc = parse(element.exportSVG({ aspect: '16:9' }));
    const [, , boxWidth, boxHeight] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    expect(boxWidth / boxHeight).to.be.closeTo(16 / 9, 0.005);
    const drawn = [...doc.querySelectorAll('[data-item-id]')].map((node) => node.getAttribute('data-item-id'));
    expect(drawn.sort()).to.deep.equal(plan.items.map((item) => item.id).sort());
  });

  it('is exactly 16:9 and 4:3 for a plan laid out wider than the slide width, in both views', async () => {
    const sizes: string[] = [];
    for (const start of ['2026-03-02', '2026-11-16', '2026-10-05']) {
      for (const audience of ['seller', 'buyer'] as const) {
        const element = await timelineWith(enterprisePlan(start), { zoom: 'week' });
        element.audience = audience;
        const size = (svg: string) => {
          const root = parse(svg).documentElement;
          return `${root.getAttribute('width')}×${root.getAttribute('height')}`;
        };
        sizes.push(size(element.exportSVG({ aspect: '16:9', width: 1920 })));
        sizes.push(size(element.exportSVG({ aspect: '4:3', width: 1600 })));
      }
    }
    expect([...new Set(sizes)].sort()).to.deep.equal(['1600×1200', '1920×1080']);
  });

  it('lays the plan out narrower than the picture, so its type is large on the slide', async () => {
    const points = async (plan: Plan) => {
      const element = await timelineWith(plan, { zoom: 'week' });
      const layoutWidth = (text: string) => Number(parse(text).documentElement.getAttribute('viewBox')!.split(' ')[2]);
      // 12.5 px labels in a picture shown 13.33 in (960 pt) wide.
      return {
        slide: (12.5 * 960) / layoutWidth(element.exportSVG({ aspect: '16:9' })),
        plain: (12.5 * 960) / layoutWidth(element.exportSVG()),
      };
    };
    const hiring = await points(hiringPlan('2026-03-02'));
    expect(hiring.slide, 'a 15-step plan: 9 pt or more').to.be.greaterThan(9);
    expect(hiring.plain).to.be.lessThan(7);
    // A denser plan needs a wider layout to fit the frame's height: smaller type, still well above the plain export's.
    const enterprise = await points(enterprisePlan('2026-03-02'));
    expect(enterprise.slide).to.be.greaterThan(7.5);
    expect(enterprise.slide).to.be.greaterThan(enterprise.plain + 1.5);
  });

  it('shortens a title too long to end inside the picture with an ellipsis, never cutting it at the edge', async () => {
    const plan = enterprisePlan('2026-03-02');
    const long =
      'Security & compliance review with InfoSec, Legal and Procurement (SOC 2 Type II report + DPA redlines)';
    const last = plan.items.reduce((latest, item) => (item.end > latest.end ? item : latest));
    // Internal too: its lock after the label has to end inside the picture as well.
    plan.items = plan.items.map((item) => (item.id === last.id ? { ...item, title: long, internal: true } : item));
    const element = await timelineWith(plan, { zoom: 'week' });
    for (const aspect of ['16:9', undefined] as const) {
      const host = document.createElement('div');
      host.innerHTML = element.exportSVG(aspect ? { aspect } : {});
      host.style.width = 'max-content';
      document.body.append(host);
      const picture = host.querySelector('svg')!;
      const titles = [...picture.querySelectorAll('text.title')];
      const shown = titles.find((text) => text.textContent!.startsWith('Security & compliance review'))!;
      expect(shown.textContent, 'shortened').to.match(/…$/);
      expect(shown.textContent!.length).to.be.lessThan(long.length);
      // The plan is clipped to its bordered frame: that is the edge a label must end inside.
      const right = picture.querySelector('.x-frame')!.getBoundingClientRect().right;
      for (const text of titles)
        expect(text.getBoundingClientRect().right, `"${text.textContent}" ends inside`).to.be.at.most(right);
      for (const lock of picture.querySelectorAll('.lock'))
        expect(lock.getBoundingClientRect().right, 'each lock ends inside').to.be.at.most(right);
      expect(picture.querySelectorAll('.lock').length, 'locks are drawn').to.be.greaterThan(0);
      // The control: the other titles are whole.
      expect(titles.some((text) => text.textContent === 'Go / no-go decision')).to.equal(true);
      host.remove();
    }
  });

  it('names no period that the frame cuts off at the right end of the axis (no "Ap" for April)', async () => {
    let cutPeriods = 0;
    for (let shift = 0; shift < 30; shift += 2) {
      const day = (date: string) => addDays(date, shift);
      const plan = planOf({
        a: [day('2026-03-31'), day('2026-04-06')],
        b: [day('2026-04-07'), day('2026-04-13'), 'a'],
        c: [day('2026-04-14'), day('2026-04-20'), 'b'],
        d: [day('2026-04-21'), day('2026-04-27'), 'c'],
        e: [day('2026-05-25'), day('2026-05-29'), 'd'],
      });
      plan.items = plan.items.map((item) => ({ ...item, title: `${item.id.toUpperCase()} step of the plan` }));
      plan.targetDate = day('2026-05-22');
      const element = await timelineWith(plan, { zoom: 'month' });
      const host = document.createElement('div');
      host.innerHTML = element.exportSVG({ aspect: '16:9' });
      host.style.width = 'max-content';
      document.body.append(host);
      const right = host.querySelector('.x-frame')!.getBoundingClientRect().right;
      const axis = host.querySelector('svg.axis')!;
      for (const text of axis.querySelectorAll('text'))
        expect(text.getBoundingClientRect().right, `"${text.textContent}" ends inside (+${shift})`).to.be.at.most(
          right,
        );
      // The control: the frame cuts the axis inside a period, close to where that period begins.
      const starts = [...axis.querySelectorAll('.tier.bottom line')].map((line) => line.getBoundingClientRect().left);
      if (starts.some((x) => x < right && x > right - 30)) cutPeriods += 1;
      host.remove();
    }
    expect(cutPeriods, 'pictures whose frame cuts a period close to its start').to.be.greaterThan(0);
  });

  it("lets a long label's owner chip give way before its title is shortened", async () => {
    const long = 'Implementation statement of work and pricing schedule sign-off with the partner and both legal teams';
    const owner = { owner: 'Priya Nair', role: 'implementation lead' };
    const shown = async (last: Partial<Item>) => {
      const plan = planOf({
        a: ['2026-03-16', '2026-03-20'],
        b: ['2026-03-23', '2026-03-27', 'a'],
        c: ['2026-03-30', '2026-04-03', 'b'],
      });
      plan.items = plan.items.map((item) => (item.id === 'c' ? { ...item, ...last } : item));
      const element = await timelineWith(plan, { zoom: 'week' });
      const step = parse(element.exportSVG({ aspect: '16:9' })).querySelector('[data-step="c"]')!;
      return {
        title: step.querySelector('text.title')!.textContent,
        owner: step.querySelector('text.owner')?.textContent,
      };
    };
    const short = await shown({ title: 'Order form', ...owner });
    expect(short.owner, 'the control: a label with room keeps its chip').to.equal('Priya Nair · implementation lead');
    const without = await shown({ title: long });
    expect(without.title, 'the control: too long even without a chip').to.match(/…$/);
    const withOwner = await shown({ title: long, ...owner });
    expect(withOwner.owner, 'no owner chip on the shortened label').to.equal(undefined);
    expect(withOwner.title, 'the title keeps the room the chip would have taken').to.equal(without.title);
  });

  it("shows a long lane name whole on the slide, on as many lines as the lane's head gives it", async () => {
    const plan = enterprisePlan('2026-03-02');
    const long = 'Brightpath Consulting — Implementation Services, EMEA';
    const partner = plan.parties.find((party) => party.side === 'partner')!;
    const lanes = (name: string) => ({
      ...plan,
      parties: plan.parties.map((party) => (party.id === partner.id ? { ...party, name } : party)),
    });
    const drawn = async (name: string) => {
      const element = await timelineWith(lanes(name), { zoom: 'week' });
      const host = document.createElement('div');
      host.innerHTML = element.exportSVG({ aspect: '16:9' });
      document.body.append(host);
      const picture = host.querySelector('svg')!;
      const head = [...picture.querySelectorAll('.x-lane')].find((lane) =>
        lane.querySelector('.x-party')!.textContent!.startsWith(name.slice(0, 6)),
      )!;
      const lines = [...head.querySelectorAll('.x-party')];
      const rect = (node: Element) => node.getBoundingClientRect();
      const result = {
        text: lines.map((line) => line.textContent).join(' '),
        glued: lines.map((line) => line.textContent).join(''),
        lines: lines.length,
        headRight: rect(picture.querySelector('.x-head-bg')!).right,
        namesRight: Math.max(...lines.map((line) => rect(line).right)),
        namesBottom: Math.max(...lines.map((line) => rect(line).bottom)),
        metaTop: rect(head.querySelector('.x-side-pill')!).top,
        laneBottom: rect(head.querySelector('.x-head-edge')!).bottom,
        metaBottom: rect(head.querySelector('.x-side-pill')!).bottom,
      };
      host.remove();
      return result;
    };
    const short = await drawn('Brightpath');
    expect(short.lines, 'the control: a short name takes one line').to.equal(1);
    const shown = await drawn(long);
    expect(shown.text, 'the whole name, no ellipsis').to.equal(long);
    expect(shown.lines).to.be.greaterThan(1);
    expect(shown.namesRight, 'each line inside the head').to.be.at.most(shown.headRight);
    expect(shown.metaTop, 'the side pill below the name').to.be.at.least(shown.namesBottom);
    expect(shown.metaBottom, 'and inside its lane').to.be.at.most(shown.laneBottom);
    // A name of hyphenated words breaks after a hyphen, as the element's lane heads break it.
    const hyphenated = 'Brightpath-Implementation-Services-International-GmbH';
    const broken = await drawn(hyphenated);
    expect(broken.lines).to.be.greaterThan(1);
    expect(broken.glued, 'whole, no ellipsis').to.equal(hyphenated);
    expect(broken.namesRight).to.be.at.most(broken.headRight);
  });
});
