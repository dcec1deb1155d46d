import { nothing, type ReactiveController } from 'lit';
import type { EditorController } from './editor-controller.js';
import { nextWorkday } from '../model/calendar.js';
import { link, moveItemTo, removeItem, unlink, updateItem } from '../model/commands.js';
import { formatShortDate } from '../model/dates.js';
import type { Edit } from '../model/edit.js';
import { PlanError } from '../model/errors.js';
import { addParty, completeParty, moveParty, removeParty, updateParty } from '../model/party-commands.js';
import type { PlanEditing } from '../render/header.js';
import { updatePlan } from '../model/plan-commands.js';
import type { Item, Plan, Side } from '../model/types.js';
import { snapText } from '../render/duration.js';
import { refusalText } from '../render/refusals.js';
import { partyInspector } from '../render/inspector/party-inspector.js';
import { planInspector } from '../render/inspector/plan-inspector.js';
import { stepInspector } from '../render/inspector/step-inspector.js';

type Target = { kind: 'step'; id: string } | { kind: 'party'; id: string } | { kind: 'plan' };

/**
 * The side panel that edits a step, a lane or the plan itself. It shrinks the timeline instead of covering it,
 * closes on Escape from anywhere inside, and gives focus back to what opened it.
 */
export class InspectorController implements ReactiveController {
  private target?: Target;
  private readonly errors = new Map<string, string>();

  constructor(private readonly editor: EditorController) {
    editor.element.addController(this);
    editor.selection.watch((ids) => this.selectionChanged(ids));
  }

  /** What the title bar, lane headers and empty state offer while the plan may be edited. */
  readonly planEditing: PlanEditing = {
    editPlan: (field) => this.openPlan(field),
    editParty: (id) => this.openParty(id),
    addParty: () => {
      const party = completeParty(this.editor.plan);
      if (this.editor.applyUser((plan) => addParty(plan, party))) this.openParty(party.id);
    },
  };

  hostConnected(): void {
    this.editor.element.renderRoot.addEventListener('keydown', this.onKey as EventListener);
  }

  hostDisconnected(): void {
    this.editor.element.renderRoot.removeEventListener('keydown', this.onKey as EventListener);
  }

  get open(): boolean {
    return this.target !== undefined;
  }

  /** One selected step shows its details; another selection closes them. */
  selectionChanged(ids: readonly string[]): void {
    if (ids.length === 1) this.show({ kind: 'step', id: ids[0]! });
    else if (this.target?.kind === 'step') this.show(undefined);
  }

  openParty(id: string): void {
    this.show({ kind: 'party', id }, 'input[name="name"]');
  }

  openPlan(field = 'planTitle'): void {
    this.show({ kind: 'plan' }, `[name="${field}"]`);
  }

  /** Closes the panel and puts focus back where the panel was opened from. */
  close(): void {
    const target = this.target;
    this.show(undefined);
    if (target?.kind === 'step') this.editor.focusStep(target.id);
    else if (target) void this.editor.element.updateComplete.then(() => this.returnFocus(target));
  }

  private returnFocus(target: Target): void {
    const selector =
      target.kind === 'party' ? `[data-party-head="${CSS.escape(target.id)}"] .party-name` : '.plan-title button';
    (
      this.editor.element.renderRoot.querySelector<HTMLElement>(selector) ??
      this.editor.element.renderRoot.querySelector<HTMLElement>('.add-lane')
    )?.focus();
  }

  private show(target: Target | undefined, focus?: string): void {
    const same =
      target?.kind === this.target?.kind &&
      (target as { id?: string })?.id === (this.target as { id?: string } | undefined)?.id;
    if (!same) this.errors.clear();
    this.target = target;
    this.editor.element.requestUpdate();
    if (focus)
      void this.editor.element.updateComplete.then(() =>
        this.editor.element.renderRoot.querySelector<HTMLElement>(`.inspector ${focus}`)?.focus(),
      );
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.target) return;
    if (!event.composedPath().some((node) => node instanceof HTMLElement && node.classList.contains('inspector')))
      return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  private refuse(field: string, message: string): void {
    this.errors.set(field, message);
    this.editor.element.requestUpdate();
  }

  /** Runs a command from the panel; a refusal is shown under the field it came from. */
  private run(field: string, command: (plan: Plan) => Edit): boolean {
    let edit: Edit;
    try {
      edit = command(this.editor.plan);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      this.refuse(field, refusalText(error, this.editor.visiblePlan));
      return false;
    }
    this.errors.delete(field);
    return this.editor.applyUser(() => edit);
  }

  render(): unknown {
    const target = this.target;
    const plan = this.editor.visiblePlan;
    if (!target || !plan || this.editor.readonly) return nothing;
    if (target.kind === 'step') {
      const item = plan.items.find((candidate) => candidate.id === target.id);
      return item ? stepInspector({ item, plan, errors: this.errors, actions: this.stepActions(item) }) : nothing;
    }
    if (target.kind === 'party') {
      const party = plan.parties.find((candidate) => candidate.id === target.id);
      if (!party) return nothing;
      return partyInspector({
        party,
        plan,
        sideColor: this.sideColor(party.side),
        error: this.errors.get('party'),
        actions: {
          update: (patch) => this.run('party', (current) => updateParty(current, party.id, patch)),
          move: (index) => this.run('party', (current) => moveParty(current, party.id, index)),
          remove: (moveStepsTo) => {
            if (
              this.run('party', (current) =>
                removeParty(current, party.id, moveStepsTo === undefined ? {} : { moveStepsTo }),
              )
            )
              this.close();
          },
          close: () => this.close(),
        },
      });
    }
    return planInspector({
      plan: this.editor.plan,
      errors: this.errors,
      actions: {
        update: (patch) => {
          for (const field of Object.keys(patch)) this.errors.delete(field);
          this.run(Object.keys(patch)[0] ?? 'plan', (current) => updatePlan(current, patch));
        },
        refuse: (field, message) => this.refuse(field, message),
        close: () => this.close(),
      },
    });
  }

  private stepActions(item: Item) {
    const { id } = item;
    const snapped = (wanted: string): void => {
      const text = snapText(wanted, nextWorkday(wanted, this.editor.plan.calendar));
      if (text) this.editor.say(text);
    };
    return {
      update: (patch: Partial<Item>) => this.run('fields', (plan: Plan) => updateItem(plan, id, patch)),
      moveStart: (date: string) => {
        if (this.run('start', (plan) => moveItemTo(plan, id, date))) snapped(date);
      },
      setEnd: (date: string) => {
        const end = nextWorkday(date, this.editor.plan.calendar);
        const current = this.editor.plan.items.find((candidate) => candidate.id === id);
        if (current && end < current.start) {
          this.refuse(
            'end',
            `The end (${formatShortDate(end, true)}) cannot be before the start (${formatShortDate(current.start, true)}).`,
          );
          return;
        }
        if (this.run('end', (plan) => updateItem(plan, id, { end }))) snapped(date);
      },
      refuse: (field: string, message: string) => this.refuse(field, message),
      link: (fromId: string) => this.run('dependsOn', (plan) => link(plan, fromId, id)),
      unlink: (fromId: string) => this.run('dependsOn', (plan) => unlink(plan, fromId, id)),
      remove: () => {
        if (this.editor.applyUser((plan) => removeItem(plan, id))) this.show(undefined);
      },
      close: () => this.close(),
    };
  }

  private sideColor(side: Side): string {
    const value = getComputedStyle(this.editor.element).getPropertyValue(`--mt-${side}`).trim();
    return /^#[0-9a-f]{6}$/i.test(value) ? value : '#64748b';
  }
}
