import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { FIRST_YEAR, LAST_YEAR, isPlanDate } from '../../model/dates.js';
import { safeText } from '../../model/text.js';
import { keptWhenEmptiedText } from '../refusals.js';
import { settingSelect } from './select-browsing.js';

/** A field's message under it: an error (announced) or a hint. */
export function fieldNote(id: string, error: string | undefined, hint?: unknown) {
  if (error) return html`<span class="field-error" id=${id} role="alert">${error}</span>`;
  return hint ? html`<span class="field-hint" id=${id}>${hint}</span>` : nothing;
}

export interface DateFieldProps {
  name: string;
  label: string;
  value: string;
  disabled?: boolean;
  /** An empty field is an error (a step's dates) rather than "no date" (the target date). */
  required?: boolean;
  error?: string | undefined;
  /** What was typed gives way to `value`, though `value` did not change (an entry refused before the plan moved on). */
  outdated?: boolean;
  hint?: unknown;
  /**
   * Called once per entry, on Enter or when the field loses focus, with the date typed or picked ('' for none);
   * never while the date is only partly typed. A refused date stays in the field with the error under it.
   */
  commit(value: string): void;
  /**
   * Says what is wrong with the entry as it stands (a half-typed date, an empty required field). Called with '' once
   * the entry changes after an error: the error spoke of the entry before, and the new one is checked when committed.
   */
  refuse(message: string): void;
  /** Empties the field after each commit (a field that adds dates to a list). */
  clearOnCommit?: boolean;
}

/** Date fields whose entry a key has dealt with (kept, refused or dropped): the blur that follows does nothing. */
const HANDLED = new WeakSet<HTMLInputElement>();
/** Date fields typed into since they took focus. */
const TYPED = new WeakSet<HTMLInputElement>();

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Focuses the control after `field` in its form, as Tab would from the field's last part; false when there is none. */
function focusNextControl(field: HTMLElement): boolean {
  const controls = Array.from(field.closest('form')?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter(
    (control) => control.tabIndex >= 0,
  );
  const next = controls[controls.indexOf(field) + 1];
  next?.focus();
  return next !== undefined;
}

/**
 * How this browser's date fields take a date, in its language's order: "month, day and year, as in 01/31/2027". A
 * rep who types an ISO date digit by digit fills the month with its year; the message then says what the field wants.
 */
export function dateFieldOrder(locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const example = new Date(2027, 0, 31);
  const parts = format
    .formatToParts(example)
    .filter((part) => part.type === 'year' || part.type === 'month' || part.type === 'day')
    .map((part) => part.type);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}, as in ${format.format(example)}`;
}

/**
 * A date input that commits on Enter or blur only. Browsers report every keystroke of a date as a new valid value
 * (typing 2027 into the year gives 0002, 0020, 0202, 2027), so committing on `change` would log each of them.
 */
export function dateField(props: DateFieldProps) {
  const noteId = `${props.name}-note`;
  const commitFrom = (input: HTMLInputElement): void => {
    if (HANDLED.has(input)) {
      HANDLED.delete(input);
      return;
    }
    // The browser says the same of a half-typed date and of one that does not exist, and gives neither's parts.
    if (input.validity.badInput)
      return props.refuse(
        `This date is unfinished or does not exist (such as 30 February): type the ${dateFieldOrder()}.`,
      );
    if (input.value === props.value) return;
    if (input.value === '' && props.required) return props.refuse(`${props.label} needs a date.`);
    const value = input.value;
    const year = value.slice(0, 4);
    if (value !== '' && !isPlanDate(value)) {
      return props.refuse(
        `${year} is not a year a plan can use: enter a year from ${FIRST_YEAR} to ${LAST_YEAR}, typing the ${dateFieldOrder()}.`,
      );
    }
    if (props.clearOnCommit) input.value = '';
    props.commit(value);
  };
  return html`<label class="field">
    <span class="field-label">${props.label}</span>
    <input type="date" name=${props.name} .value=${props.outdated ? live(props.value) : props.value} min=${`${FIRST_YEAR}-01-01`} max=${`${LAST_YEAR}-12-31`}
      ?disabled=${props.disabled ?? false} ?required=${props.required ?? false} aria-invalid=${props.error ? 'true' : 'false'}
      aria-describedby=${noteId}
      @keydown=${(event: KeyboardEvent) => {
        const input = event.target as HTMLInputElement;
        if (event.key === 'Enter') {
          event.preventDefault();
          commitFrom(input);
        } else if (event.key === 'Tab') {
          // Chromium's first Tab goes to the field's own calendar button, which leaves the entry waiting for a blur.
          commitFrom(input);
          // A date typed digit by digit goes on to the next field, where the next digits belong; Tab through a field
          // not typed into still visits its parts and its calendar button.
          const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
          if (plain && TYPED.has(input) && !input.validity.badInput) {
            HANDLED.add(input);
            if (focusNextControl(input)) event.preventDefault();
            else HANDLED.delete(input);
          }
        } else if (/^[0-9]$/.test(event.key)) {
          TYPED.add(input);
        } else if (event.key === 'Escape' && input.validity.badInput) {
          // The panel closes on Escape, leaving the field (see the inspector): an unfinished date is no date to keep.
          input.value = props.value;
          HANDLED.add(input);
        }
      }}
      @input=${() => props.error && props.refuse('')}
      @focus=${(event: FocusEvent) => TYPED.delete(event.target as HTMLInputElement)}
      @blur=${(event: FocusEvent) => commitFrom(event.target as HTMLInputElement)} />
    ${fieldNote(noteId, props.error, props.hint)}
  </label>`;
}

export interface TextFieldOptions {
  /** Emptied, the field goes back to `value` and says so through `refuse`. */
  required?: boolean;
  multiline?: boolean;
  error?: string | undefined;
  /** Shows a message under the field ('' takes it back); a change that commits takes it back too. */
  refuse?: (message: string) => void;
}

/** A text field that commits on change (Enter, or leaving it); `required` keeps the old value when emptied. */
export function textField(
  label: string,
  name: string,
  value: string | undefined,
  commit: (value: string | undefined) => void,
  options: TextFieldOptions = {},
) {
  const onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    // Text pasted from a word processor may carry characters no export can hold (Word's Shift+Enter is U+000B).
    const text = safeText(input.value).trim();
    if (text === '' && options.required) {
      input.value = value ?? '';
      options.refuse?.(keptWhenEmptiedText(label, value ?? ''));
      return;
    }
    if (options.error) options.refuse?.('');
    if (text !== (value ?? '')) commit(text === '' ? undefined : text);
  };
  // `data-value`: what the plan holds, so a field showing just that has no typing of its own for Ctrl/⌘+Z to undo.
  const noteId = `${name}-note`;
  const control = options.multiline
    ? html`<textarea name=${name} rows="4" .value=${value ?? ''} data-value=${value ?? ''} aria-describedby=${noteId} @change=${onChange}></textarea>`
    : html`<input name=${name} .value=${value ?? ''} data-value=${value ?? ''} ?required=${options.required ?? false} aria-describedby=${noteId} @change=${onChange} />`;
  return html`<label class="field ${options.multiline ? 'wide' : ''}"><span class="field-label">${label}</span>${control}${fieldNote(noteId, options.error)}</label>`;
}

export interface Choice {
  value: string;
  label: string;
}

export function selectField(
  label: string,
  name: string,
  value: string,
  choices: readonly Choice[],
  commit: (value: string) => void,
  error?: string,
  hint?: string,
) {
  const noteId = `${name}-note`;
  const on = settingSelect(value, commit);
  // `live`: a choice the plan refused goes back to the value the step holds, though that value did not change.
  return html`<label class="field"><span class="field-label">${label}</span>
    <select name=${name} .value=${live(value)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${noteId}
      @keydown=${on.keydown} @change=${on.change} @pointerdown=${on.pointerdown} @blur=${on.blur}>
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>${fieldNote(noteId, error, hint)}</label>`;
}
