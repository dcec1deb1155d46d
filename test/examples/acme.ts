import type { Plan } from '../../src/model/types.js';

/** The plan the examples show, as the examples folder ships it. */
export async function acmePlan(): Promise<Plan> {
  const response = await fetch(new URL('../../examples/acme-plan.json', import.meta.url));
  return (await response.json()) as Plan;
}

/** A box the size of a page column for the element to lay out in. */
export function container(): HTMLDivElement {
  const box = document.createElement('div');
  box.style.width = '1000px';
  document.body.append(box);
  return box;
}
