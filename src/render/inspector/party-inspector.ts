import { html, nothing } from 'lit';
import { SIDES, type Party, type Plan, type Side } from '../../model/types.js';
import { plural } from '../describe.js';
import { SIDE_LABEL } from '../lanes.js';
import { fieldNote, selectField, textField } from './fields.js';
import { inspectorPanel } from './panel.js';

export interface PartyActions {
  update(patch: Partial<Pick<Party, 'name' | 'side' | 'color'>>): void;
  /** Shows a message under a field ('' takes it back). */
  refuse(field: string, message: string): void;
  move(index: number): void;
  /** Removes the lane, its steps going to `moveStepsTo` when it has any. */
  remove(moveStepsTo: string | undefined): void;
  close(): void;
}

export interface PartyInspectorProps {
  party: Party;
  plan: Plan;
  /** The colour the lane shows when it has none of its own (its side's). */
  sideColor: string;
  /** Refusals by field: `name` under the name, `party` (a refused removal) under the Remove button. */
  errors: ReadonlyMap<string, string>;
  actions: PartyActions;
  /** Why this page may not change the lane, when it may not (a seller's lane on a buyer's page of a live plan). */
  locked?: string | undefined;
}

/** One lane: name, side, colour, position, and removal that never loses a step. */
export function partyInspector({ party, plan, sideColor, errors, actions, locked }: PartyInspectorProps) {
  if (locked)
    return inspectorPanel('Lane details', party.name, actions.close, html`<p class="field-hint">${locked}</p>`);
  const index = plan.parties.findIndex((candidate) => candidate.id === party.id);
  const steps = plan.items.filter((item) => item.partyId === party.id).length;
  const others = plan.parties.filter((candidate) => candidate.id !== party.id);
  let destination = others[0]?.id;
  const body = html`
    ${textField('Name', 'name', party.name, (name) => name && actions.update({ name }), {
      required: true,
      error: errors.get('name'),
      refuse: (message) => actions.refuse('name', message),
    })}
    ${selectField(
      'Side',
      'side',
      party.side,
      SIDES.map((side) => ({ value: side, label: SIDE_LABEL[side] })),
      (side) => actions.update({ side: side as Side }),
    )}
    <div class="field-row colour-row">
      <label class="field"><span class="field-label">Colour</span>
        <input type="color" name="color" .value=${party.color && /^#[0-9a-f]{6}$/i.test(party.color) ? party.color : sideColor}
          @change=${(event: Event) => actions.update({ color: (event.target as HTMLInputElement).value })} /></label>
      ${party.color ? html`<button type="button" class="secondary" @click=${() => actions.update({ color: undefined })}>Use the ${SIDE_LABEL[party.side].toLowerCase()} colour</button>` : nothing}
    </div>
    <div class="field-row">
      <button type="button" class="secondary" ?disabled=${index <= 0} @click=${() => actions.move(index - 1)}>↑ Move up</button>
      <button type="button" class="secondary" ?disabled=${index >= plan.parties.length - 1} @click=${() => actions.move(index + 1)}>↓ Move down</button>
    </div>
    <fieldset class="remove-lane">
      <legend>Remove this lane</legend>
      ${
        steps === 0
          ? html`<p class="field-hint">It owns no steps.</p>`
          : others.length === 0
            ? html`<p class="field-hint">It owns ${plural(steps, 'step')} and no other lane could take them: add a lane first.</p>`
            : html`<label class="field"><span class="field-label">${steps === 1 ? 'Its step moves' : `Its ${steps} steps move`} to</span>
          <select name="moveStepsTo" @change=${(event: Event) => (destination = (event.target as HTMLSelectElement).value)}>
            ${others.map((other) => html`<option value=${other.id}>${other.name}</option>`)}
          </select></label>`
      }
      <button type="button" class="danger" ?disabled=${steps > 0 && others.length === 0}
        @click=${() => actions.remove(steps > 0 ? destination : undefined)}>Remove lane</button>
      ${fieldNote('party-note', errors.get('party'))}
    </fieldset>`;
  return inspectorPanel('Lane details', party.name, actions.close, body);
}
