import { css, unsafeCSS } from 'lit';
import { DEFAULT_FONT_FAMILY } from '../render/fonts.js';

export { themes } from './themes.styles.js';

export const styles = css`
  :host {
    --mt-font: ${unsafeCSS(DEFAULT_FONT_FAMILY)};
    --mt-bg: #ffffff;
    --mt-surface: #f8fafc;
    --mt-text: #111827;
    --mt-muted: #4b5563;
    --mt-faint: #6b7280;
    --mt-border: #e2e8f0;
    --mt-grid: #eef1f5;
    --mt-grid-strong: #d9dee6;
    --mt-weekend: rgba(100, 116, 139, 0.06);
    --mt-seller: #4f46e5;
    --mt-buyer: #0f766e;
    --mt-partner: #b45309;
    --mt-seller-tint: #f6f6ff;
    --mt-buyer-tint: #f1faf8;
    --mt-partner-tint: #fff9f0;
    --mt-today: #2563eb;
    --mt-target: #111827;
    --mt-late: #dc2626;
    --mt-ok: #047857;
    --mt-amber: #b45309;
    --mt-link: #7d8ba1;
    --mt-pill-text: #ffffff;
    --mt-red-text: #b91c1c;
    --mt-red-bg: #fee2e2;
    --mt-amber-text: #92400e;
    --mt-amber-bg: #fef3c7;
    --mt-green-text: #065f46;
    --mt-green-bg: #d1fae5;
    --mt-font-scale: 1;
    --mt-highlight: #1e293b;
    --mt-focus: #2563eb;
    --mt-bar-radius: 6px;
    display: block;
    /* The size a host gives is the size drawn, border included: height: 640px is 640 px. */
    box-sizing: border-box;
    position: relative;
    font-family: var(--mt-font);
    color: var(--mt-text);
    background: var(--mt-bg);
    border: 1px solid var(--mt-border);
    border-radius: 10px;
    overflow: hidden;
    contain: content;
    /* Text styles a page sets on an ancestor (an app root centred by a starter template) are inherited into the
       shadow tree: the element sets its own. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
  }
  :host([hidden]) { display: none; }
  .frame { display: flex; flex-direction: column; height: 100%; min-height: 0; container-type: inline-size; }
  @container (max-width: 1080px) { .titlebar .fact { display: none; } }

  .titlebar { display: flex; align-items: center; gap: 8px 12px; padding: 12px 16px; border-bottom: 1px solid var(--mt-border); }
  /* A narrow element: the view and help buttons go to a second line rather than past the edge. */
  @container (max-width: 640px) { .titlebar { flex-wrap: wrap; } }
  /* A plan shared live also shows who is here: it needs the second line sooner. */
  @container (max-width: 780px) { .titlebar:has(> .presence .person) { flex-wrap: wrap; } }
  .titlebar > * { flex-shrink: 0; }
  /* The title wraps to a second line rather than being cut short at one: a deal's name is what a meeting reads first. */
  .titlebar > .plan-title { flex-shrink: 1; min-width: min(12em, 40%); overflow-wrap: anywhere; }
  /* The title takes the room the rest leaves (it grows from nothing, so the spacer is not needed): what it cannot fit
     wraps, and the others' names beside it are cut short only once the title is as narrow as it may be. */
  .titlebar > .plan-title { flex: 1 1 0; }
  .titlebar > .spacer { display: none; }
  /* A title of any length keeps the timeline in sight: two lines at most, all of it in the tooltip and the panel. */
  .plan-title { margin: 0; font-size: calc(16px * var(--mt-font-scale)); font-weight: 650; letter-spacing: -0.01em; }
  .plan-title { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  /* The rename button clamps its own lines, so the heading leaves room for the button's focus ring. */
  .plan-title:has(> .title-button) { display: block; overflow: visible; }
  .spacer { flex: 1; }
  .fact { font-size: calc(13px * var(--mt-font-scale)); color: var(--mt-text); font-variant-numeric: tabular-nums; }
  .fact-label { color: var(--mt-faint); margin-right: 2px; }
  .badge { display: inline-flex; align-items: center; gap: 6px; font-size: calc(12px * var(--mt-font-scale)); font-weight: 600; padding: 3px 10px; border-radius: 999px; white-space: nowrap; }
  .badge .dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
  .badge.red { color: var(--mt-red-text); background: var(--mt-red-bg); }
  .badge.amber { color: var(--mt-amber-text); background: var(--mt-amber-bg); }
  .badge.green { color: var(--mt-green-text); background: var(--mt-green-bg); }

  .scroller:focus { outline: none; }
  .scroller { position: relative; flex: 1; min-height: 0; overflow: auto; overscroll-behavior: contain; touch-action: pan-x pan-y;
    -webkit-user-select: none; user-select: none; }
  .scroller.panning { cursor: grabbing; }
  /* At least as tall as the scroller, so a tall element's free room below the lanes keeps the grid and date lines; a
     percentage of an element that sizes to its content is no minimum, so that one never grows itself. */
  .canvas { display: grid; grid-template-columns: var(--head-width) auto; grid-template-rows: auto 1fr; position: relative; min-height: 100%; }
  .corner { position: sticky; top: 0; left: 0; z-index: 4; background: var(--mt-bg); border-right: 1px solid var(--mt-border);
    border-bottom: 1px solid var(--mt-grid-strong); display: flex; align-items: flex-end; padding: 0 14px 8px; box-sizing: border-box;
    font-size: calc(11px * var(--mt-font-scale)); color: var(--mt-faint); }
  .axis { position: sticky; top: 0; z-index: 3; display: block; font-size: calc(11px * var(--mt-font-scale)); }
  .heads { position: sticky; left: 0; z-index: 2; background: var(--mt-bg); border-right: 1px solid var(--mt-border); }
  .body { display: block; height: 100%; }

  .lane-head { position: absolute; left: 0; right: 0; box-sizing: border-box; padding: 12px 14px; border-top: 1px solid var(--mt-border);
    display: flex; flex-direction: column; gap: 6px; border-left: 4px solid var(--side); overflow: hidden; }
  .lane-head:first-child { border-top: none; }
  /* The name comes first and never gives up its line; the badges wrap under it (the lane is tall enough for two rows). */
  .lane-head > .party-name { flex-shrink: 0; min-height: 1.2em; line-height: 1.2; }
  /* A party's name wraps: the lane is as tall as its head needs (laneHeadHeight), up to MAX_NAME_LINES lines. */
  .party-name { font-weight: 650; font-size: calc(13.5px * min(var(--mt-font-scale), 1.1)); white-space: normal; overflow-wrap: anywhere;
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
  .party-meta { display: flex; gap: 4px 6px; align-items: center; flex-wrap: wrap; min-width: 0; white-space: nowrap; font-size: calc(11px * var(--mt-font-scale));
    line-height: 1.3; color: var(--mt-muted); }
  .side-pill { font-weight: 600; color: var(--mt-text); background: color-mix(in srgb, var(--side) 14%, transparent);
    border: 1px solid color-mix(in srgb, var(--side) 50%, transparent); padding: 0 7px; border-radius: 999px; }
  .next-move { font-weight: 600; color: var(--mt-pill-text); background: var(--mt-today); padding: 1px 7px; border-radius: 999px; }
  .side-seller { --side: var(--mt-seller); --tint: var(--mt-seller-tint); }
  .side-buyer { --side: var(--mt-buyer); --tint: var(--mt-buyer-tint); }
  .side-partner { --side: var(--mt-partner); --tint: var(--mt-partner-tint); }
  /* A party's own colour (set as --side through the CSSOM) tints its lane as the side's colour would. */
  .lane-bg.party-color, .step.party-color { --tint: color-mix(in srgb, var(--side) 7%, var(--mt-bg)); }

  .axis-bg { fill: var(--mt-bg); }
  .tier line { stroke: var(--mt-grid-strong); }
  .tier.top text { fill: var(--mt-text); font-weight: 600; font-size: calc(12px * var(--mt-font-scale)); }
  .tier.bottom text { fill: var(--mt-faint); font-size: calc(11px * var(--mt-font-scale)); font-variant-numeric: tabular-nums; }
  .axis-rule { stroke: var(--mt-grid); }
  .axis-rule.strong { stroke: var(--mt-grid-strong); }
  .lane-bg { fill: var(--tint); }
  .lane-bg.odd { fill: color-mix(in srgb, var(--tint) 70%, var(--mt-bg)); }
  .lane-sep { stroke: var(--mt-border); }
  .weekend { fill: var(--mt-weekend); }
  .grid { stroke: var(--mt-grid); }
  .grid.strong { stroke: var(--mt-grid-strong); }

  .marker { stroke-width: 2; }
  .marker.today { stroke: var(--mt-today); }
  .marker.target { stroke: var(--mt-target); stroke-dasharray: 6 4; }
  .marker.projected { stroke-dasharray: 2 3; stroke: var(--mt-faint); }
  .marker.projected.late { stroke: var(--mt-late); }
  .marker.projected.ok { stroke: var(--mt-ok); }
  .pill rect { fill: var(--mt-target); }
  .pill text { fill: var(--mt-pill-text); font-size: calc(11px * var(--mt-font-scale)); font-weight: 600; }
  .pill-stem { stroke: var(--mt-target); stroke-width: 2; }
  .pill.today rect { fill: var(--mt-today); }
  .pill-stem.today { stroke: var(--mt-today); }
  .pill.projected.late rect { fill: var(--mt-late); }
  .pill-stem.projected.late { stroke: var(--mt-late); }
  .pill.projected.ok rect { fill: var(--mt-ok); }
  .pill-stem.projected.ok { stroke: var(--mt-ok); }
  .pill.projected.neutral rect { fill: var(--mt-muted); }

  .link.line { fill: none; stroke: var(--mt-link); stroke-width: 1.5; }
  /* The pointer finds an arrow by its route (render/link-hit.ts): what lies under it takes the events. */
  .link { pointer-events: none; }
  .link.line[part~='violated'] { stroke: var(--mt-late); stroke-dasharray: 5 3; stroke-width: 2; }
  .link.head { fill: var(--mt-link); stroke: none; }
  .link.head[part~='violated'] { fill: var(--mt-late); }
  /* A chain's arrows change colour only: drawn thicker too, they made every hover over a large plan dearer. */
  .link.line[data-chain]:not([part~='violated']):not([part~='selected']) { stroke: var(--mt-highlight); }
  .link.head[data-chain]:not([part~='violated']):not([part~='selected']) { fill: var(--mt-highlight); }
  .link.line[part~='selected'] { stroke: var(--mt-focus); stroke-width: 2.5; }
  .link.head[part~='selected'] { fill: var(--mt-focus); }
  /* The arrows fade as one layer, and a highlighted chain's arrows are drawn again over it (render/chain-links.ts):
     fading arrow by arrow restyled every arrow in view on each hover. A drag, which routes the chain's arrows anew
     each frame, marks them where they are instead and fades the others one by one (controllers/chain-highlighter.ts). */
  .has-focus:not(.marks-arrows) > g > .links { opacity: 0.25; }
  .marks-arrows .link:not([data-chain]) { stroke-opacity: 0.25; fill-opacity: 0.25; }

  /* Steps are dimmed through fill and stroke opacity, not opacity: opacity on each step gives every step in view a
     layer of its own to rasterise, which stalled hovering and dragging a large plan. No fade either: each of its
     frames would repaint every step in view. */
  /* --on-bar: a label inside a bar; on a dimmed bar, a pale tint, white could not be read: the side's colour then. */
  .step { cursor: pointer; --on-bar: #fff; }
  .has-focus .step:not([data-chain]) { fill-opacity: 0.3; stroke-opacity: 0.3; --on-bar: var(--side); }
  .step .shape { fill: var(--side); stroke: var(--side); stroke-width: 1.5; rx: var(--mt-bar-radius); }
  .step .shape:focus { outline: none; }
  .step.link-target .shape { stroke: var(--mt-focus); stroke-width: 3; }
  .step.selected .shape { stroke: var(--mt-highlight); stroke-width: 2.5; filter: drop-shadow(0 2px 4px rgba(15, 23, 42, 0.25)); }
  .step.done .shape { fill: color-mix(in srgb, var(--side) 55%, var(--mt-bg)); stroke: color-mix(in srgb, var(--side) 55%, var(--mt-bg)); }
  .step.blocked .shape { fill: url(#mt-hatch); stroke: var(--side); stroke-width: 2; }
  .step.cancelled .shape { fill: var(--mt-bg); stroke: var(--mt-faint); stroke-dasharray: 3 3; }
  .step.conditional .shape { fill: color-mix(in srgb, var(--side) 14%, var(--mt-bg)); stroke-dasharray: 5 3; }
  .step.overdue .shape { stroke: var(--mt-late); stroke-width: 2.5; }
  .hatch-bg { fill: color-mix(in srgb, var(--mt-late) 10%, var(--mt-bg)); }
  .hatch-line { stroke: color-mix(in srgb, var(--mt-late) 45%, var(--mt-bg)); stroke-width: 3; }
  .step .title { font-size: calc(12.5px * var(--mt-font-scale)); font-weight: 600; fill: var(--mt-text); }
  .label-bg { fill: var(--tint, var(--mt-bg)); }
  .step.label-outside .title { paint-order: stroke; stroke: var(--tint, var(--mt-bg)); stroke-width: 4px; stroke-linejoin: round; }
  .step.label-inside.kind-task:not(.conditional):not(.blocked):not(.cancelled):not(.done) .title { fill: var(--on-bar); }
  .step.conditional .title { fill: color-mix(in srgb, var(--side) 75%, var(--mt-text)); }
  .step.cancelled .title { fill: var(--mt-faint); }
  .strike { stroke: var(--mt-faint); stroke-width: 1.5; }
  .chip { fill: color-mix(in srgb, var(--mt-bg) 88%, var(--side)); stroke: color-mix(in srgb, var(--side) 25%, transparent); }
  .owner { font-size: calc(11px * var(--mt-font-scale)); font-weight: 500; fill: var(--mt-muted); }
  .joint-chip { fill: color-mix(in srgb, var(--mt-bg) 86%, var(--side)); stroke: color-mix(in srgb, var(--side) 60%, transparent); }
  .joint-dot { fill: var(--side); }
  .joint-name { font-size: calc(11px * var(--mt-font-scale)); font-weight: 500; fill: var(--mt-text); }
  .joint-initial { font-size: 9px; font-weight: 700; fill: #fff; }
  .glyph { fill: none; stroke: var(--mt-text); stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
  .glyph .fill { fill: var(--mt-text); stroke: none; }
  .label-inside.kind-task:not(.conditional):not(.blocked):not(.done) .glyph { stroke: var(--on-bar); }
  .label-inside.kind-task:not(.conditional):not(.blocked):not(.done) .glyph .fill { fill: var(--on-bar); }
  .lock { fill: none; stroke: var(--mt-muted); stroke-width: 1.4; }
  .label-inside.kind-task:not(.conditional):not(.done) .lock { stroke: var(--on-bar); }

  .baseline { fill: var(--mt-faint); opacity: 0.6; }
  .baseline-tie { stroke: var(--mt-faint); stroke-width: 1.5; stroke-dasharray: 1 3; stroke-linecap: round; opacity: 0.8; }
  .slip rect { fill: var(--mt-late); }
  .slip.early rect { fill: var(--mt-ok); }
  .slip text { font-size: calc(10.5px * var(--mt-font-scale)); font-weight: 700; fill: var(--mt-pill-text); font-variant-numeric: tabular-nums; }

  .grip { fill: transparent; cursor: ew-resize; }
  .link-handle { fill: var(--mt-bg); stroke: var(--mt-focus); stroke-width: 2; cursor: crosshair; }
  .link-handle:hover { fill: var(--mt-focus); }
  .body.hovers-other .steps .link-handle { visibility: hidden; }
  .ghost { fill: none; stroke: var(--mt-faint); stroke-dasharray: 4 3; stroke-width: 1.5; opacity: 0.8; }
  :host(:not([readonly])) .step .shape { touch-action: none; }
  /* The empty plan's card, under the axis in the lanes' room. In a short element the space above it gives way first,
     so the card rises over the axis rather than under the message line. */
  .empty-room { position: absolute; inset: 0; z-index: 4; display: flex; flex-direction: column; padding: 4px 24px 4px calc(var(--head-width, 212px) + 24px);
    pointer-events: none; overflow: hidden; container-type: size; }
  .empty-room::before { content: ''; flex: 0 1 82px; }
  .empty button { pointer-events: auto; }
  .empty { flex: none; display: flex; flex-direction: column; align-items: center;
    gap: 4px; padding: 20px; border: 1px dashed var(--mt-grid-strong); border-radius: 10px; background: color-mix(in srgb, var(--mt-bg) 85%, transparent);
    color: var(--mt-muted); font-size: calc(13px * var(--mt-font-scale)); }
  @container (max-height: 150px) { .empty { padding-block: 6px; gap: 2px; } }
  .empty strong { color: var(--mt-text); font-size: calc(14px * var(--mt-font-scale)); }

  .inline-editor { position: absolute; z-index: 5; font: 600 calc(12.5px * var(--mt-font-scale)) var(--mt-font); padding: 0 8px; border: 2px solid var(--mt-focus);
    border-radius: var(--mt-bar-radius); background: var(--mt-bg); color: var(--mt-text); box-shadow: 0 4px 14px rgba(15, 23, 42, 0.18); box-sizing: border-box; }
  .drag-tip { position: absolute; z-index: 5; pointer-events: none; font-size: calc(11.5px * var(--mt-font-scale)); font-weight: 600; color: var(--mt-bg); background: var(--mt-highlight);
    padding: 4px 8px; border-radius: 6px; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .rubber-band { position: absolute; left: 0; top: 0; z-index: 5; pointer-events: none; }
  .rubber-band line { stroke: var(--mt-focus); stroke-width: 2; stroke-dasharray: 4 3; }
  .rubber-band circle { fill: var(--mt-focus); }
  /* The message line: a strip of its own under the timeline (ordered after it in the frame), so it never covers the
     axis, its marker pills or a step, and nothing above it moves when it comes and goes. */
  .notice { order: 1; flex-shrink: 0; padding: 8px 16px; border-top: 1px solid var(--mt-border); font-size: calc(13px * var(--mt-font-scale));
    line-height: 1.4; white-space: pre-line; background: var(--mt-highlight); color: var(--mt-bg); }
  .notice.error { background: #b91c1c; color: #fff; }

  .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .tools { display: inline-flex; gap: 6px; margin-left: 4px; }
  .tool { font: 600 12px var(--mt-font); color: var(--mt-text); background: var(--mt-bg); border: 1px solid var(--mt-grid-strong);
    border-radius: 6px; padding: 3px 10px; min-height: 26px; cursor: pointer; }
  .tool[aria-pressed='true'] { background: var(--mt-surface); }
  .tool:focus-visible, .sort:focus-visible, .close:focus-visible { outline: 2px solid var(--mt-focus); outline-offset: 2px; }

  .tag { font-size: calc(11px * var(--mt-font-scale)); font-weight: 600; padding: 1px 6px; border-radius: 999px; background: var(--mt-surface); color: var(--mt-muted); border: 1px solid var(--mt-grid-strong); }
  .tag.overdue { color: var(--mt-red-text); border-color: color-mix(in srgb, var(--mt-red-text) 45%, transparent); background: var(--mt-red-bg); }
  .step.overdue .shape { stroke-dasharray: 6 2; }
  /* The focus ring wins over every state's stroke (done, blocked, overdue, cancelled, selected): one more class than
     any state rule, so its order in this sheet does not matter. The outline rings the shape from outside too. */
  .steps .step .shape:focus-visible { stroke: var(--mt-focus); stroke-width: 3; stroke-dasharray: none;
    outline: 2px solid var(--mt-focus); outline-offset: 3px; }

  @media (prefers-reduced-motion: reduce) { .step, .step * { transition: none; animation: none; } }

  /* Print: a copy of the whole plan (the export picture, put in place just before printing) replaces the scrolled view. */
  .print-copy { position: absolute; width: 0; height: 0; overflow: hidden; }
  @media print {
    :host { height: auto !important; border: none; border-radius: 0; overflow: visible; contain: none; background: none;
      print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .print-copy { position: static; width: auto; height: auto; overflow: visible; }
    .print-copy > svg { display: block; width: 100%; height: auto; max-height: 100vh; }
    .print-copy ~ .frame { display: none; }
  }

  /* Last, as when they were in a sheet of their own after this one: the side-by-side workspace and the editing
     affordances of the title bar and lane headers (the panels they open are styled in their own part). */
  .workspace { position: relative; display: flex; flex: 1; min-height: 0; }
  .workspace > .scroller { flex: 1; min-width: 0; }
  .title-button { all: unset; box-sizing: border-box; cursor: pointer; border-radius: 6px; padding: 1px 4px; margin: -1px 0 -1px -4px; max-width: calc(100% + 4px); overflow-wrap: anywhere;
    display: -webkit-inline-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; vertical-align: bottom; }
  .title-button:hover { background: var(--mt-surface); }
  button.badge { border: none; font-family: inherit; cursor: pointer; }
  .title-button:focus-visible, button.badge:focus-visible, .party-name:focus-visible, .add-lane:focus-visible { outline: 2px solid var(--mt-focus); outline-offset: 2px; }
  button.party-name { all: unset; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; font-weight: 650; font-size: calc(13.5px * min(var(--mt-font-scale), 1.1)); white-space: normal;
    overflow-wrap: anywhere; cursor: pointer; border-radius: 4px; pointer-events: auto; }
  button.party-name:hover { text-decoration: underline; text-decoration-color: var(--side); text-underline-offset: 3px; }
  .corner { justify-content: space-between; gap: 6px; }
  .add-lane { font: 600 calc(11px * var(--mt-font-scale)) var(--mt-font); color: var(--mt-text); background: var(--mt-bg); border: 1px solid var(--mt-grid-strong);
    border-radius: 6px; padding: 2px 8px; cursor: pointer; pointer-events: auto; white-space: nowrap; }
  .add-lane:hover { background: var(--mt-surface); }
  .drag-tip .snap { font-weight: 500; opacity: 0.85; }
`;
