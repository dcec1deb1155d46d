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
 * this file apart from another of the same type (`slide` and `full` for the two pictures).
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
  return `${slug}${audience === 'buyer' ? '-buyer' : ''}${variant ? `-${variant}` : ''}.${extension}`;
}
