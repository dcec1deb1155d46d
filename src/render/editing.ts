import { html } from 'lit';
import { AXIS_HEIGHT, HEAD_WIDTH } from './geometry.js';
import type { ItemBox } from './layout.js';
import { safeText } from '../model/text.js';
import { keptWhenEmptiedText } from './refusals.js';

/**
 * The title input laid over a step; Enter or leaving saves, Escape cancels (`undefined`), and so does an emptied
 * title, with the `refusal` that says it stays as it was. Whoever opens it focuses it.
 */
export function inlineEditor(box: ItemBox, done: (title: string | undefined, refusal?: string) => void) {
  let finished = false;
  const finish = (value: string | undefined) => {
    if (finished) return;
    finished = true;
    // Pasted text may carry characters no export can hold.
    const title = value === undefined ? '' : safeText(value).trim();
    if (title !== '') return done(title);
    done(undefined, value === undefined ? undefined : keptWhenEmptiedText('A step’s title', box.item.title));
  };
  const width = Math.max(box.width, box.labelInside ? 0 : box.titleWidth + 24, 180);
  const style = `left:${HEAD_WIDTH + box.x}px;top:${AXIS_HEIGHT + box.y - 2}px;width:${width}px;height:${box.height + 4}px`;
  return html`<input class="inline-editor no-pan" aria-label="Step title" style=${style} .value=${box.item.title}
    @keydown=${(event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.key === 'Enter') finish((event.target as HTMLInputElement).value);
      if (event.key === 'Escape') finish(undefined);
    }}
    @blur=${(event: FocusEvent) => finish((event.target as HTMLInputElement).value)}
    @pointerdown=${(event: Event) => event.stopPropagation()}
    @click=${(event: Event) => event.stopPropagation()}
    @dblclick=${(event: Event) => event.stopPropagation()} />`;
}

export function noticeTemplate(notice: { text: string; tone: 'error' | 'info' }) {
  return html`<div class="notice ${notice.tone}" role=${notice.tone === 'error' ? 'alert' : 'status'}>${notice.text}</div>`;
}
