import { expect } from '@open-wc/testing';
import { changeLane, moveItem } from '../../src/model/commands.js';
import { enterprisePlan } from '../../src/model/samples/enterprise.js';
import { previewScene } from '../../src/render/preview-scene.js';
import { buildScene, type SceneInput } from '../../src/render/view-model.js';

const measure = (text: string) => text.length * 7;

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
    const { plan: moved, changes } = moveItem(plan, 'security-review', 9);
    const preview = previewScene(
      committed,
      moved,
      'seller',
      changes.map((change) => change.itemId!),
    )!;
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
});
