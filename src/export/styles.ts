/** Rules for the parts only the exported picture has (title block, lane heads in SVG, legend, frame). */
export const EXPORT_CSS = `
.x-title { font-size: 24px; font-weight: 700; fill: var(--mt-text); }
.x-asof { font-size: 13px; font-weight: 500; fill: var(--mt-faint); }
.x-fact { font-size: 14px; fill: var(--mt-text); font-variant-numeric: tabular-nums; }
.x-fact-label { fill: var(--mt-faint); }
.x-badge text { font-size: 12px; font-weight: 600; }
.x-badge.red rect { fill: #fee2e2; }
.x-badge.red text, .x-badge.red circle { fill: #b91c1c; }
.x-badge.amber rect { fill: #fef3c7; }
.x-badge.amber text, .x-badge.amber circle { fill: #92400e; }
.x-badge.green rect { fill: #d1fae5; }
.x-badge.green text, .x-badge.green circle { fill: #065f46; }
.x-frame { fill: none; stroke: var(--mt-border); }
.x-frame-bg, .x-head-bg { fill: var(--mt-bg); }
.x-head-edge { fill: var(--side); }
.x-rule { stroke: var(--mt-border); }
.x-rule.strong { stroke: var(--mt-grid-strong); }
.x-corner { font-size: 11px; fill: var(--mt-faint); }
.x-party { font-size: 13.5px; font-weight: 650; fill: var(--mt-text); }
.x-side-pill rect { fill: color-mix(in srgb, var(--side) 10%, transparent); }
.x-side-pill text { font-size: 11px; font-weight: 600; fill: var(--side); }
.x-open { font-size: 11px; fill: var(--mt-muted); }
.x-next rect { fill: var(--mt-today); }
.x-next text { font-size: 11px; font-weight: 600; fill: #fff; }
.x-legend-title { font-size: 10.5px; font-weight: 700; letter-spacing: 0.04em; fill: var(--mt-faint); }
.x-legend-label { font-size: 12px; font-weight: 500; fill: var(--mt-muted); }
.x-legend .step .shape { stroke-width: 1.5; }
`;
