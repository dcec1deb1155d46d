import type { ItemBox, PlanLayout } from '../render/layout.js';

export type Direction = 'left' | 'right' | 'up' | 'down' | 'first' | 'last' | 'lane-up' | 'lane-down';

const centerX = (box: ItemBox): number => box.x + box.width / 2;

/**
 * The step focus moves to from `fromId`: left/right to the previous/next step in time within the lane, up/down to
 * the nearest step in time on the row above/below (crossing lanes), first/last of the plan, or the first step of the
 * previous/next lane.
 */
export function nextStep(layout: PlanLayout, fromId: string | undefined, direction: Direction): string | undefined {
  const boxes = layout.items;
  if (boxes.length === 0) return undefined;
  const from = fromId ? layout.byId.get(fromId) : undefined;
  const byTime = (list: ItemBox[]) => [...list].sort((a, b) => a.x - b.x || a.y - b.y);
  if (!from || direction === 'first') return byTime(boxes)[0]!.item.id;
  if (direction === 'last') return byTime(boxes)[boxes.length - 1]!.item.id;
  if (direction === 'left' || direction === 'right') {
    const lane = byTime(boxes.filter((box) => box.lane === from.lane));
    const index = lane.indexOf(from) + (direction === 'right' ? 1 : -1);
    return lane[index]?.item.id ?? from.item.id;
  }
  if (direction === 'lane-up' || direction === 'lane-down') {
    const step = direction === 'lane-down' ? 1 : -1;
    for (let lane = from.lane + step; lane >= 0 && lane < layout.lanes.length; lane += step) {
      const first = byTime(boxes.filter((box) => box.lane === lane))[0];
      if (first) return first.item.id;
    }
    return from.item.id;
  }
  // A row is a lane's row, not a y: a milestone or decision sits a few pixels lower than the bars of its row.
  const firstRow: number[] = [];
  let rowsAbove = 0;
  for (const lane of layout.lanes) {
    firstRow.push(rowsAbove);
    rowsAbove += lane.rows;
  }
  const rowOf = (box: ItemBox): number => firstRow[box.lane]! + box.row;
  const rows = [...new Set(boxes.map(rowOf))].sort((a, b) => a - b);
  const row = rows[rows.indexOf(rowOf(from)) + (direction === 'down' ? 1 : -1)];
  if (row === undefined) return from.item.id;
  const candidates = boxes.filter((box) => rowOf(box) === row);
  return candidates.reduce((best, box) =>
    Math.abs(centerX(box) - centerX(from)) < Math.abs(centerX(best) - centerX(from)) ? box : best,
  ).item.id;
}
