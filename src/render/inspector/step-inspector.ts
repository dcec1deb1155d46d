import { html, nothing } from 'lit';
import { ITEM_KINDS, ITEM_STATUSES, type Item, type ItemStatus, type Plan } from '../../model/types.js';
import { waitingFor } from '../../model/graph.js';
import { decisionWaitedFor } from '../../model/if-yes.js';
import { indexPlan } from '../describe.js';
import { durationText } from '../duration.js';
import { dateField, fieldNote, selectField, textField, type Choice } from './fields.js';
import { inspectorPanel } from './panel.js';
import { actionSelect } from './select-browsing.js';

export const STATUS_LABEL: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  cancelled: 'Cancelled',
};
const KIND_LABEL = { task: 'Task', milestone: 'Milestone', decision: 'Decision' } as const;

export interface StepActions {
  update(patch: Partial<Item>): void;
  /** Makes the step hold only if yes to a decision (undefined: always); it then starts after the decision. */
  setIfYes(decisionId: string | undefined): void;
  /** Done before its planned end, the step ends today (see `doneToday`). */
  setStatus(status: ItemStatus): void;
  /** Changes the kind; changes in a row are one undo step, and a task keeps its length through them. */
  setKind(kind: Item['kind']): void;
  /** A new start moves the step and keeps its length. */
  moveStart(date: string): void;
  /** A new end changes its length. */
  setEnd(date: string): void;
  refuse(field: string, message: string): void;
  link(fromId: string): void;
  unlink(fromId: string): void;
  /** The list of steps to wait for is about to be used: fill it. */
  chooseDependency(): void;
  remove(): void;
  close(): void;
}

export interface StepInspectorProps {
  item: Item;
  /** The plan as this audience sees it: lanes, decisions and steps to choose from. */
  plan: Plan;
  errors: ReadonlyMap<string, string>;
  /** Fields that show the step's value again in place of an entry refused before the step changed. */
  outdated?: ReadonlySet<string>;
  /**
   * Whether the list of steps to wait for holds them all. It names every step of the plan, so it is filled when it is
   * first focused or pressed: opening the panel (a click on a step, the start of a drag) then costs the same at
   * 5,000 steps as at 50.
   */
  choosingDependency?: boolean;
  /** Whether the Internal box is offered (the seller's view only). */
  canMarkInternal?: boolean;
  /** Whether the plan is shared live: a step not internal is already on the buyer's page. */
  sharedLive?: boolean;
  actions: StepActions;
}

const NONE: ReadonlySet<string> = new Set();

/** The plan's decisions as choices, per step list: every click on a step opens its panel, in plans of any size. */
const decisionsOf = new WeakMap<readonly Item[], Choice[]>();

function decisionChoices(items: readonly Item[]): Choice[] {
  let choices = decisionsOf.get(items);
  if (!choices) {
    choices = items.filter((step) => step.kind === 'decision').map((step) => ({ value: step.id, label: step.title }));
    if (Object.isFrozen(items)) decisionsOf.set(items, choices);
  }
  return choices;
}

/** Every field of a step, editable in place; dates commit on Enter or when the field is left. */
export function stepInspector({
  item,
  plan,
  errors,
  outdated = NONE,
  choosingDependency = false,
  canMarkInternal = true,
  sharedLive = false,
  actions,
}: StepInspectorProps) {
  const { byId } = indexPlan(plan);
  const titleOf = (id: string) => byId.get(id)?.title;
  const predecessors = (item.dependsOn ?? []).filter((id) => byId.has(id));
  // A step that waits for this one is left out: this one waiting for it would close a loop.
  const waiting = waitingFor(plan.items, item.id);
  const hasCandidates = plan.items.length > predecessors.length + waiting.size + 1;
  const addDependency = actionSelect((from) => actions.link(from));
  const candidates = choosingDependency
    ? plan.items.filter((step) => step.id !== item.id && !predecessors.includes(step.id) && !waiting.has(step.id))
    : [];
  const decisions = decisionChoices(plan.items).filter((choice) => choice.value !== item.id);
  const awaited = decisionWaitedFor(item, (id) => byId.get(id));
  const task = item.kind === 'task';
  const body = html`
    ${textField('Title', 'title', item.title, (title) => title && actions.update({ title }), {
      required: true,
      error: errors.get('title'),
      refuse: (message) => actions.refuse('title', message),
    })}
    <div class="field-row lane-kind">
      ${selectField(
        'Lane',
        'partyId',
        item.partyId,
        plan.parties.map((party) => ({ value: party.id, label: party.name })),
        (partyId) => actions.update({ partyId }),
        errors.get('partyId'),
      )}
      ${selectField(
        'Kind',
        'kind',
        item.kind,
        ITEM_KINDS.map((kind) => ({ value: kind, label: KIND_LABEL[kind] })),
        (kind) => actions.setKind(kind as Item['kind']),
        errors.get('kind'),
      )}
    </div>
    <div class="field-row">
      ${selectField(
        'Status',
        'status',
        item.status ?? 'todo',
        ITEM_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] })),
        (status) => actions.setStatus(status as ItemStatus),
        errors.get('status'),
      )}
      ${textField('Owner', 'owner', item.owner, (owner) => actions.update({ owner }), { error: errors.get('owner') })}
    </div>
    ${textField('Role', 'role', item.role, (role) => actions.update({ role }), { error: errors.get('role') })}
    <div class="field-row dates">
      ${dateField({
        name: 'start',
        label: task ? 'Start' : 'Date',
        value: item.start,
        required: true,
        error: errors.get('start'),
        outdated: outdated.has('start'),
        commit: actions.moveStart,
        refuse: (message) => actions.refuse('start', message),
      })}
      ${
        task
          ? dateField({
              name: 'end',
              label: 'End',
              value: item.end,
              required: true,
              error: errors.get('end'),
              outdated: outdated.has('end'),
              commit: actions.setEnd,
              refuse: (message) => actions.refuse('end', message),
            })
          : nothing
      }
    </div>
    <p class="rule">${task ? html`${durationText(item.start, item.end, plan.calendar)}. Changing the start moves the step and keeps its length; changing the end changes its length.` : 'Changing the date moves the step.'}
      ${plan.calendar ? ' Dates on non-working days move to the next working day.' : ''}</p>
    ${selectField(
      'Only if yes to',
      'ifYes',
      item.ifYes ?? '',
      [{ value: '', label: decisions.length ? 'No decision (always happens)' : noOtherDecision(item) }, ...decisions],
      (ifYes) => actions.setIfYes(ifYes || undefined),
      errors.get('ifYes'),
      awaited && `Waits for “${awaited.title}”: choose it if this step holds only on a yes.`,
    )}
    <fieldset class="deps">
      <legend>Starts after</legend>
      ${
        predecessors.length === 0
          ? html`<p class="field-hint">Nothing: this step waits for no other step.</p>`
          : html`<ul>
        ${predecessors.map(
          (id) => html`<li><span>${titleOf(id)}</span>
          <button type="button" class="chip-remove" aria-label=${`Remove dependency on ${titleOf(id)}`} title="Remove this dependency" @click=${() => actions.unlink(id)}>✕</button></li>`,
        )}
      </ul>`
      }
      ${
        hasCandidates
          ? html`<label class="field"><span class="sr-only">Add a step this one waits for (choose it, then press Enter)</span>
        <select name="addDependency" @focus=${actions.chooseDependency}
          @pointerdown=${(event: Event) => {
            addDependency.pointerdown(event);
            actions.chooseDependency();
          }}
          @keydown=${addDependency.keydown} @change=${addDependency.change} @blur=${addDependency.blur}>
          <option value="" selected>Add a step it waits for…</option>
          ${candidates.map((step) => html`<option value=${step.id}>${step.title}</option>`)}
        </select></label>`
          : nothing
      }
      ${fieldNote('deps-note', errors.get('dependsOn'))}
    </fieldset>
    ${
      canMarkInternal
        ? html`<label class="check"><input type="checkbox" name="internal" .checked=${item.internal === true}
      aria-describedby=${sharedLive && !item.internal ? 'internal-note' : nothing}
      @change=${(event: Event) => actions.update({ internal: (event.target as HTMLInputElement).checked || undefined })} />
      <span>Internal: only the seller sees it (hidden from the buyer view and buyer exports)</span></label>
      ${
        sharedLive && !item.internal
          ? html`<p class="field-hint" id="internal-note">The buyer's page already shows this step: ticking hides it from
        now on, not what they have seen. Shift + N adds a step that is internal from the start.</p>`
          : nothing
      }`
        : nothing
    }
    ${textField('Notes', 'notes', item.notes, (notes) => actions.update({ notes }), {
      multiline: true,
      error: errors.get('notes'),
    })}
    <div class="actions"><button type="button" class="danger" @click=${actions.remove}>Delete step</button></div>`;
  return inspectorPanel(
    'Step details',
    html`${item.title}${item.internal ? html` <span class="tag">internal</span>` : nothing}`,
    actions.close,
    body,
  );
}

/** The choice of no decision when the plan holds none to choose: a decision is not offered its own yes. */
const noOtherDecision = (item: Item): string =>
  item.kind === 'decision' ? 'No other decision in the plan' : 'No decision in the plan';
