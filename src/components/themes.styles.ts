import { css } from 'lit';

const dark = css`
    --mt-bg: #0f172a;
    --mt-surface: #1e293b;
    --mt-text: #f1f5f9;
    --mt-muted: #cbd5e1;
    --mt-faint: #94a3b8;
    --mt-border: #334155;
    --mt-grid: #1e293b;
    --mt-grid-strong: #334155;
    --mt-weekend: rgba(148, 163, 184, 0.07);
    --mt-seller: #5b5ef0;
    --mt-buyer: #0f7f76;
    --mt-partner: #c2410c;
    --mt-pill-text: #0f172a;
    --mt-red-text: #fca5a5;
    --mt-red-bg: #3b1219;
    --mt-amber-text: #fcd34d;
    --mt-amber-bg: #3a2a0c;
    --mt-green-text: #6ee7b7;
    --mt-green-bg: #0b3026;
    --mt-seller-tint: #151a35;
    --mt-buyer-tint: #0f2124;
    --mt-partner-tint: #241a12;
    --mt-today: #60a5fa;
    --mt-target: #e2e8f0;
    --mt-late: #f87171;
    --mt-ok: #34d399;
    --mt-link: #64748b;
    --mt-highlight: #e2e8f0;
    --mt-focus: #60a5fa;
`;

/** Dark colours, chosen for 4.5:1 text and 3:1 graphics contrast; light is the default. */
export const themes = css`
  :host([theme='dark']) { ${dark} }
  @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { ${dark} } }
  @media (forced-colors: active) {
    .step .shape, .step.done .shape, .step.conditional .shape, .step.blocked .shape { fill: Canvas; stroke: CanvasText; forced-color-adjust: none; }
    .step.selected .shape { stroke: Highlight; stroke-width: 3; }
    .step .title, .owner, .joint-name, .tier text, .pill text, .slip text { fill: CanvasText; stroke: none; }
    .slip rect { fill: Canvas; stroke: CanvasText; }
    .baseline { fill: CanvasText; }
    .baseline-tie { stroke: CanvasText; }
    .link.line, .marker, .grid, .lane-sep, .tier line, .axis-rule { stroke: CanvasText; }
    .link.head { fill: CanvasText; }
    .pill rect, .chip, .joint-chip, .lane-bg, .axis-bg, .weekend, .label-bg { fill: Canvas; }
    .link.line[part~='violated'] { stroke: Mark; }
    .link.head[part~='violated'] { fill: Mark; }
    .link.line[part~='selected'] { stroke: Highlight; }
    .link.head[part~='selected'] { fill: Highlight; }
    /* Labels inside bars are white on the side colour elsewhere; here the bar is Canvas, so they take CanvasText. */
    .step .title, .step .glyph .fill { fill: CanvasText !important; }
    .step .glyph, .step .lock { stroke: CanvasText !important; }
    .steps .step .shape:focus-visible { stroke: Highlight; stroke-width: 3; stroke-dasharray: none; outline: 2px solid Highlight; outline-offset: 3px; }
  }
`;
