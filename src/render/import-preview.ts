import { html, nothing } from 'lit';
import type { Party } from '../model/types.js';

/** One finding of the import, as the preview lists it. */
export interface PreviewIssue {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** One field the file's columns can fill, and the column that fills it now ('' when none). */
export interface PreviewField {
  field: string;
  label: string;
  column: string;
  /** The field cannot be left without a column (the step title). */
  required?: boolean;
}

/** Everything the import dialog shows; the controller derives it from the import's result. */
export interface ImportPreviewView {
  fileName: string;
  /** "8 steps in 2 lanes · target 30 Jun 2027 · table header in row 11". */
  summary: string;
  issues: readonly PreviewIssue[];
  /** The file's columns, for the mapping selects: letter and header text. */
  columns: readonly { letter: string; header: string }[];
  fields: readonly PreviewField[];
  /** Shown when the dates could be read either way, or once the user chose. */
  dateOrder?: { value: 'dmy' | 'mdy' | undefined };
  owners: readonly { owner: string; partyId: string }[];
  /** The lane choice that gives an owner a partner lane of its own. */
  ownPartnerLane: string;
  parties: readonly Party[];
  /** The plan as it will look (a read-only timeline), or nothing when the file gave no plan. */
  timeline: HTMLElement | undefined;
  /** The plan the import replaces, for the note beside Confirm. */
  replaces: string | undefined;
  /** What of the plan shown a spreadsheet's import keeps: "its title and its target date, 5 Feb 2027". */
  keeps?: string;
  /** The import takes the plan shown back to vague (it was agreed). */
  agreementReset: boolean;
  /** The plan is shared live: the import replaces it for everyone in its room. */
  forEveryone: boolean;
  /** Why this page may not import at all (a buyer in a plan shared live), in place of Confirm's note. */
  refused?: string;
  /** A spreadsheet has columns to map; a plan file (JSON) has none. */
  spreadsheet: boolean;
  stepCount: number;
  busy: boolean;
}

export interface ImportPreviewActions {
  mapping(field: string, column: string): void;
  dateOrder(order: 'dmy' | 'mdy'): void;
  lane(owner: string, partyId: string): void;
  confirm(): void;
  cancel(): void;
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
const SEVERITY_ICON = { error: '✕', warning: '!', info: 'i' } as const;

const countOf = (issues: readonly PreviewIssue[], severity: PreviewIssue['severity']): number =>
  issues.filter((issue) => issue.severity === severity).length;
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Keeps Tab inside the dialog: a focus on either edge goes round to the other end. */
function wrapFocus(event: FocusEvent, toFirst: boolean): void {
  const dialog = (event.target as HTMLElement).closest('dialog')!;
  const controls = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), select, input')];
  (toFirst ? controls[0] : controls[controls.length - 1])?.focus();
}

function issueList(issues: readonly PreviewIssue[]) {
  if (issues.length === 0) return html`<p class="import-quiet">The file read cleanly: nothing to report.</p>`;
  return html`<ul class="import-issues">
    ${issues.map(
      (issue) => html`<li class="import-issue ${issue.severity}">
        <span class="issue-icon" aria-hidden="true">${SEVERITY_ICON[issue.severity]}</span>
        <span><span class="sr-only">${SEVERITY_LABEL[issue.severity]}: </span>${issue.message}</span>
      </li>`,
    )}
  </ul>`;
}

function mappingRows(view: ImportPreviewView, on: ImportPreviewActions) {
  return view.fields.map((field) => {
    const id = `mt-import-field-${field.field}`;
    const known = view.columns.some((column) => column.letter === field.column);
    return html`<label class="import-label" for=${id}>${field.label}</label>
      <select id=${id} class="import-select" data-field=${field.field} .value=${known ? field.column : ''}
        @change=${(event: Event) => on.mapping(field.field, (event.target as HTMLSelectElement).value)}>
        ${field.required ? nothing : html`<option value="" ?selected=${!known}>— not used —</option>`}
        ${view.columns.map(
          (column) =>
            html`<option value=${column.letter} ?selected=${column.letter === field.column}>
              ${column.letter} · ${column.header || '(no header)'}</option>`,
        )}
      </select>`;
  });
}

function dateOrderChoice(view: ImportPreviewView, on: ImportPreviewActions) {
  if (!view.dateOrder) return nothing;
  const choice = (value: 'dmy' | 'mdy', label: string, example: string) =>
    html`<label class="import-radio"><input type="radio" name="mt-import-date-order" value=${value}
      .checked=${view.dateOrder?.value === value} @change=${() => on.dateOrder(value)} />
      <span>${label} <span class="import-example">${example}</span></span></label>`;
  return html`<fieldset class="import-section import-dates">
    <legend>Date order</legend>
    <p class="import-hint">Dates such as 03/04/2027 can be read two ways. Which does the file use?</p>
    ${choice('dmy', 'Day first', '31/01/2027 = 31 Jan')} ${choice('mdy', 'Month first', '01/31/2027 = 31 Jan')}
  </fieldset>`;
}

function ownerRows(view: ImportPreviewView, on: ImportPreviewActions) {
  if (view.owners.length === 0) return nothing;
  return html`<section class="import-section" aria-labelledby="mt-import-owners">
    <h3 id="mt-import-owners">Owners and lanes</h3>
    <div class="import-grid">
      ${view.owners.map(({ owner, partyId }, index) => {
        const id = `mt-import-owner-${index}`;
        const party = view.parties.find((candidate) => candidate.id === partyId);
        return html`<label class="import-label owner-label" for=${id} title=${owner}>${owner}</label>
          <span class="import-lane side-${party?.side ?? 'seller'}">
            <span class="lane-dot" aria-hidden="true"></span>
            <select id=${id} class="import-select" data-owner=${owner} .value=${partyId}
              @change=${(event: Event) => on.lane(owner, (event.target as HTMLSelectElement).value)}>
              ${view.parties.map(
                (candidate) =>
                  html`<option value=${candidate.id} ?selected=${candidate.id === partyId}>${candidate.name}</option>`,
              )}
              <option value=${view.ownPartnerLane}>A partner lane of its own</option>
            </select></span>`;
      })}
    </div>
  </section>`;
}

function footNote(view: ImportPreviewView): string {
  if (view.refused) return view.refused;
  const errors = countOf(view.issues, 'error');
  if (errors > 0) {
    const fixes = [view.spreadsheet ? 'the columns' : '', view.dateOrder ? 'the date order' : ''].filter(Boolean);
    return `Cannot import: ${plural(errors, 'error')} to fix first (see Findings). ${fixes.length ? `Change ${fixes.join(' or ')}, or fix the file.` : 'Fix the file.'}`;
  }
  if (view.busy) return 'Reading the file again…';
  const what = view.spreadsheet ? 'the steps and lanes of ' : '';
  const kept = view.keeps ? `, which keeps ${view.keeps}` : '';
  const everyone = view.forEveryone ? `${kept ? ',' : ''} for everyone in the live plan` : '';
  const replaced = view.replaces ? `Replaces ${what}“${view.replaces}”${kept}${everyone}. ` : '';
  const agreement = view.agreementReset
    ? 'Its agreement goes back to vague: the buyer has not agreed to these steps yet. '
    : '';
  return `${replaced}${agreement}Undo (Ctrl/⌘ + Z) brings the current plan back.`;
}

/**
 * The import preview: the plan as it will look, every finding, the column mapping, the date order when the dates are
 * ambiguous and each owner's lane. A modal dialog (labelled, Tab kept inside, Escape cancels).
 */
export function importDialog(view: ImportPreviewView, on: ImportPreviewActions) {
  const errors = countOf(view.issues, 'error');
  const warnings = countOf(view.issues, 'warning');
  const canConfirm = errors === 0 && !view.busy && view.timeline !== undefined && !view.refused;
  return html`<dialog class="import-dialog" aria-labelledby="mt-import-title" aria-describedby="mt-import-summary"
    aria-busy=${view.busy ? 'true' : 'false'}
    @cancel=${(event: Event) => {
      event.preventDefault();
      on.cancel();
    }}>
    <span class="focus-edge" tabindex="0" @focus=${(event: FocusEvent) => wrapFocus(event, false)}></span>
    <header class="import-head">
      <div class="import-heading">
        <h2 id="mt-import-title">Import “${view.fileName}”</h2>
        <p id="mt-import-summary" class="import-summary">${view.summary}</p>
      </div>
      <button type="button" class="import-close" aria-label="Cancel the import" autofocus @click=${on.cancel}>✕</button>
    </header>
    <div class="import-body">
      <div class="import-main">
        <section class="import-preview" aria-label="Preview of the imported plan">
          ${
            view.timeline ??
            html`<div class="import-nothing"><strong>Nothing to preview</strong>
            <span>The file gave no plan. The findings say why${view.spreadsheet ? '; the columns and date order on the right may fix it' : ''}.</span></div>`
          }
        </section>
        <section class="import-section import-findings" aria-labelledby="mt-import-findings">
          <h3 id="mt-import-findings">Findings
            ${errors ? html`<span class="import-count error">${plural(errors, 'error')}</span>` : nothing}
            ${warnings ? html`<span class="import-count warning">${plural(warnings, 'warning')}</span>` : nothing}</h3>
          ${issueList(view.issues)}
        </section>
      </div>
      <div class="import-side">
        ${dateOrderChoice(view, on)} ${ownerRows(view, on)}
        ${
          view.spreadsheet
            ? html`<section class="import-section" aria-labelledby="mt-import-columns">
          <h3 id="mt-import-columns">Columns</h3>
          <div class="import-grid">${mappingRows(view, on)}</div>
        </section>`
            : nothing
        }
      </div>
    </div>
    <footer class="import-foot">
      <p id="mt-import-note" class="import-note ${errors || view.refused ? 'error' : ''}" role="status">${footNote(view)}</p>
      <button type="button" class="import-button" @click=${on.cancel}>Cancel</button>
      <button type="button" class="import-button primary" ?disabled=${!canConfirm} aria-describedby="mt-import-note"
        @click=${on.confirm}>${view.stepCount > 0 ? `Import ${plural(view.stepCount, 'step')}` : 'Import'}</button>
    </footer>
    <span class="focus-edge" tabindex="0" @focus=${(event: FocusEvent) => wrapFocus(event, true)}></span>
  </dialog>`;
}

/** Shown over the element while a file is dragged over it. */
export function dropHint() {
  return html`<div class="import-drop" data-drop-hint>
    <div class="import-drop-card">
      <strong>Drop to import</strong>
      <span>A spreadsheet (CSV, TSV, XLSX) or a plan JSON file. You will see a preview before anything changes.</span>
    </div>
  </div>`;
}
