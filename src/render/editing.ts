import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ITEM_KINDS, ITEM_STATUSES, type Item, type Plan } from '../model/types.js';
import { AXIS_HEIGHT, HEAD_WIDTH } from './axis.js';
import type { ItemBox } from './layout.js';

const STATUS_LABEL: Record<string, string> = { todo: 'To do', 'in-progress': 'In progress', done: 'Done', blocked: 'Blocked', cancelled: 'Cancelled' };

/** Focuses and selects the editor's text once, when it appears (a new callback each render would do it again). */
const focusOnce = (node: Element | undefined): void => {
  if (node) requestAnimationFrame(() => { (node as HTMLInputElement).focus(); (node as HTMLInputElement).select(); });
};

/** The title input laid over a step; Enter or leaving saves, Escape cancels (`undefined`). */
export function inlineEditor(box: ItemBox, done: (title: string | undefined) => void) {
  let finished = false;
  const finish = (value: string | undefined) => {
    if (finished) return;
    finished = true;
    done(value);
  };
  const width = Math.max(box.width, box.labelInside ? 0 : box.titleWidth + 24, 180);
  const style = `left:${HEAD_WIDTH + box.x}px;top:${AXIS_HEIGHT + box.y - 2}px;width:${width}px;height:${box.height + 4}px`;
  return html`<input class="inline-editor no-pan" aria-label="Step title" style=${style} .value=${box.item.title}
    ${ref(focusOnce)}
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

/** The details of the one selected step, editable without touching JSON. */
export function detailsPanel(item: Item, plan: Plan, update: (patch: Partial<Item>) => void, remove: () => void) {
  const text = (field: 'title' | 'owner' | 'role') => (event: Event) => {
    const value = (event.target as HTMLInputElement).value.trim();
    if (field === 'title' && value === '') return;
    update({ [field]: value === '' ? undefined : value });
  };
  const pick = (field: 'partyId' | 'kind' | 'status') => (event: Event) => update({ [field]: (event.target as HTMLSelectElement).value });
  const date = (field: 'start' | 'end') => (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!value) return;
    if (item.kind !== 'task') update({ start: value, end: value });
    else update(field === 'start' ? { start: value, end: value > item.end ? value : item.end } : { end: value });
  };
  return html`<form class="details no-pan" aria-label="Step details" @submit=${(event: Event) => event.preventDefault()}
    @keydown=${(event: KeyboardEvent) => event.stopPropagation()}>
    <label class="wide">Title <input .value=${item.title} @change=${text('title')} /></label>
    <label>Party <select @change=${pick('partyId')}>${plan.parties.map((party) => html`<option value=${party.id} ?selected=${party.id === item.partyId}>${party.name}</option>`)}</select></label>
    <label>Kind <select @change=${pick('kind')}>${ITEM_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === item.kind}>${kind}</option>`)}</select></label>
    <label>Status <select @change=${pick('status')}>${ITEM_STATUSES.map((status) => html`<option value=${status} ?selected=${status === (item.status ?? 'todo')}>${STATUS_LABEL[status]}</option>`)}</select></label>
    <label>Owner <input .value=${item.owner ?? ''} @change=${text('owner')} /></label>
    <label>Role <input .value=${item.role ?? ''} @change=${text('role')} /></label>
    <label>Start <input type="date" required .value=${item.start} @change=${date('start')} /></label>
    <label>End <input type="date" required .value=${item.end} ?disabled=${item.kind !== 'task'} @change=${date('end')} /></label>
    <button type="button" class="danger" @click=${remove}>Delete</button>
  </form>`;
}

export function noticeTemplate(notice: { text: string; tone: 'error' | 'info' }) {
  return html`<div class="notice ${notice.tone}" role=${notice.tone === 'error' ? 'alert' : 'status'}>${notice.text}</div>`;
}
