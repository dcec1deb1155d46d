import type { Audience, Plan } from '../src/index.js';

/** Offers a file for download. */
export function saveFile(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `acme-logistics-northwind-buyer.csv`: the plan title made safe for a file name, plus the audience, plus what sets
 * this file apart from another of the same type (`slide` and `full` for the two pictures). The seller's files of a
 * plan with internal steps say `internal`, so one is never sent to the customer by mistake for the buyer's.
 */
export function fileName(plan: Plan, audience: Audience, extension: string, variant?: string): string {
  const slug =
    plan.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'plan';
  const view = audience === 'buyer' ? '-buyer' : internalSteps(plan) > 0 ? '-internal' : '';
  return `${slug}${view}${variant ? `-${variant}` : ''}.${extension}`;
}

/** How many steps only the seller sees. */
export const internalSteps = (plan: Plan): number => plan.items.filter((item) => item.internal).length;

/** What an export from this view holds back or lets through, said after it. */
export function exportNote(plan: Plan, audience: Audience): string | undefined {
  if (audience === 'buyer') return 'Exported the buyer view: internal steps are left out.';
  const internal = internalSteps(plan);
  if (internal === 0) return undefined;
  return `This export shows ${internal === 1 ? '1 internal step' : `${internal} internal steps`}: for your team only. Choose Buyer to export what the customer may see.`;
}
