import { explainOverdue, verdictFor, type Verdict } from '../model/analysis.js';
import { planForAudience, type Audience } from '../model/audience.js';
import { cascade } from '../model/cascade.js';
import { projectItem, projectSchedule } from '../model/projection.js';
import { parseDate } from '../model/dates.js';
import { findViolations } from '../model/graph.js';
import type { Item, Plan } from '../model/types.js';
import type { ItemBox } from './layout.js';
import { measureItem } from './step-box.js';
import { linkKey } from './links.js';
import { markers } from './markers.js';
import type { Scene } from './view-model.js';

/**
 * The scene of a drag in progress, derived from the committed one instead of laid out again: moved steps keep their
 * lane and row and only change their x, so nothing is re-measured or re-stacked; the rest is a few linear passes.
 * Returns undefined when the gesture needs a real layout (a step changed lane or left the drawn span).
 */
export function previewScene(
  committed: Scene,
  plan: Plan,
  audience: Audience,
  changedIds: readonly string[],
): Scene | undefined {
  const shown = planForAudience(plan, audience);
  const items = shown.items;
  const byId = new Map(items.map((item) => [item.id, item]));
  const boxes = new Map(committed.layout.byId);
  for (const id of changedIds) {
    const item = byId.get(id);
    const before = committed.layout.byId.get(id);
    if (!item || !before) continue;
    if (
      item.partyId !== before.item.partyId ||
      parseDate(item.end) >= committed.scale.endDay ||
      parseDate(item.start) < committed.scale.startDay
    ) {
      return undefined;
    }
    const parties = new Map(committed.layout.lanes.map((lane) => [lane.party.id, lane.party]));
    const placed = measureItem(item, committed.scale, committed.measure, committed.metrics, parties);
    boxes.set(id, {
      ...placed,
      lane: before.lane,
      row: before.row,
      y: before.y + (before.height - placed.height) / 2,
    } satisfies ItemBox);
  }
  const layoutItems = committed.layout.items.map((box) => boxes.get(box.item.id)!);
  const verdict = previewVerdict(committed, shown, byId, changedIds);
  return {
    ...committed,
    plan: shown,
    items,
    layout: { ...committed.layout, items: layoutItems, byId: boxes },
    ...(verdict ? { verdict } : {}),
    markers: markers(committed.scale, committed.today, verdict, committed.measure, shown),
    violated: new Set(findViolations(items).map((violation) => linkKey(violation.from, violation.to))),
  };
}

/** The projected finish, cascading only from the moved steps over the committed plan's projected schedule. */
function previewVerdict(
  committed: Scene,
  plan: Plan,
  byId: Map<string, Item>,
  changedIds: readonly string[],
): Verdict | undefined {
  const changed = new Set(changedIds);
  const { today } = committed;
  const { calendar } = plan;
  const projected = projectSchedule(committed.items, today, calendar).map((item) => {
    const moved = changed.has(item.id) ? byId.get(item.id) : undefined;
    return moved ? projectItem(moved, today, calendar) : item;
  });
  return explainOverdue(
    plan,
    verdictFor(plan, cascade(projected, changedIds, committed.items, calendar)),
    today,
    plan.items,
  );
}
