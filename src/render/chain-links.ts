import { nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { linkStates, type LinkView } from './links.js';

/** Arrows per pair of paths: a render that routes a few of a chain's arrows anew writes only their batches. */
const BATCH = 8;

interface Batch {
  key: string;
  states: string;
  heads: string;
  lines: string;
}

/**
 * The arrows of a highlighted chain, drawn over the arrows layer while that layer is faded as one group: fading each
 * arrow restyled every arrow in view on every hover. Arrows in the same state (plain, violated, selected) are drawn
 * in batches, a head path and a line path for up to eight of them, so a highlight adds few nodes however long the
 * chain is, and a render that routes some of its arrows anew (a scroll, an edit) rewrites only their batches. A drag
 * marks its chain's arrows where they are instead (see `ChainHighlighter`).
 */
export function chainLinks(links: readonly LinkView[], chain: ReadonlySet<string> | undefined) {
  if (!chain) return nothing;
  const byState = new Map<string, LinkView[]>();
  for (const link of links) {
    if (!chain.has(link.from) || !chain.has(link.to)) continue;
    const states = linkStates(link);
    const list = byState.get(states) ?? [];
    byState.set(states, list);
    list.push(link);
  }
  const batches: Batch[] = [];
  for (const [states, list] of byState) {
    for (let start = 0; start < list.length; start += BATCH) {
      const batch = list.slice(start, start + BATCH);
      batches.push({
        key: `${states}#${start}`,
        states,
        heads: batch.map((link) => link.head).join(' '),
        lines: batch.map((link) => link.d).join(' '),
      });
    }
  }
  return repeat(
    batches,
    (batch) => batch.key,
    ({ states, heads, lines }) =>
      svg`<path class="link head" data-chain part=${`link-head ${states}`.trim()} d=${heads}></path><path class="link line" data-chain part=${`link ${states}`.trim()} d=${lines}></path>`,
  );
}
