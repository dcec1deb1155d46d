import { expect } from '@open-wc/testing';
import { changeLane, moveItem } from '../../src/model/commands.js';
import { replacedIds, type Edit } from '../../src/model/edit.js';
import { freezePlan } from '../../src/model/freeze.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { indexLayout, linksNear, stepsNear } from '../../src/render/layout-index.js';
import { previewScene } from '../../src/render/preview-scene.js';
import { buildScene, type Scene, type SceneInput } from '../../src/render/view-model.js';
import { planOf } from '../support/plan-builders.js';

const measure = (text: string) => text.length * 7;

/** The preview of `edit` over the scene drawn before it, with the steps its changes name moved. */
const previewOf = (committed: Scene, edit: Edit) =>
  previewScene(
    committed,
    edit.plan,
    'seller',
    edit.changes.map((change) => change.itemId!),
  );

describe('drag preview scene (pure)', () => {
  const plan = enterprisePlan('2026-03-02');
  const input = (shown = plan): SceneInput => ({
    plan: shown,
    audience: 'seller',
    today: '2026-03-20',
    dayWidth: 10,
    minWidth: 1200,
    measure,
  });

  it('puts moved steps and their pushed dependents where a full layout would, with the same verdict', () => {
    const committed = buildScene(input());
    const edit = moveItem(plan, 'security-review', 9);
    const { plan: moved, changes } = edit;
    const preview = previewOf(committed, edit)!;
    const full = buildScene({ ...input(moved), keepSpan: [committed.scale.startDay, committed.scale.endDay] });
    expect(changes.length).to.be.greaterThan(3);
    for (const { itemId } of changes) {
      expect(preview.layout.byId.get(itemId!)!.x, itemId).to.equal(full.layout.byId.get(itemId!)!.x);
      expect(preview.layout.byId.get(itemId!)!.width, itemId).to.equal(full.layout.byId.get(itemId!)!.width);
    }
    expect(preview.verdict).to.deep.equal(full.verdict);
    expect(preview.markers.map((marker) => marker.text)).to.deep.equal(full.markers.map((marker) => marker.text));
    expect(preview.layout.byId.get('discovery')).to.equal(committed.layout.byId.get('discovery'));
  });

  it('holds each step once, by id and in the committed order, with the moved boxes in both, whatever order the plan lists', () => {
    const frozen = freezePlan(plan);
    const committed = buildScene(input(frozen));
    const { plan: moved, changes } = moveItem(frozen, 'security-review', 9);
    const ids = changes.map((change) => change.itemId!);
    const reordered = { ...moved, items: [...moved.items].reverse() };
    for (const [name, shown] of [
      ['the plan’s order', moved],
      ['a reversed list', reordered],
    ] as const) {
      const preview = previewScene(committed, shown, 'seller', ids)!;
      const { items, byId } = preview.layout;
      expect(
        items.map((box) => box.item.id),
        name,
      ).to.deep.equal(committed.layout.items.map((box) => box.item.id));
      expect([...byId.keys()], name).to.deep.equal([...committed.layout.byId.keys()]);
      expect(byId.size, name).to.equal(committed.layout.byId.size);
      for (const box of items) expect(byId.get(box.item.id), `${name}: ${box.item.id}`).to.equal(box);
      for (const [id, box] of byId) expect(box, `${name}: ${id} iterated`).to.equal(byId.get(id));
      for (const id of ids) {
        expect(byId.get(id), `${name}: ${id} moved`).to.not.equal(committed.layout.byId.get(id));
        expect(byId.get(id)!.item, `${name}: ${id} is the moved step`).to.equal(
          shown.items.find((item) => item.id === id),
        );
      }
      expect(preview.verdict, name).to.deep.equal(
        buildScene({ ...input(moved), keepSpan: [committed.scale.startDay, committed.scale.endDay] }).verdict,
      );
    }
  });

  it('draws the arrows and steps a preview moved wherever the committed layout had them', () => {
    const committed = buildScene(input());
    const { plan: moved, changes } = moveItem(plan, 'security-review', 9);
    const ids = changes.map((change) => change.itemId!);
    const preview = previewScene(committed, moved, 'seller', ids)!;
    const nowhere = { left: -90_000, right: -89_000, top: 0, bottom: 700 };
    // Positive control: the same view finds nothing in the committed layout, once it is indexed.
    indexLayout(committed.layout);
    expect(linksNear(committed.layout, nowhere)).to.deep.equal([]);
    expect(stepsNear(committed.layout, nowhere)).to.deep.equal([]);
    const arrows = (linksNear(preview.layout, nowhere) ?? []).map(([from, to]) => `${from.item.id}→${to.item.id}`);
    const expected = preview.layout.items.flatMap((box) =>
      (box.item.dependsOn ?? [])
        .filter((from) => preview.layout.byId.has(from) && (ids.includes(from) || ids.includes(box.item.id)))
        .map((from) => `${from}→${box.item.id}`),
    );
    expect(expected.length).to.be.greaterThan(ids.length);
    expect(arrows).to.deep.equal(expected);
    expect(stepsNear(preview.layout, nowhere).map((box) => box.item.id)).to.have.members(ids);
  });

  it('draws more days for a step moved past the last one drawn, and keeps every other step where it was', () => {
    const committed = buildScene(input());
    const lastStep = [...committed.layout.items].sort((a, b) => b.x - a.x)[0]!.item.id;
    const days = committed.scale.endDay - committed.scale.startDay;
    const edit = moveItem(plan, lastStep, 60);
    const moved = edit.plan;
    const preview = previewOf(committed, edit)!;
    const box = preview.layout.byId.get(lastStep)!;
    // Its bar and label lie past the days the committed scene drew: the preview draws on past them.
    expect(box.labelX + box.labelWidth).to.be.greaterThan(committed.scale.width);
    expect(preview.scale.width).to.be.at.least(box.labelX + box.labelWidth + 16);
    expect(preview.contentWidth).to.be.at.least(box.labelX + box.labelWidth + 16);
    expect(preview.scale.startDay).to.equal(committed.scale.startDay);
    expect(preview.scale.endDay - preview.scale.startDay).to.be.greaterThan(days);
    expect(preview.tiers).to.not.equal(committed.tiers);
    // Where a full layout over the same days puts it; the steps it did not move are the committed boxes.
    const full = buildScene({ ...input(moved), keepSpan: [committed.scale.startDay, committed.scale.endDay] });
    expect(box.x).to.equal(full.layout.byId.get(lastStep)!.x);
    expect(preview.layout.byId.get('discovery')).to.equal(committed.layout.byId.get('discovery'));
    // The control: a move that stays within the days drawn keeps the committed scale and axis.
    const kept = previewOf(committed, moveItem(plan, 'discovery', 1))!;
    expect(kept.scale).to.equal(committed.scale);
    expect(kept.tiers).to.equal(committed.tiers);
  });

  it('asks for a full layout when a step changes lane', () => {
    const committed = buildScene(input());
    const { plan: moved } = changeLane(plan, 'sow-draft', 'acme');
    expect(previewScene(committed, moved, 'seller', ['sow-draft'])).to.equal(undefined);
  });

  it('across lanes, shows a step in a free row of its new lane and keeps every other step where it was', () => {
    const committed = buildScene(input());
    const { plan: moved } = changeLane(plan, 'sow-draft', 'acme');
    const preview = previewScene(committed, moved, 'seller', ['sow-draft'], { acrossLanes: true })!;
    const box = preview.layout.byId.get('sow-draft')!;
    const lane = committed.layout.lanes.find((candidate) => candidate.party.id === 'acme')!;
    expect(box.lane).to.equal(lane.index);
    expect(box.y).to.be.within(lane.y, lane.y + lane.height - box.height);
    expect(box.x).to.equal(committed.layout.byId.get('sow-draft')!.x);
    const sameRow = preview.layout.items.filter(
      (other) => other !== box && other.lane === box.lane && other.row === box.row,
    );
    const end = (other: typeof box) => (other.labelInside ? other.x + other.width : other.labelX + other.labelWidth);
    if (box.row < lane.rows - 1)
      for (const other of sameRow) expect(other.x >= end(box) || end(other) <= box.x, other.item.id).to.equal(true);
    for (const other of committed.layout.items.filter((candidate) => candidate.item.id !== 'sow-draft'))
      expect(preview.layout.byId.get(other.item.id), other.item.id).to.equal(other);
  });

  it('across lanes, keeps the step clear of the steps it pushes in its new lane', () => {
    // Buyer lane: b in row 0 and d (overlapping b) in row 1. a, which b waits for, goes into that lane 8 days later:
    // clear of where b was, but not of where a pushes b to.
    const small = planOf({
      a: ['2026-03-02', '2026-03-04'],
      b: ['2026-03-05', '2026-03-07', 'a'],
      d: ['2026-03-06', '2026-03-08'],
    });
    small.items[2]!.partyId = 'buyer';
    const shown = (edited = small): SceneInput => ({ ...input(edited), dayWidth: 20 });
    const committed = buildScene(shown());
    expect(['b', 'd'].map((id) => committed.layout.byId.get(id)!.row)).to.deep.equal([0, 1]);
    const moved = changeLane(moveItem(small, 'a', 8).plan, 'a', 'buyer').plan;
    const preview = previewScene(committed, moved, 'seller', replacedIds(small.items, moved.items), {
      acrossLanes: true,
    })!;
    const [a, b] = ['a', 'b'].map((id) => preview.layout.byId.get(id)!);
    expect(b!.x, 'b is shown pushed').to.be.greaterThan(committed.layout.byId.get('b')!.x);
    expect(a!.lane).to.equal(b!.lane);
    const end = (box: typeof a) => (box!.labelInside ? box!.x + box!.width : box!.labelX + box!.labelWidth);
    // As a layout keeps steps of one row apart: by the row gap, so that two bars never read as one.
    const gap = committed.metrics.rowGap;
    const apart = a!.row !== b!.row || end(a) + gap <= b!.x || end(b) + gap <= a!.x;
    expect(apart, `a (row ${a!.row}, ${a!.x}–${end(a)}) clear of b (row ${b!.row}, ${b!.x}–${end(b)})`).to.equal(true);
  });
});
